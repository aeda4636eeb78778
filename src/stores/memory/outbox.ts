// The outbox in memory: the undelivered flag of the transcript rows (transcripts.ts).
import type { Outbox } from '../../ports/outbox.js';
import type { TranscriptEntry } from '../../ports/transcript-log.js';
import type { TranscriptRows } from './transcripts.js';
import { promised } from '../promised.js';

export function memoryOutbox(rows: TranscriptRows): Outbox {
  return promised<Outbox>({
    markDelivered(conversationKey) {
      for (const row of rows) if (row.conversationKey === conversationKey) row.undelivered = false;
    },

    claimUndelivered(appendedBefore) {
      const claimed = rows.filter((row) => row.undelivered && row.at < appendedBefore);
      for (const row of claimed) row.undelivered = false;
      return claimed.map((row) => JSON.parse(row.json) as TranscriptEntry);
    },
  });
}
