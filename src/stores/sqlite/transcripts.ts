// Transcripts in SQLite: each conversation key written once, in transcript_conversations, and entries
// naming it by number, their activity packed by transcript-codec.ts (migration 4). The outbox
// (outbox.ts) reads and clears the undelivered flag of the same rows.
import type { TranscriptArchive, TranscriptLog } from '../../ports/transcript-log.js';
import { entryFromRow, TRANSCRIPT_COLUMNS, type TranscriptRow } from '../rows.js';
import { packActivity } from '../transcript-codec.js';
import type { SqliteDatabase } from './database.js';
import { promised } from '../promised.js';

export function sqliteTranscripts({ db, prepare }: SqliteDatabase): TranscriptLog & TranscriptArchive {
  return promised<TranscriptLog & TranscriptArchive>({
    appendTranscript(entries) {
      if (entries.length === 0) return;
      const findConversation = prepare<[string], number>('SELECT id FROM transcript_conversations WHERE conversation_key = ?').pluck();
      const addConversation = prepare('INSERT INTO transcript_conversations (conversation_key) VALUES (?)');
      const insert = prepare('INSERT INTO transcripts (conversation, at, direction, packing, activity, outcome, undelivered) VALUES (?, ?, ?, ?, ?, ?, ?)');
      // Packed before the transaction, which then only writes. One transaction: the entries of a call
      // land together, in order; immediate, so the number a key is given cannot be taken meanwhile.
      const packed = entries.map((entry) => packActivity(entry.conversationKey, entry.activity));
      db.transaction(() => {
        let key: string | undefined;
        let conversation: number | bigint = 0;
        for (const [index, entry] of entries.entries()) {
          if (entry.conversationKey !== key) {
            key = entry.conversationKey;
            conversation = findConversation.get(key) ?? addConversation.run(key).lastInsertRowid;
          }
          const { json, packing } = packed[index]!;
          insert.run(conversation, entry.at, entry.direction, packing, json, entry.outcome ?? null, entry.undelivered ? 1 : 0);
        }
      }).immediate();
    },

    readTranscript(conversationKey) {
      return prepare<[string], TranscriptRow>(
        `SELECT ${TRANSCRIPT_COLUMNS}
         FROM transcript_conversations conversation JOIN transcripts entry ON entry.conversation = conversation.id
         WHERE conversation.conversation_key = ? ORDER BY entry.id`,
      )
        .all(conversationKey)
        .map(entryFromRow);
    },

    readTranscriptsBetween(from, to) {
      // The range is found through transcripts_by_time; SQLite compares text byte-wise (BINARY).
      return prepare<[number, number], TranscriptRow>(
        `SELECT ${TRANSCRIPT_COLUMNS}
         FROM transcripts entry JOIN transcript_conversations conversation ON conversation.id = entry.conversation
         WHERE entry.at >= ? AND entry.at < ? ORDER BY conversation.conversation_key, entry.id`,
      )
        .all(from, to)
        .map(entryFromRow);
    },

    /** Also forgets the numbers of conversations left without entries, so the key table does not grow for ever. */
    deleteTranscriptsBefore(cutoff) {
      return db
        .transaction(() => {
          const deleted = prepare('DELETE FROM transcripts WHERE at < ?').run(cutoff).changes;
          if (deleted > 0) {
            prepare(
              `DELETE FROM transcript_conversations
               WHERE NOT EXISTS (SELECT 1 FROM transcripts entry WHERE entry.conversation = transcript_conversations.id)`,
            ).run();
          }
          return deleted;
        })
        .immediate();
    },
  });
}
