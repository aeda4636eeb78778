// The embedded SQLite store: the shared contract on a real file, and what only a database does:
// surviving a restart, migrating once (and upgrading an older file), refusing a second open handoff
// case itself, and not falling over on a corrupt row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/conversation/envelope.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { sqliteMigrations } from '../../src/stores/sqlite/migrations.js';
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
    expect(sqliteMigrations).toHaveLength(7);
    expect(userVersion(file)).toBe(7);

    for (let restart = 0; restart < 2; restart++) await new SqliteStore(file).close();

    expect(userVersion(file)).toBe(7);
    const reopened = new SqliteStore(file);
    try {
      expect(await reopened.load('c1')).toEqual({ envelope, etag });
    } finally {
      await reopened.close();
    }
  });

  it('upgrades a file made by the first version (migration 1 only), keeping its conversations and dropping the unused handoff requests', async () => {
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
      expect(userVersion(file)).toBe(7);
      expect(await store.load('c1')).toEqual({ envelope, etag: '4' });
      await store.appendTranscript([transcriptEntry]);
      expect(await store.readTranscript('c1')).toEqual([transcriptEntry]);
      // The old requests never become cases.
      expect(await store.listCases()).toEqual([]);
      expect(await store.openCase({ caseId: 'C-1', conversationKey: 'c1', request: { reason: 'asked', slots: {}, shown: [] }, at: 6 })).toMatchObject({
        caseId: 'C-1',
        status: 'queued',
      });
    } finally {
      await store.close();
    }
    const schemaObjects = inspect(file, (db) => db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE name LIKE 'handoff_requests%'").all());
    expect(schemaObjects).toEqual([]);
    const sequences = inspect(file, (db) => db.prepare<[], { name: string }>('SELECT name FROM sqlite_sequence').all());
    expect(sequences.map((sequence) => sequence.name)).not.toContain('handoff_requests');
    const indexes = (table: string) =>
      inspect(file, (db) =>
        db.prepare<[string], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name").all(table),
      ).map((index) => index.name);
    expect(indexes('transcripts')).toEqual(expect.arrayContaining(['transcripts_by_conversation', 'transcripts_by_time']));
    expect(indexes('handoff_cases')).toEqual(
      expect.arrayContaining(['handoff_cases_by_thread', 'handoff_cases_one_open_per_conversation', 'handoff_cases_queue']),
    );
  });

  it('upgrades a file of version 3: its transcripts move to the new tables and read back exactly, in order, before newer entries', async () => {
    const file = databaseFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // What the bot wrote before migration 4, as it wrote it: JSON text of each activity, in the old table.
    const reply = (text: string, contentKey: string, labels: string[] = [], outcome?: string) => ({
      type: 'message',
      text,
      textFormat: 'markdown',
      channelData: { contentKey, ...(outcome ? { outcome } : {}) },
      ...(labels.length > 0 ? { suggestedActions: { to: [], actions: labels.map((label) => ({ type: 'imBack', title: label, value: label })) } } : {}),
    });
    const customer = (key: string, id: string, text: string) => ({
      type: 'message',
      id,
      channelId: key.slice(0, key.indexOf(':')),
      conversation: { id: key.slice(key.indexOf(':') + 1) },
      from: { id: 'user-1', name: 'Customer', role: 'user' },
      text,
    });
    const old: TranscriptEntry[] = [
      { conversationKey: 'webchat:b', at: 1000, direction: 'in', activity: customer('webchat:b', 'a1', 'I forgot my password') },
      {
        conversationKey: 'webchat:b',
        at: 1000,
        direction: 'out',
        activity: reply('How was it bought?', 'reset.askCustomerType', ['Through a reseller', 'Pas sûr 🤷']),
      },
      { conversationKey: 'webchat:a', at: 1500, direction: 'in', activity: customer('webchat:a', 'a2', 'Mot de passe oublié 🔐 \u0000') },
      { conversationKey: 'webchat:b', at: 1400, direction: 'in', activity: customer('webchat:b', 'a3', 'Through a reseller') },
      {
        conversationKey: 'webchat:b',
        at: 1400,
        direction: 'out',
        activity: reply('Contact your reseller.', 'reset.reseller', [], 'reset-reseller'),
        outcome: 'reset-reseller',
      },
      { conversationKey: 'webchat:a', at: 1490, direction: 'out', activity: { text: 'keys in an order of their own', type: 'message', unknown: [1, null] } },
    ];
    inspect(file, (db) => {
      for (const migration of sqliteMigrations.slice(0, 3)) db.exec(migration);
      db.pragma('user_version = 3');
      const insert = db.prepare('INSERT INTO transcripts (conversation_key, at, direction, activity, outcome) VALUES (?, ?, ?, ?, ?)');
      // A deleted row first: ids need not start at 1. Within a conversation, times need not be in order.
      insert.run('webchat:gone', 1, 'in', '{"type":"message"}', null);
      db.prepare('DELETE FROM transcripts').run();
      for (const entry of old) insert.run(entry.conversationKey, entry.at, entry.direction, JSON.stringify(entry.activity), entry.outcome ?? null);
      db.prepare('INSERT INTO conversation_references (conversation_key, reference, updated_at) VALUES (?, ?, ?)').run('webchat:b', '{"serviceUrl":"x"}', 0);
    });
    const rawBefore = inspect(file, (db) => db.prepare<[], { activity: string }>('SELECT activity FROM transcripts ORDER BY id').all());

    const store = new SqliteStore(file);
    try {
      expect(userVersion(file)).toBe(7);
      const inB = old.filter((entry) => entry.conversationKey === 'webchat:b');
      const inA = old.filter((entry) => entry.conversationKey === 'webchat:a');
      expect(await store.readTranscript('webchat:b')).toEqual(inB);
      expect(await store.readTranscript('webchat:a')).toEqual(inA);
      expect(await store.readTranscriptsBetween(0, 10_000)).toEqual([...inA, ...inB]);
      // The same JSON text as before, key order included.
      const read = [...(await store.readTranscript('webchat:b')), ...(await store.readTranscript('webchat:a'))];
      expect(read.map((entry) => JSON.stringify(entry.activity)).sort()).toEqual(rawBefore.map((row) => row.activity).sort());
      expect(await store.loadReference('webchat:b')).toEqual({ serviceUrl: 'x' });

      // Entries appended now come after the old ones, and the retention sweep sees old and new alike.
      const later: TranscriptEntry = { conversationKey: 'webchat:b', at: 500, direction: 'in', activity: customer('webchat:b', 'a4', 'yes') };
      await store.appendTranscript([later]);
      expect(await store.readTranscript('webchat:b')).toEqual([...inB, later]);
      expect(await store.deleteTranscriptsBefore(1450)).toBe(5);
      expect(await store.readTranscript('webchat:b')).toEqual([]);
      expect(await store.readTranscript('webchat:a')).toEqual(inA);
    } finally {
      await store.close();
    }
    const tables = inspect(file, (db) => db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all());
    expect(tables.map((table) => table.name)).not.toContain('transcripts_before_4');
    const sequences = inspect(file, (db) => db.prepare<[], { name: string }>('SELECT name FROM sqlite_sequence').all());
    expect(sequences.map((sequence) => sequence.name)).not.toContain('transcripts');
  });

  it("stores the bot's entries without what the codec can put back, and forgets a conversation's number with its last entry", async () => {
    const file = databaseFile();
    const store = new SqliteStore(file);
    const reply = {
      type: 'message',
      text: 'Did that solve it?',
      textFormat: 'markdown',
      channelData: { contentKey: 'common.didItSolve' },
      suggestedActions: { to: [], actions: ['Yes, that solved it', 'No'].map((label) => ({ type: 'imBack', title: label, value: label })) },
    };
    const entries: TranscriptEntry[] = [
      { conversationKey: 'webchat:c1', at: 1000, direction: 'out', activity: reply },
      { conversationKey: 'webchat:c2', at: 2000, direction: 'out', activity: reply },
    ];
    try {
      await store.appendTranscript(entries);

      const rows = inspect(file, (db) =>
        db
          .prepare<[], { conversation_key: string; activity: string; packing: number }>(
            `SELECT conversation_key, activity, packing
             FROM transcripts JOIN transcript_conversations c ON c.id = transcripts.conversation ORDER BY transcripts.id`,
          )
          .all(),
      );
      expect(rows.map((row) => row.conversation_key)).toEqual(['webchat:c1', 'webchat:c2']);
      expect(rows[0]!.activity).toBe(
        '{"text":"Did that solve it?","channelData":{"contentKey":"common.didItSolve"},"suggestedActions":{"actions":["Yes, that solved it","No"]}}',
      );
      expect(rows[0]!.packing).not.toBe(0);
      expect(await store.readTranscript('webchat:c1')).toEqual([entries[0]]);

      expect(await store.deleteTranscriptsBefore(1500)).toBe(1);
      const numbered = inspect(file, (db) => db.prepare<[], { conversation_key: string }>('SELECT conversation_key FROM transcript_conversations').all());
      expect(numbered).toEqual([{ conversation_key: 'webchat:c2' }]);
      // A conversation whose number was forgotten is numbered afresh when it writes again.
      await store.appendTranscript([{ ...entries[0]!, at: 3000 }]);
      expect(await store.readTranscript('webchat:c1')).toEqual([{ ...entries[0], at: 3000 }]);
      expect(await store.readTranscript('webchat:c2')).toEqual([entries[1]]);
    } finally {
      await store.close();
    }
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
