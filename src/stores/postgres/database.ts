// Connecting to PostgreSQL through a pool whose timeouts make every call fail, not hang, while the
// database is away (the pool reconnects on its own when it is back); migrating under an advisory lock;
// readiness and closing, which ask the database itself.
import pg from 'pg';
import type { StoreHealth } from '../../ports/store.js';
import { postgresMigrations } from './migrations.js';

export type PostgresStoreOptions = {
  /** Where the tables live (default 'public'); created when missing. Tests use one of their own. */
  schema?: string;
  now?: () => number;
  /** Connections per instance (default 10). */
  maxConnections?: number;
  /** How long to wait for a connection before failing the call (default 2000 ms). */
  connectionTimeoutMillis?: number;
  /** How long a statement may run before the server cancels it (default 5000 ms). */
  statementTimeoutMillis?: number;
  /**
   * Told when an idle pooled connection breaks (the database restarted, the network dropped). The pool
   * has already discarded it and opens a new one on the next call; without a listener here the `pg`
   * pool would crash the process instead.
   */
  onIdleError?: (error: Error) => void;
};

/** The advisory lock that serialises migrations across instances starting together ("cert-bot" in ASCII). */
const MIGRATION_LOCK_ID = 0x636572742d626f74n;
/** A migration (or the wait for another instance's) may take longer than a turn's query. */
const MIGRATION_TIMEOUT_MS = 60_000;

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** A pool on the schema; no connection is made until the first query. */
export function createPool(databaseUrl: string, options: PostgresStoreOptions): { pool: pg.Pool; schema: string } {
  const schema = options.schema ?? 'public';
  if (!schemaName.test(schema)) throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and _`);
  const statementTimeout = options.statementTimeoutMillis ?? 5_000;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 2_000,
    // The server cancels a slow statement; the client gives up a little later in case the server
    // itself no longer answers (a network that drops packets instead of refusing them).
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 1_000,
    keepAlive: true,
    application_name: 'cert-support-bot',
    options: `-c search_path=${schema}`,
  });
  pool.on(
    'error',
    options.onIdleError ??
      (() => {
        // Nothing to do: the pool has dropped the broken idle connection, and calls report outages.
      }),
  );
  return { pool, schema };
}

/** Applies the missing migrations in one transaction, holding an advisory lock so only one instance does. */
export async function migrate(pool: pg.Pool, schema: string, now: () => number): Promise<void> {
  const client = await pool.connect();
  const query = (text: string, values?: unknown[]) =>
    client.query<{ version: number }>({ text, values, query_timeout: MIGRATION_TIMEOUT_MS + 1_000 } as pg.QueryConfig);
  let failed = false;
  try {
    await query('BEGIN');
    await query(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
    await query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
    // Under the lock, so two instances never race to create the same schema or table.
    if (schema !== 'public') await query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await query('CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at BIGINT NOT NULL)');
    const applied = new Set((await query('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    for (const migration of postgresMigrations) {
      if (applied.has(migration.version)) continue;
      await query(migration.sql);
      await query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, now()]);
    }
    await query('COMMIT');
  } catch (error) {
    failed = true;
    // Releasing with an error below closes the connection, which rolls back whatever is still open.
    throw error;
  } finally {
    client.release(failed);
  }
}

export function postgresHealth(pool: pg.Pool, now: () => number): StoreHealth {
  let closed = false;
  return {
    async ping() {
      await pool.query('INSERT INTO readiness_probe (id, probed_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at', [now()]);
    },

    async pendingMigrations() {
      const { rows } = await pool.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.version));
      return postgresMigrations.filter((migration) => !applied.has(migration.version)).length;
    },

    /** Ends the pool once; later calls reject. */
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
