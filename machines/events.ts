// Every event the conversation machine accepts. Time, ids and meaning arrive inside events; the
// machine never reads a clock or parses text itself.
import type { Understanding } from './domain.js';

export type ConversationEvent =
  /** The chat window opened (Bot Framework conversationUpdate with the customer added). */
  | { type: 'session.started' }
  /**
   * A customer message: `choice` is the id of the button it matched on the question last asked,
   * `nlu` what it says in free text. The raw text never enters the machine.
   */
  | { type: 'user.message'; choice?: string; nlu: Understanding }
  | { type: 'user.agent' }
  | { type: 'user.startOver' }
  | { type: 'user.back' }
  | { type: 'user.cancel' }
  /** Results of the handoff effects, sent by the runner once the port has answered. */
  | { type: 'handoff.recorded' }
  | { type: 'handoff.failed' }
  | { type: 'handoff.withdrawn' };
