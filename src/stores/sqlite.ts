// The embedded default store: one SQLite file under the data directory, so `npm start` keeps every
// conversation across restarts with nothing to install or run.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreConflict } from '../errors.js';
import type { Agent, FinishCondition, HandoffCase, HandoffCaseStatus, NewCase } from '../ports/handoff-queue.js';
import type { StoredConversation } from '../ports/snapshot-store.js';
import type { Store, TranscriptEntry } from '../ports/store.js';
import { packActivity, unpackActivity } from './transcript-codec.js';

/**
 * Versioned schema changes, applied in order at open; PRAGMA user_version records how far. Append
 * only: a file in use has already run the earlier entries, so they are never edited or removed.
 */
export const sqliteMigrations: readonly string[] = [
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
  // 3: handoff cases, replacing handoff_requests (kept, no longer written). The partial unique index
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
];

type CaseRow = {
  case_id: string;
  conversation_key: string;
  status: HandoffCaseStatus;
  requested_at: number;
  last_customer_at: number;
  wait_notice_at: number | null;
  agent_id: string | null;
  agent_name: string | null;
  accepted_at: number | null;
  closed_at: number | null;
  thread_id: string | null;
  card_activity_id: string | null;
  request: string;
};

type TranscriptRow = {
  conversation_key: string;
  at: number;
  direction: TranscriptEntry['direction'];
  packing: number;
  activity: string;
  outcome: string | null;
};

/** Queue order, shared by every list: oldest request first, the case id breaking ties. */
const QUEUE_ORDER = 'ORDER BY requested_at, case_id';

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  /** Statements compiled once and reused: compiling one per call was a measurable share of a turn. */
  private readonly statements: Pick<Database.Database, 'prepare'>;

  constructor(file: string, private readonly now: () => number = Date.now) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    const compiled = new Map<string, Database.Statement>();
    this.statements = {
      prepare: ((sql: string) => {
        let statement = compiled.get(sql);
        if (!statement) compiled.set(sql, (statement = this.db.prepare(sql)));
        return statement;
      }) as Database.Database['prepare'],
    };
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL syncs at checkpoints instead of on every commit: a crash of the process loses
    // nothing, a power cut may lose the last turns but never corrupts the file. FULL made each of a
    // turn's writes wait for the disk.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    const apply = this.db.transaction(() => {
      const current = this.db.pragma('user_version', { simple: true }) as number;
      for (let version = current; version < sqliteMigrations.length; version++) {
        this.db.exec(sqliteMigrations[version]!);
        this.db.pragma(`user_version = ${version + 1}`);
      }
    });
    apply.immediate();
  }

  async load(conversationKey: string): Promise<StoredConversation | undefined> {
    const row = this.statements
      .prepare<[string], { envelope: string; etag: number }>('SELECT envelope, etag FROM conversations WHERE conversation_key = ?')
      .get(conversationKey);
    if (!row) return undefined;
    let envelope: unknown;
    try {
      envelope = JSON.parse(row.envelope);
    } catch {
      // A corrupt row is reported as unreadable content; the runner starts that conversation afresh.
      envelope = { corrupt: true };
    }
    return { envelope, etag: String(row.etag) };
  }

  async save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string> {
    const json = JSON.stringify(envelope);
    const now = this.now();
    if (expectedEtag === undefined) {
      const inserted = this.statements
        .prepare('INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING')
        .run(conversationKey, json, now);
      if (inserted.changes === 0) throw new StoreConflict(conversationKey);
      return '1';
    }
    const next = Number(expectedEtag) + 1;
    const updated = this.statements
      .prepare('UPDATE conversations SET envelope = ?, etag = ?, updated_at = ? WHERE conversation_key = ? AND etag = ?')
      .run(json, next, now, conversationKey, Number(expectedEtag));
    if (updated.changes === 0) throw new StoreConflict(conversationKey);
    return String(next);
  }

  async openCase({ caseId, conversationKey, request, at }: NewCase): Promise<HandoffCase> {
    const { reason, slots, shown, pendingNeeds } = request;
    const pending = pendingNeeds && pendingNeeds.length > 0 ? { pendingNeeds } : {};
    const open = this.db.transaction(() => {
      // Does nothing when the conversation already has an open case (or the case id is taken).
      const inserted = this.statements
        .prepare<unknown[], CaseRow>(
          `INSERT INTO handoff_cases (case_id, conversation_key, status, requested_at, last_customer_at, request)
           VALUES (?, ?, 'queued', ?, ?, ?) ON CONFLICT DO NOTHING RETURNING *`,
        )
        .get(caseId, conversationKey, at, at, JSON.stringify({ reason, slots, shown, ...pending }));
      const row = inserted ?? this.openCaseRow(conversationKey);
      if (!row) throw new Error(`Case id ${caseId} is already in use`);
      return row;
    });
    return caseFromRow(open.immediate());
  }

  async getCase(caseId: string): Promise<HandoffCase | undefined> {
    const row = this.statements.prepare<[string], CaseRow>('SELECT * FROM handoff_cases WHERE case_id = ?').get(caseId);
    return row && caseFromRow(row);
  }

  async openCaseOf(conversationKey: string): Promise<HandoffCase | undefined> {
    const row = this.openCaseRow(conversationKey);
    return row && caseFromRow(row);
  }

  async positionOf(caseId: string): Promise<number | undefined> {
    const row = this.statements
      .prepare<[string], { position: number }>(
        `SELECT 1 + (SELECT count(*) FROM handoff_cases earlier
                     WHERE earlier.status = 'queued' AND (earlier.requested_at, earlier.case_id) < (handoff_case.requested_at, handoff_case.case_id)
                    ) AS position
         FROM handoff_cases handoff_case WHERE case_id = ? AND status = 'queued'`,
      )
      .get(caseId);
    return row?.position;
  }

  async listQueued(): Promise<HandoffCase[]> {
    return this.statements.prepare<[], CaseRow>(`SELECT * FROM handoff_cases WHERE status = 'queued' ${QUEUE_ORDER}`).all().map(caseFromRow);
  }

  async listAcceptedBy(agentId: string): Promise<HandoffCase[]> {
    return this.statements
      .prepare<[string], CaseRow>(`SELECT * FROM handoff_cases WHERE status = 'accepted' AND agent_id = ? ${QUEUE_ORDER}`)
      .all(agentId)
      .map(caseFromRow);
  }

  async listCases(): Promise<HandoffCase[]> {
    return this.statements.prepare<[], CaseRow>(`SELECT * FROM handoff_cases ${QUEUE_ORDER}`).all().map(caseFromRow);
  }

  async accept(caseId: string, agent: Agent, at: number): Promise<HandoffCase | undefined> {
    const row = this.statements
      .prepare<unknown[], CaseRow>(
        `UPDATE handoff_cases SET status = 'accepted', agent_id = ?, agent_name = ?, accepted_at = ?
         WHERE case_id = ? AND status = 'queued' RETURNING *`,
      )
      .get(agent.id, agent.name, at, caseId);
    return row && caseFromRow(row);
  }

  async release(caseId: string, agentId: string): Promise<HandoffCase | undefined> {
    const row = this.statements
      .prepare<[string, string], CaseRow>(
        `UPDATE handoff_cases SET status = 'queued', agent_id = NULL, agent_name = NULL, accepted_at = NULL
         WHERE case_id = ? AND status = 'accepted' AND agent_id = ? RETURNING *`,
      )
      .get(caseId, agentId);
    return row && caseFromRow(row);
  }

  async finish(caseId: string, status: 'closed' | 'cancelled' | 'abandoned', at: number, only: FinishCondition = {}): Promise<HandoffCase | undefined> {
    const row = this.statements
      .prepare<unknown[], CaseRow>(
        `UPDATE handoff_cases SET status = ?, closed_at = ?
         WHERE case_id = ? AND status IN ('queued', 'accepted')
           AND (? IS NULL OR status = ?) AND (? IS NULL OR agent_id = ?) AND (? IS NULL OR last_customer_at <= ?)
         RETURNING *`,
      )
      .get(status, at, caseId, only.status ?? null, only.status ?? null, only.agentId ?? null, only.agentId ?? null, only.idleSince ?? null, only.idleSince ?? null);
    return row && caseFromRow(row);
  }

  async attachCard(caseId: string, threadId: string, cardActivityId: string): Promise<void> {
    this.statements.prepare('UPDATE handoff_cases SET thread_id = ?, card_activity_id = ? WHERE case_id = ?').run(threadId, cardActivityId, caseId);
  }

  async caseOfThread(threadId: string): Promise<HandoffCase | undefined> {
    const row = this.statements.prepare<[string], CaseRow>(`SELECT * FROM handoff_cases WHERE thread_id = ? ${QUEUE_ORDER} LIMIT 1`).get(threadId);
    return row && caseFromRow(row);
  }

  async touchCustomer(caseId: string, at: number): Promise<void> {
    // max(): turns of one conversation handled by two instances may report out of order.
    this.statements
      .prepare(
        `UPDATE handoff_cases SET last_customer_at = max(last_customer_at, ?)
         WHERE case_id = ? AND status IN ('queued', 'accepted')`,
      )
      .run(at, caseId);
  }

  async markWaitNotice(caseId: string, at: number): Promise<boolean> {
    const updated = this.statements
      .prepare("UPDATE handoff_cases SET wait_notice_at = ? WHERE case_id = ? AND status = 'queued' AND wait_notice_at IS NULL")
      .run(at, caseId);
    return updated.changes === 1;
  }

  private openCaseRow(conversationKey: string): CaseRow | undefined {
    return this.statements
      .prepare<[string], CaseRow>("SELECT * FROM handoff_cases WHERE conversation_key = ? AND status IN ('queued', 'accepted')")
      .get(conversationKey);
  }

  async appendTranscript(entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const findConversation = this.statements.prepare<[string], number>('SELECT id FROM transcript_conversations WHERE conversation_key = ?').pluck();
    const addConversation = this.statements.prepare('INSERT INTO transcript_conversations (conversation_key) VALUES (?)');
    const insert = this.statements.prepare(
      'INSERT INTO transcripts (conversation, at, direction, packing, activity, outcome, undelivered) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // Packed before the transaction, which then only writes. One transaction: the entries of a call
    // land together, in order; immediate, so the number a key is given cannot be taken meanwhile.
    const packed = entries.map((entry) => packActivity(entry.conversationKey, entry.activity));
    this.db
      .transaction(() => {
        let key: string | undefined;
        let conversation: number | bigint = 0;
        for (const [index, entry] of entries.entries()) {
          if (entry.conversationKey !== key) {
            key = entry.conversationKey;
            conversation = findConversation.get(key) ?? addConversation.run(key).lastInsertRowid;
          }
          const { json, packing } = packed[index]!;
          insert.run(conversation, entry.at, entry.direction, packing, json, entry.outcome ?? null, entry.undelivered ? 1 : 0);
        }
      })
      .immediate();
  }

  async markDelivered(conversationKey: string): Promise<void> {
    this.statements
      .prepare(
        `UPDATE transcripts SET undelivered = 0
         WHERE undelivered = 1 AND conversation = (SELECT id FROM transcript_conversations WHERE conversation_key = ?)`,
      )
      .run(conversationKey);
  }

  async claimUndelivered(appendedBefore: number): Promise<TranscriptEntry[]> {
    const select = this.statements.prepare<[number], TranscriptRow>(
      `SELECT conversation.conversation_key, entry.at, entry.direction, entry.packing, entry.activity, entry.outcome
       FROM transcripts entry INDEXED BY transcripts_undelivered JOIN transcript_conversations conversation ON conversation.id = entry.conversation
       WHERE entry.undelivered = 1 AND entry.at < ? ORDER BY entry.id`,
    );
    // The partial index holds only the replies in flight; without the hint SQLite reads the whole
    // table (by id, or by time), which at start-up with a large store costs memory and time.
    const clear = this.statements.prepare('UPDATE transcripts INDEXED BY transcripts_undelivered SET undelivered = 0 WHERE undelivered = 1 AND at < ?');
    const rows = this.db
      .transaction(() => {
        const claimed = select.all(appendedBefore);
        clear.run(appendedBefore);
        return claimed;
      })
      .immediate();
    return rows.map(entryFromRow);
  }

  async readTranscript(conversationKey: string): Promise<TranscriptEntry[]> {
    return this.statements
      .prepare<[string], TranscriptRow>(
        `SELECT conversation.conversation_key, entry.at, entry.direction, entry.packing, entry.activity, entry.outcome
         FROM transcript_conversations conversation JOIN transcripts entry ON entry.conversation = conversation.id
         WHERE conversation.conversation_key = ? ORDER BY entry.id`,
      )
      .all(conversationKey)
      .map(entryFromRow);
  }

  async readTranscriptsBetween(from: number, to: number): Promise<TranscriptEntry[]> {
    // The range is found through transcripts_by_time; SQLite compares text byte-wise (BINARY).
    return this.statements
      .prepare<[number, number], TranscriptRow>(
        `SELECT conversation.conversation_key, entry.at, entry.direction, entry.packing, entry.activity, entry.outcome
         FROM transcripts entry JOIN transcript_conversations conversation ON conversation.id = entry.conversation
         WHERE entry.at >= ? AND entry.at < ? ORDER BY conversation.conversation_key, entry.id`,
      )
      .all(from, to)
      .map(entryFromRow);
  }

  /** Also forgets the numbers of conversations left without entries, so the key table does not grow for ever. */
  async deleteTranscriptsBefore(cutoff: number): Promise<number> {
    return this.db
      .transaction(() => {
        const deleted = this.statements.prepare('DELETE FROM transcripts WHERE at < ?').run(cutoff).changes;
        if (deleted > 0) {
          this.statements
            .prepare(
              `DELETE FROM transcript_conversations
               WHERE NOT EXISTS (SELECT 1 FROM transcripts entry WHERE entry.conversation = transcript_conversations.id)`,
            )
            .run();
        }
        return deleted;
      })
      .immediate();
  }

  async saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void> {
    this.statements
      .prepare(
        `INSERT INTO conversation_references (conversation_key, reference, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      )
      .run(conversationKey, JSON.stringify(reference), this.now());
  }

  async loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined> {
    const row = this.statements
      .prepare<[string], { reference: string }>('SELECT reference FROM conversation_references WHERE conversation_key = ?')
      .get(conversationKey);
    return row ? (JSON.parse(row.reference) as Record<string, unknown>) : undefined;
  }

  /** Rejects once the file is closed; a local file has no network to lose. */
  async ping(): Promise<void> {
    this.statements
      .prepare('INSERT INTO readiness_probe (id, probed_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at')
      .run(this.now());
  }

  async pendingMigrations(): Promise<number> {
    const applied = this.db.pragma('user_version', { simple: true }) as number;
    return Math.max(0, sqliteMigrations.length - applied);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Leaves out what is not set (no nulls), so cases compare equal whichever store they come from. */
function caseFromRow(row: CaseRow): HandoffCase {
  return {
    ...(JSON.parse(row.request) as Pick<HandoffCase, 'reason' | 'slots' | 'shown' | 'pendingNeeds'>),
    caseId: row.case_id,
    conversationKey: row.conversation_key,
    status: row.status,
    requestedAt: row.requested_at,
    lastCustomerAt: row.last_customer_at,
    ...(row.wait_notice_at !== null ? { waitNoticeAt: row.wait_notice_at } : {}),
    ...(row.agent_id !== null ? { agent: { id: row.agent_id, name: row.agent_name ?? '' } } : {}),
    ...(row.accepted_at !== null ? { acceptedAt: row.accepted_at } : {}),
    ...(row.closed_at !== null ? { closedAt: row.closed_at } : {}),
    ...(row.thread_id !== null ? { threadId: row.thread_id } : {}),
    ...(row.card_activity_id !== null ? { cardActivityId: row.card_activity_id } : {}),
  };
}

function entryFromRow(row: TranscriptRow): TranscriptEntry {
  return {
    conversationKey: row.conversation_key,
    at: row.at,
    direction: row.direction,
    activity: unpackActivity(row.conversation_key, row.activity, row.packing),
    ...(row.outcome !== null ? { outcome: row.outcome } : {}),
  };
}
