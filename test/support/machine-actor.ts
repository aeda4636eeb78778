// The conversation machine as an actor with in-memory effects, for example-based machine tests.
import { createActor } from 'xstate';
import { supportMachine } from '../../machines/support.machine.js';
import type { ConversationEvent } from '../../machines/events.js';
import type { HandoffRequest, SayParams } from '../../machines/setup.js';

export function startConversation(options: { handoffFails?: boolean } = {}) {
  const said: SayParams[] = [];
  const handoffs: HandoffRequest[] = [];
  const pending: ConversationEvent[] = [];
  /** How many customer messages were passed on to the queue or the agent. */
  const relays = { count: 0 };
  const machine = supportMachine.provide({
    actions: {
      say: (_, params) => void said.push(params),
      requestHandoff: (_, request) => {
        if (!options.handoffFails) handoffs.push(request);
        pending.push(options.handoffFails ? { type: 'handoff.failed' } : { type: 'handoff.queued', caseId: 'C-TEST01', position: 1 });
      },
      cancelHandoff: () => void pending.push({ type: 'handoff.withdrawn' }),
      relayToAgent: () => void (relays.count += 1),
    },
  });
  const actor = createActor(machine).start();

  /** Sends an event, answers the effects it requested, and returns what was said meanwhile. */
  function send(event: ConversationEvent): Promise<string[]> {
    const from = said.length;
    actor.send(event);
    for (let result = pending.shift(); result; result = pending.shift()) actor.send(result);
    if (!actor.getSnapshot().hasTag('waiting')) return Promise.reject(new Error(`not resting: ${JSON.stringify(actor.getSnapshot().value)}`));
    return Promise.resolve(said.slice(from).map((s) => s.key));
  }

  return {
    actor,
    said,
    handoffs,
    relays,
    send,
    get state() {
      return actor.getSnapshot();
    },
    get outcomes() {
      return said.flatMap((s) => (s.outcome ? [s.outcome] : []));
    },
  };
}
