// Content keys per flow: a flow's own `say` takes only its keys and the common ones (checked by tsc
// below), and no flow says another flow's key in its states either (checked on the built machine).
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { commonKeys, flowKeys, type Flow } from '../../machines/keys.js';
import { statesOf } from '../../machines/states.js';
import { supportMachine } from '../../machines/support.machine.js';

/** Keys written into a state's actions (entry, exit, transitions) and its children's. */
function keysSaidIn(node: AnyStateNode): string[] {
  const transitions = [...[...node.transitions.values()].flat(), ...(node.always ?? [])];
  const actions = [...node.entry, ...node.exit, ...transitions.flatMap((t) => t.actions)];
  const own = actions.flatMap((action) => {
    const key = ((action as { params?: unknown }).params as { key?: unknown } | undefined)?.key;
    return typeof key === 'string' ? [key] : [];
  });
  return [...own, ...Object.values(node.states).flatMap(keysSaidIn)];
}

describe('content keys per flow', () => {
  it("lets a flow's say take only its own keys and the common ones", () => {
    const triage = statesOf('triage');
    // @ts-expect-error: the password-reset flow's key is not triage's to say.
    triage.say('reset.intro');
    // @ts-expect-error: nor is the handoff flow's, in a question.
    triage.question('Asks something.', 'handoff.stillQueued', 'need');

    expect(triage.say('common.welcome').params.key).toBe('common.welcome');
    expect(triage.say('triage.askNeed').params.key).toBe('triage.askNeed');
  });

  it("says, in every flow's states, only that flow's keys and the common ones", () => {
    const flows = Object.keys(supportMachine.root.states).filter((key): key is Exclude<Flow, 'conversation'> => key in flowKeys);
    const allowed = (flow: Flow): readonly string[] => [...flowKeys[flow], ...commonKeys];
    const foreign = flows.flatMap((flow) =>
      keysSaidIn(supportMachine.root.states[flow]!)
        .filter((key) => !allowed(flow).includes(key))
        .map((key) => `${flow} says ${key}`),
    );

    expect(flows.sort()).toEqual(['access', 'feedback', 'handoff', 'reset', 'triage']);
    expect(foreign).toEqual([]);
  });
});
