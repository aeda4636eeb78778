// The SQLite schema: a new file migrated once, and files of older versions upgraded without losing
// or reordering anything (the handoff_requests table of version 1 dropped by 7).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { sqliteMigrations } from '../../src/stores/sqlite/migrations.js';
import { databaseFile, inspect, userVersion } from './sqlite-file.js';

const envelope = { machineId: 'support', version: 1, snapshot: { status: 'active' }, updatedAt: 1 };
const transcriptEntry: TranscriptEntry = {
  conversationKey: 'c1',
  at: 7,
  direction: 'out',
  activity: { type: 'message', text: 'hi' },
  outcome: 'resolved',
};

describe('SqliteStore: migrations', () => {
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
      db.prepare('INSERT INTO conversations (conversation_key, envelope, etag, updated_at) VALUES (?, ?, ?, ?)').run('c1', JSON.stringify(envelope), 4, 0);
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
});
