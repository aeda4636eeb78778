// PostgreSQL, for several instances sharing the work (DATABASE_URL): the same tables and etag rules as
// the SQLite store, through a connection pool whose timeouts make every call fail, not hang, while the
// database is away. The pool reconnects on its own when it is back.
import pg from 'pg';
import { StoreConflict } from '../errors.js';
import type { HandoffRecord, StoredConversation } from '../ports/snapshot-store.js';
import type { Store, TranscriptEntry } from '../ports/store.js';

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

/**
 * Versioned schema changes, applied in order by `open` and recorded in schema_migrations. Append only:
 * a database in use has already run the earlier entries, so they are never edited or removed.
 */
export const postgresMigrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE conversations (
            conversation_key TEXT PRIMARY KEY,
            envelope JSON NOT NULL,
            etag INTEGER NOT NULL,
            updated_at BIGINT NOT NULL
          );
          CREATE TABLE handoff_requests (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            requested_at BIGINT NOT NULL,
            status TEXT NOT NULL,
            request JSON NOT NULL
          );
          CREATE INDEX handoff_requests_by_conversation ON handoff_requests (conversation_key, status);`,
  },
  {
    version: 2,
    sql: `CREATE TABLE transcripts (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            at BIGINT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            activity JSON NOT NULL,
            outcome TEXT
          );
          CREATE INDEX transcripts_by_conversation ON transcripts (conversation_key, id);
          CREATE INDEX transcripts_by_time ON transcripts (at);
          CREATE TABLE conversation_references (
            conversation_key TEXT PRIMARY KEY,
            reference JSON NOT NULL,
            updated_at BIGINT NOT NULL
          );`,
  },
];

/** The advisory lock that serialises migrations across instances starting together ("cert-bot" in ASCII). */
const MIGRATION_LOCK_ID = 0x636572742d626f74n;
/** A migration (or the wait for another instance's) may take longer than a turn's query. */
const MIGRATION_TIMEOUT_MS = 60_000;

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

// JSON columns come back parsed (pg's parser for the json type), a new object on every read: copies.
// BIGINT columns come back as text, so they are turned into numbers here; epoch ms fit easily.
type ConversationRow = { envelope: unknown; etag: number };
type HandoffRow = { conversation_key: string; requested_at: string; status: HandoffRecord['status']; request: Record<string, unknown> };
type TranscriptRow = { at: string; direction: TranscriptEntry['direction']; activity: Record<string, unknown>; outcome: string | null };
type MigrationRow = { version: number };

export class PostgresStore implements Store {
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly now: () => number,
  ) {}

  /** Connects and brings the schema up to date; several instances may do this at the same time. */
  static async open(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const store = PostgresStore.connect(databaseUrl, options);
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /**
   * A store on this database without touching its schema: no connection is made until the first
   * call. For tools and tests; the service uses `open`.
   */
  static connect(databaseUrl: string, options: PostgresStoreOptions = {}): PostgresStore {
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
    return new PostgresStore(pool, schema, options.now ?? Date.now);
  }

  /** Applies the missing migrations in one transaction, holding an advisory lock so only one instance does. */
  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    const query = (text: string, values?: unknown[]) =>
      client.query<MigrationRow>({ text, values, query_timeout: MIGRATION_TIMEOUT_MS + 1_000 } as pg.QueryConfig);
    let failed = false;
    try {
      await query('BEGIN');
      await query(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
      await query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
      // Under the lock, so two instances never race to create the same schema or table.
      if (this.schema !== 'public') await query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await query('CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at BIGINT NOT NULL)');
      const applied = new Set((await query('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
      for (const migration of postgresMigrations) {
        if (applied.has(migration.version)) continue;
        await query(migration.sql);
        await query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, this.now()]);
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

  async load(conversationKey: string): Promise<StoredConversation | undefined> {
    const { rows } = await this.pool.query<ConversationRow>('SELECT envelope, etag FROM conversations WHERE conversation_key = $1', [
      conversationKey,
    ]);
    const row = rows[0];
    return row ? { envelope: row.envelope, etag: String(row.etag) } : undefined;
  }

  async save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string> {
    const json = JSON.stringify(envelope);
    const now = this.now();
    if (expectedEtag === undefined) {
      const inserted = await this.pool.query(
        'INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES ($1, $2, 1, $3) ON CONFLICT DO NOTHING',
        [conversationKey, json, now],
      );
      if (inserted.rowCount !== 1) throw new StoreConflict(conversationKey);
      return '1';
    }
    // Only this store's etags (small integers) can match; anything else is stale by definition.
    if (!/^\d{1,9}$/.test(expectedEtag)) throw new StoreConflict(conversationKey);
    const next = Number(expectedEtag) + 1;
    const updated = await this.pool.query(
      'UPDATE conversations SET envelope = $1, etag = $2, updated_at = $3 WHERE conversation_key = $4 AND etag = $5',
      [json, next, now, conversationKey, Number(expectedEtag)],
    );
    if (updated.rowCount !== 1) throw new StoreConflict(conversationKey);
    return String(next);
  }

  async recordHandoff(record: HandoffRecord): Promise<void> {
    const { conversationKey, requestedAt, status, ...request } = record;
    await this.pool.query('INSERT INTO handoff_requests (conversation_key, requested_at, status, request) VALUES ($1, $2, $3, $4)', [
      conversationKey,
      requestedAt,
      status,
      JSON.stringify(request),
    ]);
  }

  async cancelHandoff(conversationKey: string): Promise<void> {
    await this.pool.query("UPDATE handoff_requests SET status = 'cancelled' WHERE conversation_key = $1 AND status = 'open'", [conversationKey]);
  }

  async listHandoffs(): Promise<HandoffRecord[]> {
    const { rows } = await this.pool.query<HandoffRow>('SELECT conversation_key, requested_at, status, request FROM handoff_requests ORDER BY id');
    return rows.map((row) => ({
      ...(row.request as Omit<HandoffRecord, 'conversationKey' | 'requestedAt' | 'status'>),
      conversationKey: row.conversation_key,
      requestedAt: Number(row.requested_at),
      status: row.status,
    }));
  }

  async appendTranscript(entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // One statement whatever the count: the entries of a call land together, numbered in their order.
    await this.pool.query(
      `INSERT INTO transcripts (conversation_key, at, direction, activity, outcome)
       SELECT conversation_key, at, direction, activity::json, outcome
       FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[])
         WITH ORDINALITY AS entry (conversation_key, at, direction, activity, outcome, position)
       ORDER BY position`,
      [
        entries.map((entry) => entry.conversationKey),
        entries.map((entry) => entry.at),
        entries.map((entry) => entry.direction),
        entries.map((entry) => JSON.stringify(entry.activity)),
        entries.map((entry) => entry.outcome ?? null),
      ],
    );
  }

  async readTranscript(conversationKey: string): Promise<TranscriptEntry[]> {
    const { rows } = await this.pool.query<TranscriptRow>(
      'SELECT at, direction, activity, outcome FROM transcripts WHERE conversation_key = $1 ORDER BY id',
      [conversationKey],
    );
    return rows.map((row) => ({
      conversationKey,
      at: Number(row.at),
      direction: row.direction,
      activity: row.activity,
      ...(row.outcome !== null ? { outcome: row.outcome } : {}),
    }));
  }

  async deleteTranscriptsBefore(cutoff: number): Promise<number> {
    const deleted = await this.pool.query('DELETE FROM transcripts WHERE at < $1', [cutoff]);
    return deleted.rowCount ?? 0;
  }

  async saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void> {
    await this.pool.query(
      `INSERT INTO conversation_references (conversation_key, reference, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      [conversationKey, JSON.stringify(reference), this.now()],
    );
  }

  async loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined> {
    const { rows } = await this.pool.query<{ reference: Record<string, unknown> }>(
      'SELECT reference FROM conversation_references WHERE conversation_key = $1',
      [conversationKey],
    );
    return rows[0]?.reference;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Ends the pool once; later calls reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
