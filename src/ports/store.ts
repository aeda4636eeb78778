// Everything the bot keeps, as one back end provides it: stores/memory (tests, terminal chat),
// stores/sqlite (the embedded default) and stores/postgres (several instances, DATABASE_URL). Only the
// wiring (app.ts, open-store.ts, command-line tools) holds a whole Store; every other part asks for the
// narrow port it uses. One contract test suite (test/stores/store.contract.ts) runs against each.
import type { ConversationReferenceStore } from './conversation-references.js';
import type { CaseHistory, HandoffQueue } from './handoff-queue.js';
import type { Outbox } from './outbox.js';
import type { SnapshotStore } from './snapshot-store.js';
import type { TranscriptArchive, TranscriptLog } from './transcript-log.js';

/** Readiness and shutdown: what the service asks of the database itself. */
export interface StoreHealth {
  /** Resolves when the database accepts a write (readiness); rejects otherwise. */
  ping(): Promise<void>;
  /**
   * How many of this code's schema migrations the database has not applied (readiness): 0 once open,
   * unless the database was swapped or restored underneath a running instance.
   */
  pendingMigrations(): Promise<number>;
  close(): Promise<void>;
}

export type Store = SnapshotStore & HandoffQueue & CaseHistory & TranscriptLog & TranscriptArchive & Outbox & ConversationReferenceStore & StoreHealth;
