// The outbox in PostgreSQL: the undelivered flag of transcript rows, found through a partial index that
// holds only the replies in flight.
import type pg from 'pg';
import type { Outbox } from '../../ports/outbox.js';
import { entryFromRow, TRANSCRIPT_COLUMNS, type TranscriptRow } from '../rows.js';

export function postgresOutbox(pool: pg.Pool): Outbox {
  return {
    async markDelivered(conversationKey) {
      await pool.query(
        `UPDATE transcripts SET undelivered = false
         WHERE undelivered AND conversation = (SELECT id FROM transcript_conversations WHERE conversation_key = $1)`,
        [conversationKey],
      );
    },

    async claimUndelivered(appendedBefore) {
      // One statement: two instances starting together each get a disjoint set (row locks), never the same reply.
      const { rows } = await pool.query<TranscriptRow & { id: string }>(
        `UPDATE transcripts entry SET undelivered = false
         FROM transcript_conversations conversation
         WHERE conversation.id = entry.conversation AND entry.undelivered AND entry.at < $1
         RETURNING entry.id, ${TRANSCRIPT_COLUMNS}`,
        [appendedBefore],
      );
      return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)).map(entryFromRow);
    },
  };
}
