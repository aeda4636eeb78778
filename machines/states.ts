// State shapes that recur across flows, and how a flow ends. A flow never targets a state outside
// itself: it ends in a final state named after where the conversation goes next (`thenDeciding`,
// `thenFeedback`…), and the conversation's `onDone` (support.machine.ts) goes there.
import type { AnsweredSlot } from './absorb.js';
import type { HandoffReason, OutcomeId } from './domain.js';
import type { FlowExit } from './guards.js';
import type { Flow, KeyOf } from './keys.js';
import { supportSetup } from './setup.js';

/** A final state of a flow: the flow is over and the conversation goes on at `to`. */
export const exit = (to: FlowExit) =>
  supportSetup.createStateConfig({ description: `The flow is over; the conversation goes on at ${to}.`, type: 'final', output: to });

/** The builders of a flow's states, typed so that the flow says only its own keys and the common ones. */
export const statesOf = <F extends Flow>(_flow: F) => {
  const say = (key: KeyOf<F>) => ({ type: 'say', params: { key } }) as const;
  const showOutcome = (outcome: OutcomeId, key: KeyOf<F>) => ({ type: 'showOutcome', params: { outcome, key } }) as const;
  return {
    say,
    showOutcome,
    /** A closed question: its buttons fill `answers`; free text may fill any slot; then routing decides. */
    question: (description: string, key: KeyOf<F>, answers: AnsweredSlot) =>
      supportSetup.createStateConfig({
        description,
        tags: 'waiting',
        // Read by test/dialogs: the content entry must declare the same slot in `asks`.
        meta: { asks: answers },
        entry: say(key),
        on: { 'user.message': { target: 'thenDeciding', actions: { type: 'absorbMessage', params: { answers } } } },
      }),
    /** An outcome followed by "did that solve it?". */
    outcome: (description: string, id: OutcomeId, key: KeyOf<F>) =>
      supportSetup.createStateConfig({ description, entry: showOutcome(id, key), always: 'thenFeedback' }),
    /** An outcome after which a person must take over: the sources give the bot no path of its own. */
    outcomeThenPerson: (description: string, id: OutcomeId, key: KeyOf<F>, reason: HandoffReason) =>
      supportSetup.createStateConfig({
        description,
        entry: [showOutcome(id, key), { type: 'handOffBecause', params: reason }],
        always: 'thenHandoff',
      }),
  };
};

/**
 * A message a non-question state cannot use: it is still taken in (a secret is warned about, small
 * talk answered, stray facts kept), the state (`self`, a sibling name) asks again, and a second miss
 * in a row brings a person (the flow's `thenHandoff`).
 */
export const unrecognised = (self: string, { outsideTakenEarlier = false } = {}) =>
  [
    // A state that took up a request outside the sources among its own transitions has none left here.
    ...(outsideTakenEarlier ? [] : ([{ guard: 'asksOutsideSourcesNow', target: 'thenDeciding', actions: 'absorbMessage' }] as const)),
    {
      guard: 'wouldBeStuck',
      target: 'thenHandoff',
      actions: [{ type: 'absorbMessage', params: { beforeHandoff: true } }, 'handOffStuck'],
    },
    { target: self, reenter: true, actions: 'absorbMessage' },
  ] as const;
