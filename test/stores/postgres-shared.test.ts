// The PostgreSQL store doing what only a shared database does, on a real server: keeping everything
// across a restart, and two instances racing on one etag, on accepting one case and on one
// conversation's open case, where exactly one must win every time.
import { describe, expect, it } from 'vitest';
import { StoreConflict } from '../../src/errors.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import { PostgresStore } from '../../src/stores/postgres.js';
import { envelope, newCase, postgresStoreTitle, usePostgresStores } from '../support/postgres-stores.js';
import { testDatabaseUrl } from '../support/postgres.js';

describe.skipIf(!testDatabaseUrl)(postgresStoreTitle, () => {
  const url = testDatabaseUrl ?? '';
  const { freshSchema, openStore, admin } = usePostgresStores(url);

  describe('PostgresStore: a shared database', () => {
    it('keeps everything across closing and reopening, without migrating again', async () => {
      const schema = freshSchema();
      const entry: TranscriptEntry = {
        conversationKey: 'c1',
        at: 1_700_000_000_001,
        direction: 'out',
        activity: { type: 'message', text: 'hi' },
        outcome: 'resolved',
      };
      const first = await PostgresStore.open(url, { schema });
      const etag = await first.save('c1', envelope(1), undefined);
      await first.openCase(newCase('C-1', 'c1', 1_700_000_000_002));
      await first.openCase(newCase('C-2', 'c2', 1_700_000_000_003));
      await first.openCase(newCase('C-3', 'c3', 1_700_000_000_004));
      const accepted = await first.accept('C-1', { id: 'agent-alice', name: 'Alice' }, 1_700_000_000_005);
      await first.attachCard('C-2', 'thread-2', 'activity-2');
      await first.markWaitNotice('C-3', 1_700_000_000_006);
      await first.appendTranscript([entry]);
      await first.saveReference('c1', { conversation: { id: 'c1' }, serviceUrl: 'https://directline.example/' });
      const migrated = await admin().query(`SELECT version, applied_at FROM ${schema}.schema_migrations ORDER BY version`);
      await first.close();

      const reopened = await openStore(schema);

      expect(await reopened.load('c1')).toEqual({ envelope: envelope(1), etag });
      expect(await reopened.listCases()).toEqual([
        accepted,
        {
          ...newCase('C-2', 'c2', 0).request,
          caseId: 'C-2',
          conversationKey: 'c2',
          status: 'queued',
          requestedAt: 1_700_000_000_003,
          lastCustomerAt: 1_700_000_000_003,
          threadId: 'thread-2',
          cardActivityId: 'activity-2',
        },
        {
          ...newCase('C-3', 'c3', 0).request,
          caseId: 'C-3',
          conversationKey: 'c3',
          status: 'queued',
          requestedAt: 1_700_000_000_004,
          lastCustomerAt: 1_700_000_000_004,
          waitNoticeAt: 1_700_000_000_006,
        },
      ]);
      expect(await reopened.positionOf('C-3')).toBe(2);
      expect((await reopened.caseOfThread('thread-2'))?.caseId).toBe('C-2');
      expect(await reopened.openCase(newCase('C-4', 'c1', 1_700_000_000_007))).toEqual(accepted);
      expect(await reopened.readTranscript('c1')).toEqual([entry]);
      expect(await reopened.loadReference('c1')).toEqual({ conversation: { id: 'c1' }, serviceUrl: 'https://directline.example/' });
      await expect(reopened.save('c1', envelope(2), etag)).resolves.not.toBe(etag);
      expect((await admin().query(`SELECT version, applied_at FROM ${schema}.schema_migrations ORDER BY version`)).rows).toEqual(migrated.rows);
    });

    it('lets exactly one of two instances win a race on the same etag, every time, and never overwrites', async () => {
      const schema = freshSchema();
      const a = await openStore(schema);
      const b = await openStore(schema);

      const inserts = await Promise.allSettled([a.save('c1', envelope(0), undefined), b.save('c1', envelope(0.5), undefined)]);
      expectOneWinner(inserts);
      let etag = (await a.load('c1'))!.etag;

      for (let round = 1; round <= 10; round++) {
        const [fromA, fromB] = [envelope(round * 10 + 1), envelope(round * 10 + 2)];

        const saves = await Promise.allSettled([a.save('c1', fromA, etag), b.save('c1', fromB, etag)]);

        const winner = expectOneWinner(saves);
        const stored = await b.load('c1');
        expect(stored).toEqual({ envelope: winner === 0 ? fromA : fromB, etag: (saves[winner] as PromiseFulfilledResult<string>).value });
        etag = stored!.etag;
      }
    });

    it('lets exactly one accept win when two instances race for the same case, every time', async () => {
      const schema = freshSchema();
      const a = await openStore(schema);
      const b = await openStore(schema);

      for (let round = 1; round <= 10; round++) {
        const caseId = `C-${round}`;
        await a.openCase(newCase(caseId, `c${round}`, round));
        // Five agents behind each instance: ten accepts in flight, over two pools.
        const contenders = Array.from({ length: 10 }, (_, n) => ({
          store: n % 2 === 0 ? a : b,
          agent: { id: `agent-${round}-${n}`, name: `Agent ${n}` },
        }));

        const results = await Promise.all(contenders.map(({ store, agent }) => store.accept(caseId, agent, 1_000 + round)));

        const winners = results.filter((result) => result !== undefined);
        expect(winners).toHaveLength(1);
        const winner = contenders[results.findIndex((result) => result !== undefined)]!;
        expect(await b.getCase(caseId)).toEqual({ ...winners[0], agent: winner.agent });
        expect(await a.listAcceptedBy(winner.agent.id)).toEqual(winners);
      }
    });

    it('keeps one open case per conversation when two instances open one for it at the same time', async () => {
      const schema = freshSchema();
      const a = await openStore(schema);
      const b = await openStore(schema);

      for (let round = 1; round <= 10; round++) {
        const conversationKey = `c${round}`;

        const opened = await Promise.all([
          a.openCase(newCase(`A-${round}`, conversationKey, round)),
          b.openCase(newCase(`B-${round}`, conversationKey, round)),
          a.openCase(newCase(`A2-${round}`, conversationKey, round)),
          b.openCase(newCase(`B2-${round}`, conversationKey, round)),
        ]);

        expect(new Set(opened.map((handoffCase) => handoffCase.caseId)).size).toBe(1);
        expect(await b.openCaseOf(conversationKey)).toEqual(opened[0]);
      }
      expect(await a.listCases()).toHaveLength(10);
    });

    it('refuses, in the database itself, a second open case for a conversation', async () => {
      const schema = freshSchema();
      const store = await openStore(schema);
      await store.openCase(newCase('C-1', 'c1', 1));
      const insert = (caseId: string, status: string) =>
        admin().query(
          `INSERT INTO ${schema}.handoff_cases (case_id, conversation_key, status, requested_at, last_customer_at, request) VALUES ($1, 'c1', $2, 2, 2, '{}')`,
          [caseId, status],
        );

      await expect(insert('C-2', 'accepted')).rejects.toThrow(/handoff_cases_one_open_per_conversation/);
      await expect(insert('C-2', 'open')).rejects.toThrow(/check constraint/);
      await expect(insert('C-2', 'cancelled')).resolves.toBeDefined();
    });

    it('refuses an etag that is not one of its own without touching the row', async () => {
      const store = await openStore(freshSchema());
      await store.save('c1', envelope(1), undefined);

      for (const foreign of ['*', '', 'abc', '1.5', '-1', '99999999999999999999']) {
        await expect(store.save('c1', envelope(2), foreign)).rejects.toBeInstanceOf(StoreConflict);
      }

      expect(await store.load('c1')).toEqual({ envelope: envelope(1), etag: '1' });
    });

    it('rejects a schema name it would have to quote', () => {
      expect(() => PostgresStore.connect(url, { schema: 'bad"; DROP TABLE x; --' })).toThrow(/schema name/);
    });
  });
});

/** Asserts that exactly one of two racing saves won and the other met StoreConflict; returns the winner's index. */
function expectOneWinner(results: PromiseSettledResult<string>[]): number {
  expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  const loser = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  expect(loser?.reason).toBeInstanceOf(StoreConflict);
  return results.findIndex((result) => result.status === 'fulfilled');
}
