// PostgreSQL, for several instances sharing the work (DATABASE_URL): the same tables and etag rules as
// the SQLite store, through a connection pool whose timeouts make every call fail, not hang, while the
// database is away. The pool reconnects on its own when it is back.
import pg from 'pg';
import { StoreConflict } from '../errors.js';
import type { Agent, FinishCondition, HandoffCase, HandoffCaseStatus, NewCase } from '../ports/handoff-queue.js';
import type { StoredConversation } from '../ports/snapshot-store.js';
import type { Store } from '../ports/store.js';
import type { TranscriptEntry } from '../ports/transcript-log.js';

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
  {
    // Handoff cases, replacing handoff_requests (kept, no longer written). The partial unique index is
    // what keeps one open case per conversation when two instances open one at once. Case ids sort
    // byte-wise (COLLATE "C") whatever the database's locale, as in the other stores.
    version: 3,
    sql: `CREATE TABLE handoff_cases (
            case_id TEXT COLLATE "C" PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('queued', 'accepted', 'closed', 'cancelled', 'abandoned')),
            requested_at BIGINT NOT NULL,
            last_customer_at BIGINT NOT NULL,
            wait_notice_at BIGINT,
            agent_id TEXT,
            agent_name TEXT,
            accepted_at BIGINT,
            closed_at BIGINT,
            thread_id TEXT,
            card_activity_id TEXT,
            request JSON NOT NULL
          );
          CREATE UNIQUE INDEX handoff_cases_one_open_per_conversation ON handoff_cases (conversation_key)
            WHERE status IN ('queued', 'accepted');
          CREATE INDEX handoff_cases_queue ON handoff_cases (status, requested_at, case_id);
          CREATE INDEX handoff_cases_by_thread ON handoff_cases (thread_id);`,
  },
  {
    // One row that /readyz rewrites, so readiness means the database accepts writes, not only reads.
    version: 5,
    sql: `CREATE TABLE readiness_probe (
            id INT PRIMARY KEY CHECK (id = 1),
            probed_at BIGINT NOT NULL
          );`,
  },
  {
    // The outbox: a reply is appended undelivered before it is sent and cleared once sent; the partial
    // index holds only the few replies in flight.
    version: 6,
    sql: `ALTER TABLE transcripts ADD COLUMN undelivered BOOLEAN NOT NULL DEFAULT false;
          CREATE INDEX transcripts_undelivered ON transcripts (conversation_key) WHERE undelivered;`,
  },
];

/** The advisory lock that serialises migrations across instances starting together ("cert-bot" in ASCII). */
const MIGRATION_LOCK_ID = 0x636572742d626f74n;
/** A migration (or the wait for another instance's) may take longer than a turn's query. */
const MIGRATION_TIMEOUT_MS = 60_000;

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Queue order, shared by every list: oldest request first, the case id breaking ties. */
const QUEUE_ORDER = 'ORDER BY requested_at, case_id';

// JSON columns come back parsed (pg's parser for the json type), a new object on every read: copies.
// BIGINT columns come back as text, so they are turned into numbers here; epoch ms fit easily.
type ConversationRow = { envelope: unknown; etag: number };
type CaseRow = {
  case_id: string;
  conversation_key: string;
  status: HandoffCaseStatus;
  requested_at: string;
  last_customer_at: string;
  wait_notice_at: string | null;
  agent_id: string | null;
  agent_name: string | null;
  accepted_at: string | null;
  closed_at: string | null;
  thread_id: string | null;
  card_activity_id: string | null;
  request: Pick<HandoffCase, 'reason' | 'slots' | 'shown' | 'pendingNeeds'>;
};
type TranscriptRow = { conversation_key: string; at: string; direction: TranscriptEntry['direction']; activity: Record<string, unknown>; outcome: string | null };
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

  async openCase({ caseId, conversationKey, request, at }: NewCase): Promise<HandoffCase> {
    const { reason, slots, shown, pendingNeeds } = request;
    const pending = pendingNeeds && pendingNeeds.length > 0 ? { pendingNeeds } : {};
    for (;;) {
      // Does nothing when the conversation already has an open case (or the case id is taken); when
      // another instance's insert is in flight, waits for it to commit first.
      const inserted = await this.pool.query<CaseRow>(
        `INSERT INTO handoff_cases (case_id, conversation_key, status, requested_at, last_customer_at, request)
         VALUES ($1, $2, 'queued', $3, $3, $4) ON CONFLICT DO NOTHING RETURNING *`,
        [caseId, conversationKey, at, JSON.stringify({ reason, slots, shown, ...pending })],
      );
      const row = inserted.rows[0] ?? (await this.openCaseRow(conversationKey));
      if (row) return caseFromRow(row);
      if (await this.getCase(caseId)) throw new Error(`Case id ${caseId} is already in use`);
      // The open case that stopped the insert ended before it could be read: try again.
    }
  }

  async getCase(caseId: string): Promise<HandoffCase | undefined> {
    const { rows } = await this.pool.query<CaseRow>('SELECT * FROM handoff_cases WHERE case_id = $1', [caseId]);
    return rows[0] && caseFromRow(rows[0]);
  }

  async openCaseOf(conversationKey: string): Promise<HandoffCase | undefined> {
    const row = await this.openCaseRow(conversationKey);
    return row && caseFromRow(row);
  }

  async positionOf(caseId: string): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ position: number }>(
      `SELECT 1 + (SELECT count(*) FROM handoff_cases earlier
                   WHERE earlier.status = 'queued' AND (earlier.requested_at, earlier.case_id) < (handoff_case.requested_at, handoff_case.case_id)
                  )::int AS position
       FROM handoff_cases handoff_case WHERE case_id = $1 AND status = 'queued'`,
      [caseId],
    );
    return rows[0]?.position;
  }

  async listQueued(): Promise<HandoffCase[]> {
    const { rows } = await this.pool.query<CaseRow>(`SELECT * FROM handoff_cases WHERE status = 'queued' ${QUEUE_ORDER}`);
    return rows.map(caseFromRow);
  }

  async listAcceptedBy(agentId: string): Promise<HandoffCase[]> {
    const { rows } = await this.pool.query<CaseRow>(`SELECT * FROM handoff_cases WHERE status = 'accepted' AND agent_id = $1 ${QUEUE_ORDER}`, [
      agentId,
    ]);
    return rows.map(caseFromRow);
  }

  async listCases(): Promise<HandoffCase[]> {
    const { rows } = await this.pool.query<CaseRow>(`SELECT * FROM handoff_cases ${QUEUE_ORDER}`);
    return rows.map(caseFromRow);
  }

  /** One conditional update: of instances racing, the first to lock the row wins, the others match nothing. */
  async accept(caseId: string, agent: Agent, at: number): Promise<HandoffCase | undefined> {
    const { rows } = await this.pool.query<CaseRow>(
      `UPDATE handoff_cases SET status = 'accepted', agent_id = $2, agent_name = $3, accepted_at = $4
       WHERE case_id = $1 AND status = 'queued' RETURNING *`,
      [caseId, agent.id, agent.name, at],
    );
    return rows[0] && caseFromRow(rows[0]);
  }

  async release(caseId: string, agentId: string): Promise<HandoffCase | undefined> {
    const { rows } = await this.pool.query<CaseRow>(
      `UPDATE handoff_cases SET status = 'queued', agent_id = NULL, agent_name = NULL, accepted_at = NULL
       WHERE case_id = $1 AND status = 'accepted' AND agent_id = $2 RETURNING *`,
      [caseId, agentId],
    );
    return rows[0] && caseFromRow(rows[0]);
  }

  async finish(caseId: string, status: 'closed' | 'cancelled' | 'abandoned', at: number, only: FinishCondition = {}): Promise<HandoffCase | undefined> {
    const { rows } = await this.pool.query<CaseRow>(
      `UPDATE handoff_cases SET status = $2, closed_at = $3
       WHERE case_id = $1 AND status IN ('queued', 'accepted')
         AND ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR agent_id = $5) AND ($6::bigint IS NULL OR last_customer_at <= $6)
       RETURNING *`,
      [caseId, status, at, only.status ?? null, only.agentId ?? null, only.idleSince ?? null],
    );
    return rows[0] && caseFromRow(rows[0]);
  }

  async attachCard(caseId: string, threadId: string, cardActivityId: string): Promise<void> {
    await this.pool.query('UPDATE handoff_cases SET thread_id = $2, card_activity_id = $3 WHERE case_id = $1', [caseId, threadId, cardActivityId]);
  }

  async caseOfThread(threadId: string): Promise<HandoffCase | undefined> {
    const { rows } = await this.pool.query<CaseRow>(`SELECT * FROM handoff_cases WHERE thread_id = $1 ${QUEUE_ORDER} LIMIT 1`, [threadId]);
    return rows[0] && caseFromRow(rows[0]);
  }

  async touchCustomer(caseId: string, at: number): Promise<void> {
    // GREATEST: turns of one conversation handled by two instances may report out of order.
    await this.pool.query(
      `UPDATE handoff_cases SET last_customer_at = GREATEST(last_customer_at, $2)
       WHERE case_id = $1 AND status IN ('queued', 'accepted')`,
      [caseId, at],
    );
  }

  async markWaitNotice(caseId: string, at: number): Promise<boolean> {
    const updated = await this.pool.query(
      "UPDATE handoff_cases SET wait_notice_at = $2 WHERE case_id = $1 AND status = 'queued' AND wait_notice_at IS NULL",
      [caseId, at],
    );
    return updated.rowCount === 1;
  }

  private async openCaseRow(conversationKey: string): Promise<CaseRow | undefined> {
    const { rows } = await this.pool.query<CaseRow>("SELECT * FROM handoff_cases WHERE conversation_key = $1 AND status IN ('queued', 'accepted')", [
      conversationKey,
    ]);
    return rows[0];
  }

  async appendTranscript(entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // One statement whatever the count: the entries of a call land together, numbered in their order.
    await this.pool.query(
      `INSERT INTO transcripts (conversation_key, at, direction, activity, outcome, undelivered)
       SELECT conversation_key, at, direction, activity::json, outcome, undelivered
       FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::boolean[])
         WITH ORDINALITY AS entry (conversation_key, at, direction, activity, outcome, undelivered, position)
       ORDER BY position`,
      [
        entries.map((entry) => entry.conversationKey),
        entries.map((entry) => entry.at),
        entries.map((entry) => entry.direction),
        entries.map((entry) => JSON.stringify(entry.activity)),
        entries.map((entry) => entry.outcome ?? null),
        entries.map((entry) => entry.undelivered === true),
      ],
    );
  }

  async markDelivered(conversationKey: string): Promise<void> {
    await this.pool.query('UPDATE transcripts SET undelivered = false WHERE undelivered AND conversation_key = $1', [conversationKey]);
  }

  async claimUndelivered(appendedBefore: number): Promise<TranscriptEntry[]> {
    // One statement: two instances starting together each get a disjoint set (row locks), never the same reply.
    const { rows } = await this.pool.query<TranscriptRow & { id: string }>(
      'UPDATE transcripts SET undelivered = false WHERE undelivered AND at < $1 RETURNING id, conversation_key, at, direction, activity, outcome',
      [appendedBefore],
    );
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)).map(entryFromRow);
  }

  async readTranscript(conversationKey: string): Promise<TranscriptEntry[]> {
    const { rows } = await this.pool.query<TranscriptRow>(
      'SELECT conversation_key, at, direction, activity, outcome FROM transcripts WHERE conversation_key = $1 ORDER BY id',
      [conversationKey],
    );
    return rows.map(entryFromRow);
  }

  async readTranscriptsBetween(from: number, to: number): Promise<TranscriptEntry[]> {
    // The range is found through transcripts_by_time. COLLATE "C": keys sort byte-wise, as in the
    // other stores, whatever the database's locale.
    const { rows } = await this.pool.query<TranscriptRow>(
      `SELECT conversation_key, at, direction, activity, outcome FROM transcripts
       WHERE at >= $1 AND at < $2 ORDER BY conversation_key COLLATE "C", id`,
      [from, to],
    );
    return rows.map(entryFromRow);
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
    await this.pool.query(
      'INSERT INTO readiness_probe (id, probed_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at',
      [this.now()],
    );
  }

  async pendingMigrations(): Promise<number> {
    const { rows } = await this.pool.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    return postgresMigrations.filter((migration) => !applied.has(migration.version)).length;
  }

  /** Ends the pool once; later calls reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** Leaves out what is not set (no nulls), so cases compare equal whichever store they come from. */
function caseFromRow(row: CaseRow): HandoffCase {
  return {
    ...row.request,
    caseId: row.case_id,
    conversationKey: row.conversation_key,
    status: row.status,
    requestedAt: Number(row.requested_at),
    lastCustomerAt: Number(row.last_customer_at),
    ...(row.wait_notice_at !== null ? { waitNoticeAt: Number(row.wait_notice_at) } : {}),
    ...(row.agent_id !== null ? { agent: { id: row.agent_id, name: row.agent_name ?? '' } } : {}),
    ...(row.accepted_at !== null ? { acceptedAt: Number(row.accepted_at) } : {}),
    ...(row.closed_at !== null ? { closedAt: Number(row.closed_at) } : {}),
    ...(row.thread_id !== null ? { threadId: row.thread_id } : {}),
    ...(row.card_activity_id !== null ? { cardActivityId: row.card_activity_id } : {}),
  };
}

function entryFromRow(row: TranscriptRow): TranscriptEntry {
  return {
    conversationKey: row.conversation_key,
    at: Number(row.at),
    direction: row.direction,
    activity: row.activity,
    ...(row.outcome !== null ? { outcome: row.outcome } : {}),
  };
}
