// The outbox in SQLite: the undelivered flag of transcript rows, found through a partial index that
// holds only the replies in flight.
import type { Outbox } from '../../ports/outbox.js';
import { entryFromRow, TRANSCRIPT_COLUMNS, type TranscriptRow } from '../rows.js';
import type { SqliteDatabase } from './database.js';
import { promised } from '../promised.js';

export function sqliteOutbox({ db, prepare }: SqliteDatabase): Outbox {
  return promised<Outbox>({
    markDelivered(conversationKey) {
      prepare(
        `UPDATE transcripts SET undelivered = 0
         WHERE undelivered = 1 AND conversation = (SELECT id FROM transcript_conversations WHERE conversation_key = ?)`,
      ).run(conversationKey);
    },

    claimUndelivered(appendedBefore) {
      // Without the hint SQLite reads the whole table (by id, or by time), which at start-up with a
      // large store costs memory and time.
      const select = prepare<[number], TranscriptRow>(
        `SELECT ${TRANSCRIPT_COLUMNS}
         FROM transcripts entry INDEXED BY transcripts_undelivered JOIN transcript_conversations conversation ON conversation.id = entry.conversation
         WHERE entry.undelivered = 1 AND entry.at < ? ORDER BY entry.id`,
      );
      const clear = prepare('UPDATE transcripts INDEXED BY transcripts_undelivered SET undelivered = 0 WHERE undelivered = 1 AND at < ?');
      const rows = db
        .transaction(() => {
          const claimed = select.all(appendedBefore);
          clear.run(appendedBefore);
          return claimed;
        })
        .immediate();
      return rows.map(entryFromRow);
    },
  });
}
