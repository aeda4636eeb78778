// The embedded default store: one SQLite file under the data directory, so `npm start` keeps every
// conversation across restarts with nothing to install or run. Each port is built in sqlite/.
import type { Store } from '../ports/store.js';
import { openSqlite, sqliteHealth } from './sqlite/database.js';
import { sqliteHandoffQueue } from './sqlite/handoff-queue.js';
import { sqliteOutbox } from './sqlite/outbox.js';
import { sqliteReferences } from './sqlite/references.js';
import { sqliteSnapshots } from './sqlite/snapshots.js';
import { sqliteTranscripts } from './sqlite/transcripts.js';
import { storeClass } from './store-class.js';

function sqliteStore(file: string, now: () => number = Date.now): Store {
  const database = openSqlite(file);
  return {
    ...sqliteSnapshots(database, now),
    ...sqliteHandoffQueue(database),
    ...sqliteTranscripts(database),
    ...sqliteOutbox(database),
    ...sqliteReferences(database, now),
    ...sqliteHealth(database, now),
  };
}

export class SqliteStore extends storeClass(sqliteStore) {}
