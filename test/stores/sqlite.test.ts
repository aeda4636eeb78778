// The embedded SQLite store: the shared contract on a real file, and what only a database does:
// surviving a restart, migrating once (and upgrading an older file), refusing a second open handoff
// case itself, and not falling over on a corrupt row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/conversation/envelope.js';
import type { TranscriptEntry } from '../../src/ports/store.js';
import { SqliteStore, sqliteMigrations } from '../../src/stores/sqlite.js';
import { storeContract } from './store.contract.js';

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
const transcriptEntry: TranscriptEntry = {
  conversationKey: 'c1',
  at: 7,
  direction: 'out',
  activity: { type: 'message', text: 'hi' },
  outcome: 'resolved',
};

storeContract('SqliteStore', async () => ({ store: new SqliteStore(databaseFile(), () => 1_700_000_000_000) }));

describe('SqliteStore: a real file', () => {
  it('keeps conversations, handoff cases, transcripts and references across closing and reopening the file', async () => {
    const file = databaseFile();
    const first = new SqliteStore(file);
    const etag = await first.save('c1', envelope, undefined);
    await first.openCase({ caseId: 'C-1', conversationKey: 'c1', request: { reason: 'asked', slots: {}, shown: [] }, at: 5 });
    await first.openCase({ caseId: 'C-2', conversationKey: 'c2', request: { reason: 'stuck', slots: {}, shown: [] }, at: 6 });
    await first.openCase({ caseId: 'C-3', conversationKey: 'c3', request: { reason: 'stuck', slots: {}, shown: [] }, at: 7 });
    const accepted = await first.accept('C-1', { id: 'agent-alice', name: 'Alice' }, 8);
    await first.attachCard('C-2', 'thread-2', 'activity-2');
    await first.appendTranscript([transcriptEntry]);
    await first.saveReference('c1', { conversation: { id: 'c1' }, serviceUrl: 'https://directline.example/' });
    await first.close();

    const reopened = new SqliteStore(file);
    try {
      expect(await reopened.load('c1')).toEqual({ envelope, etag });
      expect(await reopened.listCases()).toEqual([
        accepted,
        {
          caseId: 'C-2',
          conversationKey: 'c2',
          status: 'queued',
          requestedAt: 6,
          lastCustomerAt: 6,
          threadId: 'thread-2',
          cardActivityId: 'activity-2',
          reason: 'stuck',
          slots: {},
          shown: [],
        },
        { caseId: 'C-3', conversationKey: 'c3', status: 'queued', requestedAt: 7, lastCustomerAt: 7, reason: 'stuck', slots: {}, shown: [] },
      ]);
      expect(await reopened.positionOf('C-3')).toBe(2);
      expect((await reopened.caseOfThread('thread-2'))?.caseId).toBe('C-2');
      expect(await reopened.openCase({ caseId: 'C-4', conversationKey: 'c1', request: { reason: 'asked', slots: {}, shown: [] }, at: 9 })).toEqual(accepted);
      expect(await reopened.readTranscript('c1')).toEqual([transcriptEntry]);
      expect(await reopened.loadReference('c1')).toEqual({ conversation: { id: 'c1' }, serviceUrl: 'https://directline.example/' });
      await expect(reopened.save('c1', envelope, etag)).resolves.not.toBe(etag);
    } finally {
      await reopened.close();
    }
  });

  it('migrates a new file once: reopening leaves user_version at the latest migration and the data intact', async () => {
    const file = databaseFile();
    const first = new SqliteStore(file);
    const etag = await first.save('c1', envelope, undefined);
    await first.close();
    expect(sqliteMigrations).toHaveLength(3);
    expect(userVersion(file)).toBe(3);

    for (let restart = 0; restart < 2; restart++) await new SqliteStore(file).close();

    expect(userVersion(file)).toBe(3);
    const reopened = new SqliteStore(file);
    try {
      expect(await reopened.load('c1')).toEqual({ envelope, etag });
    } finally {
      await reopened.close();
    }
  });

  it('upgrades a file made by the first version (migration 1 only), keeping its conversations and handoff requests', async () => {
    const file = databaseFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    inspect(file, (db) => {
      db.exec(sqliteMigrations[0]!);
      db.pragma('user_version = 1');
      db.prepare('INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES (?, ?, ?, ?)').run(
        'c1',
        JSON.stringify(envelope),
        4,
        0,
      );
      db.prepare('INSERT INTO handoff_requests (conversation_key, requested_at, status, request) VALUES (?, ?, ?, ?)').run(
        'c1',
        5,
        'open',
        JSON.stringify({ reason: 'asked', slots: {}, shown: [] }),
      );
    });

    const store = new SqliteStore(file);
    try {
      expect(userVersion(file)).toBe(3);
      expect(await store.load('c1')).toEqual({ envelope, etag: '4' });
      await store.appendTranscript([transcriptEntry]);
      expect(await store.readTranscript('c1')).toEqual([transcriptEntry]);
      // The old requests stay where they were; they do not become cases.
      expect(await store.listCases()).toEqual([]);
      expect(await store.openCase({ caseId: 'C-1', conversationKey: 'c1', request: { reason: 'asked', slots: {}, shown: [] }, at: 6 })).toMatchObject({
        caseId: 'C-1',
        status: 'queued',
      });
    } finally {
      await store.close();
    }
    const requests = inspect(file, (db) => db.prepare('SELECT conversation_key, requested_at, status FROM handoff_requests').all());
    expect(requests).toEqual([{ conversation_key: 'c1', requested_at: 5, status: 'open' }]);
    const indexes = (table: string) =>
      inspect(file, (db) =>
        db.prepare<[string], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name").all(table),
      ).map((index) => index.name);
    expect(indexes('transcripts')).toEqual(expect.arrayContaining(['transcripts_by_conversation', 'transcripts_by_time']));
    expect(indexes('handoff_cases')).toEqual(
      expect.arrayContaining(['handoff_cases_by_thread', 'handoff_cases_one_open_per_conversation', 'handoff_cases_queue']),
    );
  });

  it('refuses, in the file itself, a second open case for a conversation, and a status outside the list', async () => {
    const file = databaseFile();
    const store = new SqliteStore(file);
    await store.openCase({ caseId: 'C-1', conversationKey: 'c1', request: { reason: 'asked', slots: {}, shown: [] }, at: 5 });
    await store.close();
    const insert = (caseId: string, status: string) =>
      inspect(file, (db) =>
        db
          .prepare("INSERT INTO handoff_cases (case_id, conversation_key, status, requested_at, last_customer_at, request) VALUES (?, 'c1', ?, 6, 6, '{}')")
          .run(caseId, status),
      );

    expect(() => insert('C-2', 'queued')).toThrow(/UNIQUE/);
    expect(() => insert('C-2', 'accepted')).toThrow(/UNIQUE/);
    expect(() => insert('C-2', 'open')).toThrow(/CHECK/);
    expect(() => insert('C-2', 'closed')).not.toThrow();
  });

  it('rejects a ping once closed', async () => {
    const store = new SqliteStore(databaseFile());
    await store.ping();

    await store.close();

    await expect(store.ping()).rejects.toThrow();
  });

  it('loads a row with corrupt JSON as an envelope the runner will not trust, instead of throwing', async () => {
    const file = databaseFile();
    await new SqliteStore(file).close();
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
      await store.close();
    }
  });
});
