// Opening the SQLite file: settings for a turn's writes, statements compiled once, and the migrations
// applied; readiness and closing, which ask the file itself.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StoreHealth } from '../../ports/store.js';
import { sqliteMigrations } from './migrations.js';
import { promised } from '../promised.js';

export type SqliteDatabase = {
  db: Database.Database;
  /** Compiles a statement once and reuses it: compiling one per call was a measurable share of a turn. */
  prepare: Database.Database['prepare'];
};

export function openSqlite(file: string): SqliteDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  const compiled = new Map<string, Database.Statement>();
  const prepare = ((sql: string) => {
    let statement = compiled.get(sql);
    if (!statement) compiled.set(sql, (statement = db.prepare(sql)));
    return statement;
  }) as Database.Database['prepare'];
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints instead of on every commit: a crash of the process loses
  // nothing, a power cut may lose the last turns but never corrupts the file. FULL made each of a
  // turn's writes wait for the disk.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return { db, prepare };
}

function migrate(db: Database.Database): void {
  const apply = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let version = current; version < sqliteMigrations.length; version++) {
      db.exec(sqliteMigrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  apply.immediate();
}

export function sqliteHealth({ db, prepare }: SqliteDatabase, now: () => number): StoreHealth {
  return promised<StoreHealth>({
    /** Rejects once the file is closed, or when it cannot be written; a local file has no network to lose. */
    ping() {
      prepare('INSERT INTO readiness_probe (id, probed_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at').run(now());
    },

    pendingMigrations() {
      const applied = db.pragma('user_version', { simple: true }) as number;
      return Math.max(0, sqliteMigrations.length - applied);
    },

    close() {
      db.close();
    },
  });
}
