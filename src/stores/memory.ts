// In-memory store: a real implementation of the ports, for tests and the terminal chat. Everything is
// kept as JSON text, like the database stores, so nobody can change what was stored by reference.
import type { Store } from '../ports/store.js';
import { memoryHandoffQueue } from './memory/handoff-queue.js';
import { memoryOutbox } from './memory/outbox.js';
import { memoryReferences } from './memory/references.js';
import { memorySnapshots } from './memory/snapshots.js';
import { memoryTranscripts, type TranscriptRows } from './memory/transcripts.js';
import { storeClass } from './store-class.js';

function memoryStore(): Store {
  const transcriptRows: TranscriptRows = [];
  return {
    ...memorySnapshots(),
    ...memoryHandoffQueue(),
    ...memoryTranscripts(transcriptRows),
    ...memoryOutbox(transcriptRows),
    ...memoryReferences(),
    /** Always answers: there is no database to lose. */
    async ping() {},
    /** No schema to migrate. */
    pendingMigrations() {
      return Promise.resolve(0);
    },
    async close() {},
  };
}

export class MemoryStore extends storeClass(memoryStore) {}
