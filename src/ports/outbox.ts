// Replies saved but not yet handed to the channel (TranscriptEntry.undelivered): what a process killed
// between saving a turn and sending its replies left behind, sent by the next one.
import type { TranscriptEntry } from './transcript-log.js';

export interface Outbox {
  /** The conversation's replies were sent, or given up on: they are never sent again. */
  markDelivered(conversationKey: string): Promise<void>;
  /**
   * Takes every reply still undelivered that was appended before `appendedBefore` (epoch ms), in the
   * order appended: each is returned once, to one caller, across instances.
   */
  claimUndelivered(appendedBefore: number): Promise<TranscriptEntry[]>;
}
