// Conversation references in PostgreSQL, one row per conversation, replaced on every save.
import type pg from 'pg';
import type { ConversationReferenceStore } from '../../ports/conversation-references.js';

export function postgresReferences(pool: pg.Pool, now: () => number): ConversationReferenceStore {
  return {
    async saveReference(conversationKey, reference) {
      await pool.query(
        `INSERT INTO conversation_references (conversation_key, reference, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
        [conversationKey, JSON.stringify(reference), now()],
      );
    },

    async loadReference(conversationKey) {
      const { rows } = await pool.query<{ reference: Record<string, unknown> }>('SELECT reference FROM conversation_references WHERE conversation_key = $1', [
        conversationKey,
      ]);
      return rows[0]?.reference;
    },
  };
}
