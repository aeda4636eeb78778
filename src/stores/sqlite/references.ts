// Conversation references in SQLite, one row per conversation, replaced on every save.
import type { ConversationReferenceStore } from '../../ports/conversation-references.js';
import type { SqliteDatabase } from './database.js';
import { promised } from '../promised.js';

export function sqliteReferences({ prepare }: SqliteDatabase, now: () => number): ConversationReferenceStore {
  return promised<ConversationReferenceStore>({
    saveReference(conversationKey, reference) {
      prepare(
        `INSERT INTO conversation_references (conversation_key, reference, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      ).run(conversationKey, JSON.stringify(reference), now());
    },

    loadReference(conversationKey) {
      const row = prepare<[string], { reference: string }>('SELECT reference FROM conversation_references WHERE conversation_key = ?').get(conversationKey);
      return row ? (JSON.parse(row.reference) as Record<string, unknown>) : undefined;
    },
  });
}
