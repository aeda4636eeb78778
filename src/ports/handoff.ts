// What the conversation machine calls when a person must take over. Implementations: src/handoff
// (Teams agents' channel, the Bot Framework handoff protocol, or a recorded request with no live agents).
import type { HandoffRequest } from '../../machines/setup.js';

/** Where a request stands once the port has it. */
export type HandoffTicket = { status: 'queued'; caseId: string; position: number } | { status: 'offline'; caseId: string };

export interface HandoffPort {
  /**
   * Opens (or returns) the conversation's case. `latestText` is the customer's message of this turn,
   * secrets masked, which is not in the stored transcript yet.
   */
  request(conversationKey: string, request: HandoffRequest, latestText?: string): Promise<HandoffTicket>;
  /** The customer withdrew: the case leaves the queue, or the agent holding it is told the customer left. */
  cancel(conversationKey: string): Promise<void>;
  /** Passes a customer message (secrets masked) to whoever holds or will take the case. */
  relay(conversationKey: string, text: string): Promise<void>;
}
