// PostgreSQL, for several instances sharing the work (DATABASE_URL): the same tables, transcript format
// and etag rules as the SQLite store. Each port is built in postgres/.
import type pg from 'pg';
import type { Store } from '../ports/store.js';
import { createPool, migrate, postgresHealth, type PostgresStoreOptions } from './postgres/database.js';
import { postgresHandoffQueue } from './postgres/handoff-queue.js';
import { postgresOutbox } from './postgres/outbox.js';
import { postgresReferences } from './postgres/references.js';
import { postgresSnapshots } from './postgres/snapshots.js';
import { postgresTranscripts } from './postgres/transcripts.js';
import { storeClass } from './store-class.js';

export type { PostgresStoreOptions } from './postgres/database.js';

function postgresStore(pool: pg.Pool, now: () => number): Store {
  return {
    ...postgresSnapshots(pool, now),
    ...postgresHandoffQueue(pool),
    ...postgresTranscripts(pool),
    ...postgresOutbox(pool),
    ...postgresReferences(pool, now),
    ...postgresHealth(pool, now),
  };
}

export class PostgresStore extends storeClass(postgresStore) {
  /** Connects and brings the schema up to date; several instances may do this at the same time. */
  static async open(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const { pool, schema } = createPool(databaseUrl, options);
    const now = options.now ?? Date.now;
    try {
      await migrate(pool, schema, now);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool, now);
  }

  /**
   * A store on this database without touching its schema: no connection is made until the first
   * call. For tools and tests; the service uses `open`.
   */
  static connect(databaseUrl: string, options: PostgresStoreOptions = {}): PostgresStore {
    return new PostgresStore(createPool(databaseUrl, options).pool, options.now ?? Date.now);
  }

  private constructor(pool: pg.Pool, now: () => number) {
    super(pool, now);
  }
}
