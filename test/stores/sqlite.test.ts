// The embedded SQLite store: the shared contract on a real file, and what only a database does:
// surviving a restart, migrating once, and not falling over on a corrupt row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/conversation/envelope.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { snapshotStoreContract } from './snapshot-store.contract.js';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A database file path in a fresh temporary folder (the store creates the file and its sub-folder). */
function databaseFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-store-'));
  tempDirs.push(dir);
  return path.join(dir, 'data', 'bot.sqlite');
}

/** Reads the file directly, as an operator would, without going through the store. */
function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const userVersion = (file: string) => inspect(file, (db) => db.pragma('user_version', { simple: true }));

const envelope = { machineId: 'support', version: 1, snapshot: { status: 'active' }, updatedAt: 1 };

snapshotStoreContract('SqliteStore', async () => {
  const store = new SqliteStore(databaseFile(), () => 1_700_000_000_000);
  return { store, dispose: () => store.close() };
});

describe('SqliteStore: a real file', () => {
  it('keeps conversations and handoff requests across closing and reopening the file', async () => {
    const file = databaseFile();
    const first = new SqliteStore(file);
    const etag = await first.save('c1', envelope, undefined);
    await first.recordHandoff({ conversationKey: 'c1', requestedAt: 5, status: 'open', reason: 'asked', slots: {}, shown: [] });
    first.close();

    const reopened = new SqliteStore(file);
    try {
      expect(await reopened.load('c1')).toEqual({ envelope, etag });
      expect(await reopened.listHandoffs()).toEqual([
        { conversationKey: 'c1', requestedAt: 5, status: 'open', reason: 'asked', slots: {}, shown: [] },
      ]);
      await expect(reopened.save('c1', envelope, etag)).resolves.not.toBe(etag);
    } finally {
      reopened.close();
    }
  });

  it('migrates a new file once: reopening leaves user_version at 1 and the data intact', async () => {
    const file = databaseFile();
    const first = new SqliteStore(file);
    const etag = await first.save('c1', envelope, undefined);
    first.close();
    expect(userVersion(file)).toBe(1);

    for (let restart = 0; restart < 2; restart++) new SqliteStore(file).close();

    expect(userVersion(file)).toBe(1);
    const reopened = new SqliteStore(file);
    try {
      expect(await reopened.load('c1')).toEqual({ envelope, etag });
    } finally {
      reopened.close();
    }
  });

  it('loads a row with corrupt JSON as an envelope the runner will not trust, instead of throwing', async () => {
    const file = databaseFile();
    new SqliteStore(file).close();
    inspect(file, (db) =>
      db
        .prepare('INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES (?, ?, ?, ?)')
        .run('c1', '{"machineId":"support","snapshot":{', 7, 0),
    );

    const store = new SqliteStore(file);
    try {
      const loaded = await store.load('c1');

      expect(loaded).toBeDefined();
      expect(envelopeSchema.safeParse(loaded?.envelope).success).toBe(false);
      // The runner starts afresh and saves over the broken row with the etag it was given.
      await expect(store.save('c1', envelope, loaded?.etag)).resolves.toEqual(expect.any(String));
      expect((await store.load('c1'))?.envelope).toEqual(envelope);
    } finally {
      store.close();
    }
  });
});
