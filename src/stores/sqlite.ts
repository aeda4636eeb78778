// The embedded default store: one SQLite file under the data directory, so `npm start` keeps every
// conversation across restarts with nothing to install or run.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreConflict } from '../errors.js';
import type { HandoffRecord, StoredConversation } from '../ports/snapshot-store.js';
import type { Store, TranscriptEntry } from '../ports/store.js';

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
];

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(file: string, private readonly now: () => number = Date.now) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
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
    const row = this.db
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
      const inserted = this.db
        .prepare('INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING')
        .run(conversationKey, json, now);
      if (inserted.changes === 0) throw new StoreConflict(conversationKey);
      return '1';
    }
    const next = Number(expectedEtag) + 1;
    const updated = this.db
      .prepare('UPDATE conversations SET envelope = ?, etag = ?, updated_at = ? WHERE conversation_key = ? AND etag = ?')
      .run(json, next, now, conversationKey, Number(expectedEtag));
    if (updated.changes === 0) throw new StoreConflict(conversationKey);
    return String(next);
  }

  async recordHandoff(record: HandoffRecord): Promise<void> {
    const { conversationKey, requestedAt, status, ...request } = record;
    this.db
      .prepare('INSERT INTO handoff_requests (conversation_key, requested_at, status, request) VALUES (?, ?, ?, ?)')
      .run(conversationKey, requestedAt, status, JSON.stringify(request));
  }

  async cancelHandoff(conversationKey: string): Promise<void> {
    this.db.prepare("UPDATE handoff_requests SET status = 'cancelled' WHERE conversation_key = ? AND status = 'open'").run(conversationKey);
  }

  async listHandoffs(): Promise<HandoffRecord[]> {
    const rows = this.db
      .prepare<[], { conversation_key: string; requested_at: number; status: HandoffRecord['status']; request: string }>(
        'SELECT conversation_key, requested_at, status, request FROM handoff_requests ORDER BY id',
      )
      .all();
    return rows.map((row) => ({
      ...(JSON.parse(row.request) as Omit<HandoffRecord, 'conversationKey' | 'requestedAt' | 'status'>),
      conversationKey: row.conversation_key,
      requestedAt: row.requested_at,
      status: row.status,
    }));
  }

  async appendTranscript(entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const insert = this.db.prepare(
      'INSERT INTO transcripts (conversation_key, at, direction, activity, outcome) VALUES (?, ?, ?, ?, ?)',
    );
    // One transaction: the entries of a call land together, in order.
    this.db.transaction(() => {
      for (const entry of entries) {
        insert.run(entry.conversationKey, entry.at, entry.direction, JSON.stringify(entry.activity), entry.outcome ?? null);
      }
    })();
  }

  async readTranscript(conversationKey: string): Promise<TranscriptEntry[]> {
    const rows = this.db
      .prepare<[string], { at: number; direction: TranscriptEntry['direction']; activity: string; outcome: string | null }>(
        'SELECT at, direction, activity, outcome FROM transcripts WHERE conversation_key = ? ORDER BY id',
      )
      .all(conversationKey);
    return rows.map((row) => ({
      conversationKey,
      at: row.at,
      direction: row.direction,
      activity: JSON.parse(row.activity) as Record<string, unknown>,
      ...(row.outcome !== null ? { outcome: row.outcome } : {}),
    }));
  }

  async deleteTranscriptsBefore(cutoff: number): Promise<number> {
    return this.db.prepare('DELETE FROM transcripts WHERE at < ?').run(cutoff).changes;
  }

  async saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO conversation_references (conversation_key, reference, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      )
      .run(conversationKey, JSON.stringify(reference), this.now());
  }

  async loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined> {
    const row = this.db
      .prepare<[string], { reference: string }>('SELECT reference FROM conversation_references WHERE conversation_key = ?')
      .get(conversationKey);
    return row ? (JSON.parse(row.reference) as Record<string, unknown>) : undefined;
  }

  /** Rejects once the file is closed; a local file has no network to lose. */
  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
