// Conversation snapshots in PostgreSQL, saved only over the etag the runner loaded: of instances racing
// on one etag, one conditional update wins and the others match nothing.
import type pg from 'pg';
import { StoreConflict } from '../../errors.js';
import type { SnapshotStore } from '../../ports/snapshot-store.js';

export function postgresSnapshots(pool: pg.Pool, now: () => number): SnapshotStore {
  return {
    async load(conversationKey) {
      // The JSON column comes back parsed, a new object on every read: a copy.
      const { rows } = await pool.query<{ envelope: unknown; etag: number }>('SELECT envelope, etag FROM conversations WHERE conversation_key = $1', [
        conversationKey,
      ]);
      const row = rows[0];
      return row ? { envelope: row.envelope, etag: String(row.etag) } : undefined;
    },

    async save(conversationKey, envelope, expectedEtag) {
      const json = JSON.stringify(envelope);
      if (expectedEtag === undefined) {
        const inserted = await pool.query(
          'INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES ($1, $2, 1, $3) ON CONFLICT DO NOTHING',
          [conversationKey, json, now()],
        );
        if (inserted.rowCount !== 1) throw new StoreConflict(conversationKey);
        return '1';
      }
      // Only this store's etags (small integers) can match; anything else is stale by definition.
      if (!/^\d{1,9}$/.test(expectedEtag)) throw new StoreConflict(conversationKey);
      const next = Number(expectedEtag) + 1;
      const updated = await pool.query('UPDATE conversations SET envelope = $1, etag = $2, updated_at = $3 WHERE conversation_key = $4 AND etag = $5', [
        json,
        next,
        now(),
        conversationKey,
        Number(expectedEtag),
      ]);
      if (updated.rowCount !== 1) throw new StoreConflict(conversationKey);
      return String(next);
    },
  };
}
