// SQLite files for the store tests, in temporary folders removed after each test, and read directly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A database file path in a fresh temporary folder (the store creates the file and its sub-folder). */
export function databaseFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-store-'));
  tempDirs.push(dir);
  return path.join(dir, 'data', 'bot.sqlite');
}

/** Reads the file directly, as an operator would, without going through the store. */
export function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export const userVersion = (file: string) => inspect(file, (db) => db.pragma('user_version', { simple: true }));
