// Where conversation state lives between turns: all the turn runner needs of a store.
export type StoredConversation = { envelope: unknown; etag: string };

export interface SnapshotStore {
  load(conversationKey: string): Promise<StoredConversation | undefined>;
  /**
   * Saves when the stored etag still equals `expectedEtag` (undefined: the conversation must not exist
   * yet) and returns the new etag. Throws StoreConflict otherwise; it never overwrites.
   */
  save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string>;
}
