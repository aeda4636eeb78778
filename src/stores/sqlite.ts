// The embedded default store: one SQLite file under the data directory, so `npm start` keeps every
// conversation across restarts with nothing to install or run.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreConflict } from '../errors.js';
import type { HandoffRecord, HandoffRequestStore, SnapshotStore, StoredConversation } from '../ports/snapshot-store.js';

/** Versioned schema changes, applied in order at open; PRAGMA user_version records how far. */
const migrations: string[] = [
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
];

export class SqliteStore implements SnapshotStore, HandoffRequestStore {
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
      for (let version = current; version < migrations.length; version++) {
        this.db.exec(migrations[version]!);
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

  close(): void {
    this.db.close();
  }
}
