// State shapes that recur across flows.
import type { OutcomeId } from './domain.js';
import type { ContentKey } from './keys.js';
import { absorb, type AnsweredSlot } from './absorb.js';
import type { SupportContext } from './context.js';
import type { ConversationEvent } from './events.js';
import { absorbMessage, handOffBecause, say, showOutcome } from './actions.js';
import { supportSetup } from './setup.js';
import type { HandoffReason } from './domain.js';

/** A closed question: its buttons fill `answers`; free text may fill any slot; then routing decides. */
export const question = (description: string, key: ContentKey, answers: AnsweredSlot) =>
  supportSetup.createStateConfig({
    description,
    tags: 'waiting',
    // Read by test/dialogs: the content entry must declare the same slot in `asks`.
    meta: { asks: answers },
    entry: say(key),
    on: { 'user.message': { target: '#support.deciding', actions: absorbMessage(answers) } },
  });

/** An outcome followed by "did that solve it?". */
export const outcome = (description: string, id: OutcomeId, key: ContentKey) =>
  supportSetup.createStateConfig({
    description,
    entry: showOutcome(id, key),
    always: '#support.feedback',
  });

/** An outcome after which a person must take over: the sources give the bot no path of its own. */
export const outcomeThenPerson = (description: string, id: OutcomeId, key: ContentKey, reason: HandoffReason) =>
  supportSetup.createStateConfig({
    description,
    entry: [...showOutcome(id, key), handOffBecause(reason)],
    always: '#support.handoff',
  });

const wouldBeStuck = ({ context, event }: { context: SupportContext; event: ConversationEvent }) =>
  event.type === 'user.message' && absorb(context, event).context.misunderstood >= 2;

/**
 * A message a non-question state cannot use: it is still taken in (a secret is warned about, small
 * talk answered, stray facts kept), the state asks again, and a second miss in a row brings a person.
 */
export const unrecognised = (self: string) => [
  {
    guard: wouldBeStuck,
    target: '#support.handoff',
    actions: [absorbMessage(undefined, { beforeHandoff: true }), say('handoff.stuck'), handOffBecause('stuck')],
  },
  { target: self, reenter: true, actions: absorbMessage() },
];
