// The PostgreSQL schema, as versioned changes applied by PostgresStore.open and recorded in
// schema_migrations. SQLite has the same versions (sqlite/migrations.ts), so both stores hold the same
// tables.

/**
 * Applied in the order listed, each once. Append only: a database in use has already run the earlier
 * entries, so they are never edited or removed.
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
    // Handoff cases, replacing handoff_requests (no longer written; dropped by 7). The partial unique index is
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
  {
    // Transcripts as SQLite keeps them since its migration 4, which PostgreSQL lacked until after 6: so
    // it runs after 6 here, in every database, new or old. Each conversation key is written once, in
    // transcript_conversations (byte-wise, COLLATE "C", as reports sort them), and entries name it by
    // number; `packing` says what transcript-codec.ts left out of `activity` (0, as in every row copied
    // here, is the JSON as given). Rows keep their ids, so their order is unchanged, and the outbox's
    // flag. Copied, not altered in place, so the new table is compact; the old table's indexes,
    // constraints and sequence give up their names first, so the new table's are the usual ones.
    version: 4,
    sql: `DROP INDEX transcripts_by_conversation;
          DROP INDEX transcripts_by_time;
          DROP INDEX transcripts_undelivered;
          ALTER TABLE transcripts RENAME TO transcripts_before_4;
          ALTER TABLE transcripts_before_4 RENAME CONSTRAINT transcripts_pkey TO transcripts_before_4_pkey;
          ALTER TABLE transcripts_before_4 RENAME CONSTRAINT transcripts_direction_check TO transcripts_before_4_direction_check;
          ALTER SEQUENCE transcripts_id_seq RENAME TO transcripts_before_4_id_seq;
          CREATE TABLE transcript_conversations (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_key TEXT COLLATE "C" NOT NULL UNIQUE
          );
          CREATE TABLE transcripts (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation BIGINT NOT NULL REFERENCES transcript_conversations (id),
            at BIGINT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            packing INT NOT NULL DEFAULT 0,
            activity JSON NOT NULL,
            outcome TEXT,
            undelivered BOOLEAN NOT NULL DEFAULT false
          );
          INSERT INTO transcript_conversations (conversation_key)
            SELECT conversation_key FROM transcripts_before_4 GROUP BY conversation_key ORDER BY min(id);
          INSERT INTO transcripts (id, conversation, at, direction, activity, outcome, undelivered) OVERRIDING SYSTEM VALUE
            SELECT old.id, conversation.id, old.at, old.direction, old.activity, old.outcome, old.undelivered
            FROM transcripts_before_4 old JOIN transcript_conversations conversation ON conversation.conversation_key = old.conversation_key
            ORDER BY old.id;
          SELECT setval(pg_get_serial_sequence('transcripts', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM transcripts), false);
          DROP TABLE transcripts_before_4;
          CREATE INDEX transcripts_by_conversation ON transcripts (conversation);
          CREATE INDEX transcripts_by_time ON transcripts (at);
          CREATE INDEX transcripts_undelivered ON transcripts (conversation) WHERE undelivered;`,
  },
  {
    // handoff_requests, unread and unwritten since handoff cases (3) replaced it; its index goes with it.
    version: 7,
    sql: `DROP TABLE handoff_requests;`,
  },
];
