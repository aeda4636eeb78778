// In-memory stores: real implementations of the ports, for tests and the terminal chat.
import { StoreConflict } from '../errors.js';
import type { HandoffRecord, HandoffRequestStore, SnapshotStore, StoredConversation } from '../ports/snapshot-store.js';

export class MemoryStore implements SnapshotStore, HandoffRequestStore {
  private readonly conversations = new Map<string, { json: string; etag: number }>();
  private readonly handoffs: HandoffRecord[] = [];

  async load(conversationKey: string): Promise<StoredConversation | undefined> {
    const row = this.conversations.get(conversationKey);
    // Stored as JSON text, like the database stores, so nobody can mutate a saved snapshot by reference.
    return row ? { envelope: JSON.parse(row.json) as unknown, etag: String(row.etag) } : undefined;
  }

  async save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string> {
    const row = this.conversations.get(conversationKey);
    if ((row === undefined) !== (expectedEtag === undefined) || (row && String(row.etag) !== expectedEtag)) {
      throw new StoreConflict(conversationKey);
    }
    const etag = (row?.etag ?? 0) + 1;
    this.conversations.set(conversationKey, { json: JSON.stringify(envelope), etag });
    return String(etag);
  }

  async recordHandoff(record: HandoffRecord): Promise<void> {
    this.handoffs.push(structuredClone(record));
  }

  async cancelHandoff(conversationKey: string): Promise<void> {
    for (const record of this.handoffs) if (record.conversationKey === conversationKey) record.status = 'cancelled';
  }

  async listHandoffs(): Promise<HandoffRecord[]> {
    return structuredClone(this.handoffs);
  }
}
