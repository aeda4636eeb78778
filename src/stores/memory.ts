// In-memory store: a real implementation of the ports, for tests and the terminal chat. Everything is
// kept as JSON text, like the database stores, so nobody can change what was stored by reference.
import { StoreConflict } from '../errors.js';
import type { HandoffRecord, StoredConversation } from '../ports/snapshot-store.js';
import type { Store, TranscriptEntry } from '../ports/store.js';

export class MemoryStore implements Store {
  private readonly conversations = new Map<string, { json: string; etag: number }>();
  private readonly handoffs: HandoffRecord[] = [];
  private transcripts: { at: number; conversationKey: string; json: string }[] = [];
  private readonly references = new Map<string, string>();

  async load(conversationKey: string): Promise<StoredConversation | undefined> {
    const row = this.conversations.get(conversationKey);
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

  async appendTranscript(entries: TranscriptEntry[]): Promise<void> {
    for (const entry of entries) {
      this.transcripts.push({ at: entry.at, conversationKey: entry.conversationKey, json: JSON.stringify(entry) });
    }
  }

  async readTranscript(conversationKey: string): Promise<TranscriptEntry[]> {
    return this.transcripts.filter((row) => row.conversationKey === conversationKey).map((row) => JSON.parse(row.json) as TranscriptEntry);
  }

  async deleteTranscriptsBefore(cutoff: number): Promise<number> {
    const before = this.transcripts.length;
    this.transcripts = this.transcripts.filter((row) => row.at >= cutoff);
    return before - this.transcripts.length;
  }

  async saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void> {
    this.references.set(conversationKey, JSON.stringify(reference));
  }

  async loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined> {
    const json = this.references.get(conversationKey);
    return json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>);
  }

  /** Always answers: there is no database to lose. */
  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
