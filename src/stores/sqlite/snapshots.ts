// Conversation snapshots in SQLite, saved only over the etag the runner loaded.
import { StoreConflict } from '../../errors.js';
import type { SnapshotStore } from '../../ports/snapshot-store.js';
import type { SqliteDatabase } from './database.js';
import { promised } from '../promised.js';

export function sqliteSnapshots({ prepare }: SqliteDatabase, now: () => number): SnapshotStore {
  return promised<SnapshotStore>({
    load(conversationKey) {
      const row = prepare<[string], { envelope: string; etag: number }>('SELECT envelope, etag FROM conversations WHERE conversation_key = ?').get(
        conversationKey,
      );
      if (!row) return undefined;
      let envelope: unknown;
      try {
        envelope = JSON.parse(row.envelope);
      } catch {
        // A corrupt row is reported as unreadable content; the runner starts that conversation afresh.
        envelope = { corrupt: true };
      }
      return { envelope, etag: String(row.etag) };
    },

    save(conversationKey, envelope, expectedEtag) {
      const json = JSON.stringify(envelope);
      if (expectedEtag === undefined) {
        const inserted = prepare('INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING').run(
          conversationKey,
          json,
          now(),
        );
        if (inserted.changes === 0) throw new StoreConflict(conversationKey);
        return '1';
      }
      const next = Number(expectedEtag) + 1;
      const updated = prepare('UPDATE conversations SET envelope = ?, etag = ?, updated_at = ? WHERE conversation_key = ? AND etag = ?').run(
        json,
        next,
        now(),
        conversationKey,
        Number(expectedEtag),
      );
      if (updated.changes === 0) throw new StoreConflict(conversationKey);
      return String(next);
    },
  });
}
