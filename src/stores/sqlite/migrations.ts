// The SQLite schema, as versioned changes applied in order at open; PRAGMA user_version records how far.
// PostgreSQL has the same versions (postgres/migrations.ts), so both stores hold the same tables.

/** Append only: a file in use has already run the earlier entries, so they are never edited or removed. */
export const sqliteMigrations: readonly string[] = [
  // 1: conversation snapshots.
  `CREATE TABLE conversations (
     conversation_key TEXT PRIMARY KEY,
     envelope TEXT NOT NULL,
     etag INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE handoff_requests (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_key TEXT NOT NULL,
     requested_at INTEGER NOT NULL,
     status TEXT NOT NULL,
     request TEXT NOT NULL
   );
   CREATE INDEX handoff_requests_by_conversation ON handoff_requests (conversation_key, status);`,
  // 2: transcripts (read per conversation, deleted by age) and conversation references.
  `CREATE TABLE transcripts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_key TEXT NOT NULL,
     at INTEGER NOT NULL,
     direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
     activity TEXT NOT NULL,
     outcome TEXT
   );
   CREATE INDEX transcripts_by_conversation ON transcripts (conversation_key, id);
   CREATE INDEX transcripts_by_time ON transcripts (at);
   CREATE TABLE conversation_references (
     conversation_key TEXT PRIMARY KEY,
     reference TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
  // 3: handoff cases, replacing handoff_requests (no longer written; dropped by 7). The partial unique index
  // is what keeps one open case per conversation when two openCase calls race.
  `CREATE TABLE handoff_cases (
     case_id TEXT PRIMARY KEY,
     conversation_key TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('queued', 'accepted', 'closed', 'cancelled', 'abandoned')),
     requested_at INTEGER NOT NULL,
     last_customer_at INTEGER NOT NULL,
     wait_notice_at INTEGER,
     agent_id TEXT,
     agent_name TEXT,
     accepted_at INTEGER,
     closed_at INTEGER,
     thread_id TEXT,
     card_activity_id TEXT,
     request TEXT NOT NULL
   );
   CREATE UNIQUE INDEX handoff_cases_one_open_per_conversation ON handoff_cases (conversation_key) WHERE status IN ('queued', 'accepted');
   CREATE INDEX handoff_cases_queue ON handoff_cases (status, requested_at, case_id);
   CREATE INDEX handoff_cases_by_thread ON handoff_cases (thread_id);`,
  // 4: transcripts, smaller. Each conversation key is written once, in transcript_conversations, and
  // entries name it by number (the key was in every row and again in its index); better-sqlite3
  // enforces the foreign key. A plain rowid keeps the order of appending, each new id being one more
  // than the largest (AUTOINCREMENT also wrote sqlite_sequence on every insert). `packing` says what
  // transcript-codec.ts left out of `activity`; 0, as in every row copied here, is the JSON as given.
  // Rows keep their ids, so their order is unchanged. The old indexes go first, so the copy reuses
  // their pages; the old table is dropped once copied (its pages stay in the file, free for new rows).
  `DROP INDEX transcripts_by_conversation;
   DROP INDEX transcripts_by_time;
   ALTER TABLE transcripts RENAME TO transcripts_before_4;
   CREATE TABLE transcript_conversations (
     id INTEGER PRIMARY KEY,
     conversation_key TEXT NOT NULL UNIQUE
   );
   CREATE TABLE transcripts (
     id INTEGER PRIMARY KEY,
     conversation INTEGER NOT NULL REFERENCES transcript_conversations (id),
     at INTEGER NOT NULL,
     direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
     packing INTEGER NOT NULL DEFAULT 0,
     activity TEXT NOT NULL,
     outcome TEXT
   );
   INSERT INTO transcript_conversations (conversation_key)
     SELECT conversation_key FROM transcripts_before_4 GROUP BY conversation_key ORDER BY min(id);
   INSERT INTO transcripts (id, conversation, at, direction, activity, outcome)
     SELECT old.id, conversation.id, old.at, old.direction, old.activity, old.outcome
     FROM transcripts_before_4 old JOIN transcript_conversations conversation ON conversation.conversation_key = old.conversation_key
     ORDER BY old.id;
   DROP TABLE transcripts_before_4;
   CREATE INDEX transcripts_by_conversation ON transcripts (conversation);
   CREATE INDEX transcripts_by_time ON transcripts (at);`,
  // 5: one row that /readyz rewrites, so readiness means the store accepts writes (a full disk or a
  // read-only file fails it), not only that it answers a read.
  `CREATE TABLE readiness_probe (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     probed_at INTEGER NOT NULL
   );`,
  // 6: the outbox. A reply is appended with undelivered = 1 before it is sent and cleared once sent;
  // the partial index holds only the few replies in flight.
  `ALTER TABLE transcripts ADD COLUMN undelivered INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX transcripts_undelivered ON transcripts (conversation) WHERE undelivered = 1;`,
  // 7: handoff_requests, unread and unwritten since handoff cases (3) replaced it; its index goes with it.
  `DROP TABLE handoff_requests;`,
];
