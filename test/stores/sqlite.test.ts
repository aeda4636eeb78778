// The embedded SQLite store: the shared contract on a real file, and what only a database does:
// surviving a restart, refusing a second open handoff case itself, and not falling over on a corrupt
// row. Migrations: sqlite-migrations.test.ts.
import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/conversation/envelope.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { databaseFile, inspect } from './sqlite-file.js';
import { storeContract } from './store.contract.js';

const envelope = { machineId: 'support', version: 1, snapshot: { status: 'active' }, updatedAt: 1 };
const transcriptEntry: TranscriptEntry = {
  conversationKey: 'c1',
  at: 7,
  direction: 'out',
  activity: { type: 'message', text: 'hi' },
  outcome: 'resolved',
};

storeContract('SqliteStore', () => Promise.resolve({ store: new SqliteStore(databaseFile(), () => 1_700_000_000_000) }));

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
