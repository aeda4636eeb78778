// The conversation machine's types and the effects it asks of the runner. Everything else the machine
// does (its own context updates, and the guards it routes on) is named on top of this in setup.ts.
import { setup } from 'xstate';
import type { HandoffReason, Need, OutcomeId, Slots } from './domain.js';
import type { ConversationEvent } from './events.js';
import type { ContentKey } from './keys.js';
import type { SupportContext } from './context.js';

/** `values` fill the content's run-time placeholders ({position}, {agent}, {text}). */
export type SayParams = { key: ContentKey; outcome?: OutcomeId; values?: Record<string, string> };

export type HandoffRequest = {
  reason: HandoffReason;
  /** What is known; `need` is the need the customer stated, not "a person" (asking for one is the reason). */
  slots: Slots;
  shown: OutcomeId[];
  /** Further needs the customer mentioned and has not been helped with yet. */
  pendingNeeds?: Need[];
};

export const contract = setup({
  types: {
    context: {} as SupportContext,
    events: {} as ConversationEvent,
    tags: {} as 'waiting',
  },
  actions: {
    /** Says one content entry; the real implementation pushes it onto the turn's outbox. */
    say: (_, _params: SayParams) => {},
    /**
     * Effects with I/O are requested, not performed: the runner performs them after the event and
     * sends their result back as an event (handoff.queued / .offline / .failed / .withdrawn / .relayed).
     * The machine stays synchronous and pure, which is also what model-based testing requires.
     */
    requestHandoff: (_, _params: HandoffRequest) => {},
    cancelHandoff: () => {},
    /** Passes this turn's customer message, secrets already masked, to whoever holds the case. */
    relayToAgent: () => {},
  },
});
