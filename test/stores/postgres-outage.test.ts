// The PostgreSQL store when its database is away, through a TCP proxy that can stall or cut the
// connection: calls fail within the configured timeouts instead of hanging, and work again once the
// database is back.
import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/stores/postgres.js';
import { envelope, postgresStoreTitle, usePostgresStores } from '../support/postgres-stores.js';
import { testDatabaseUrl } from '../support/postgres.js';
import { startProxy } from './tcp-proxy.js';

describe.skipIf(!testDatabaseUrl)(postgresStoreTitle, () => {
  const url = testDatabaseUrl ?? '';
  const { freshSchema, openStore, closeAfterTest } = usePostgresStores(url);

  describe('PostgresStore: a database that is away', () => {
    it('rejects ping, and open, within a few seconds when nothing listens on the port', async () => {
      const down = new URL(url);
      down.hostname = '127.0.0.1';
      down.port = '1';
      const store = PostgresStore.connect(down.toString(), { schema: freshSchema() });
      closeAfterTest(store);

      const pingMs = await elapsedMs(() => expect(store.ping()).rejects.toThrow());
      const openMs = await elapsedMs(() => expect(PostgresStore.open(down.toString(), { schema: freshSchema() })).rejects.toThrow());

      expect(pingMs).toBeLessThan(3_000);
      expect(openMs).toBeLessThan(3_000);
    });

    it('rejects within the timeouts when the database stops answering, and works again when it is back', async () => {
      const proxy = await startProxy(new URL(url));
      try {
        const idleErrors: Error[] = [];
        const onIdleError = (error: Error) => idleErrors.push(error);
        const store = await openStore(freshSchema(), { statementTimeoutMillis: 500, connectionTimeoutMillis: 1_000, onIdleError }, proxy.url);
        await store.save('c1', envelope(1), undefined);

        proxy.freeze();

        // The pooled connection is open but nothing comes back: the client-side query timeout.
        const loadMs = await elapsedMs(() => expect(store.load('c1')).rejects.toThrow(/timeout/i));
        // A new connection gets no answer to its start-up: the connection timeout.
        const pingMs = await elapsedMs(() => expect(store.ping()).rejects.toThrow(/timeout/i));
        expect(loadMs).toBeLessThan(4_000);
        expect(pingMs).toBeLessThan(4_000);

        proxy.thaw();
        await expect(store.ping()).resolves.toBeUndefined();
        expect((await store.load('c1'))?.envelope).toEqual(envelope(1));

        proxy.cut();

        await waitFor(() => idleErrors.length > 0);
        const refusedMs = await elapsedMs(() => expect(store.ping()).rejects.toThrow());
        expect(refusedMs).toBeLessThan(4_000);

        proxy.restore();
        await expect(store.ping()).resolves.toBeUndefined();
        await expect(store.save('c1', envelope(2), '1')).resolves.toBe('2');
      } finally {
        await proxy.close();
      }
    });
  });
});

const elapsedMs = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
