// Where conversation state lives between turns; part of the full Store (ports/store.ts), implemented
// by stores/memory (tests, terminal chat), stores/sqlite (the embedded default) and stores/postgres.
export type StoredConversation = { envelope: unknown; etag: string };

export interface SnapshotStore {
  load(conversationKey: string): Promise<StoredConversation | undefined>;
  /**
   * Saves when the stored etag still equals `expectedEtag` (undefined: the conversation must not exist
   * yet) and returns the new etag. Throws StoreConflict otherwise; it never overwrites.
   */
  save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string>;
}
