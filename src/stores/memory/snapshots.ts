// Conversation snapshots in memory, kept as JSON text so nobody can change what was stored by reference.
import { StoreConflict } from '../../errors.js';
import type { SnapshotStore, StoredConversation } from '../../ports/snapshot-store.js';
import { promised } from '../promised.js';

export function memorySnapshots(): SnapshotStore {
  const conversations = new Map<string, { json: string; etag: number }>();
  return promised<SnapshotStore>({
    load(conversationKey: string): StoredConversation | undefined {
      const row = conversations.get(conversationKey);
      return row ? { envelope: JSON.parse(row.json) as unknown, etag: String(row.etag) } : undefined;
    },

    save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): string {
      const row = conversations.get(conversationKey);
      if ((row === undefined) !== (expectedEtag === undefined) || (row && String(row.etag) !== expectedEtag)) {
        throw new StoreConflict(conversationKey);
      }
      const etag = (row?.etag ?? 0) + 1;
      conversations.set(conversationKey, { json: JSON.stringify(envelope), etag });
      return String(etag);
    },
  });
}
