// Transcripts in PostgreSQL, in the same tables and format as SQLite's (migration 4): each conversation
// key written once, in transcript_conversations, entries naming it by number, their activity packed by
// transcript-codec.ts. The outbox (outbox.ts) reads and clears the undelivered flag of the same rows.
import type pg from 'pg';
import type { TranscriptArchive, TranscriptLog } from '../../ports/transcript-log.js';
import { entryFromRow, TRANSCRIPT_COLUMNS, type TranscriptRow } from '../rows.js';
import { packActivity } from '../transcript-codec.js';

/** Postgres error code of a foreign key violation. */
const FOREIGN_KEY_VIOLATION = '23503';

export function postgresTranscripts(pool: pg.Pool): TranscriptLog & TranscriptArchive {
  return {
    async appendTranscript(entries) {
      if (entries.length === 0) return;
      const packed = entries.map((entry) => packActivity(entry.conversationKey, entry.activity));
      // One statement whatever the count: the entries of a call land together, numbered in their
      // order. DO UPDATE, not DO NOTHING: it returns the key's number even when another instance has
      // just added it, and holds the key's row so the retention sweep cannot forget it meanwhile.
      await pool.query(
        `WITH entry AS (
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[], $7::boolean[])
             WITH ORDINALITY AS entry (conversation_key, at, direction, packing, activity, outcome, undelivered, position)
         ), conversation AS (
           INSERT INTO transcript_conversations (conversation_key) SELECT DISTINCT conversation_key FROM entry
           ON CONFLICT (conversation_key) DO UPDATE SET conversation_key = excluded.conversation_key
           RETURNING id, conversation_key
         )
         INSERT INTO transcripts (conversation, at, direction, packing, activity, outcome, undelivered)
         SELECT conversation.id, entry.at, entry.direction, entry.packing, entry.activity::json, entry.outcome, entry.undelivered
         FROM entry JOIN conversation ON conversation.conversation_key = entry.conversation_key
         ORDER BY entry.position`,
        [
          entries.map((entry) => entry.conversationKey),
          entries.map((entry) => entry.at),
          entries.map((entry) => entry.direction),
          packed.map(({ packing }) => packing),
          packed.map(({ json }) => json),
          entries.map((entry) => entry.outcome ?? null),
          entries.map((entry) => entry.undelivered === true),
        ],
      );
    },

    async readTranscript(conversationKey) {
      const { rows } = await pool.query<TranscriptRow>(
        `SELECT ${TRANSCRIPT_COLUMNS}
         FROM transcript_conversations conversation JOIN transcripts entry ON entry.conversation = conversation.id
         WHERE conversation.conversation_key = $1 ORDER BY entry.id`,
        [conversationKey],
      );
      return rows.map(entryFromRow);
    },

    async readTranscriptsBetween(from, to) {
      // The range is found through transcripts_by_time; keys sort byte-wise (their column is COLLATE "C").
      const { rows } = await pool.query<TranscriptRow>(
        `SELECT ${TRANSCRIPT_COLUMNS}
         FROM transcripts entry JOIN transcript_conversations conversation ON conversation.id = entry.conversation
         WHERE entry.at >= $1 AND entry.at < $2 ORDER BY conversation.conversation_key, entry.id`,
        [from, to],
      );
      return rows.map(entryFromRow);
    },

    /** Also forgets the numbers of conversations left without entries, so the key table does not grow for ever. */
    async deleteTranscriptsBefore(cutoff) {
      const deleted = (await pool.query('DELETE FROM transcripts WHERE at < $1', [cutoff])).rowCount ?? 0;
      if (deleted === 0) return 0;
      try {
        await pool.query(
          `DELETE FROM transcript_conversations conversation
           WHERE NOT EXISTS (SELECT 1 FROM transcripts entry WHERE entry.conversation = conversation.id)`,
        );
      } catch (error) {
        // A conversation wrote again while its number was being forgotten: it keeps it, and the numbers
        // of the others are forgotten by the next sweep.
        if ((error as { code?: string }).code !== FOREIGN_KEY_VIOLATION) throw error;
      }
      return deleted;
    },
  };
}
