// PostgresStores on the server TEST_DATABASE_URL points at, for the store's own tests: each store in a
// schema of its own (bot_test_<run>_<n>) that the store creates and the file's afterAll drops, so
// test files and runs never see each other's rows. Also the small values those tests store.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { NewCase } from '../../src/ports/handoff-queue.js';
import { PostgresStore, type PostgresStoreOptions } from '../../src/stores/postgres.js';
import { skipWithoutPostgres, testDatabaseUrl } from './postgres.js';

export type PostgresStores = {
  /** A schema name nobody else uses; dropped after the file. */
  freshSchema: () => string;
  dropSchema: (schema: string) => Promise<void>;
  /** Opens a store that is closed after the test. */
  openStore: (schema: string, options?: PostgresStoreOptions, databaseUrl?: string) => Promise<PostgresStore>;
  /** Closes `store` after the test (for a store opened some other way). */
  closeAfterTest: (store: PostgresStore) => void;
  /** A pool on the server for looking behind the store's back; open from beforeAll on. */
  admin: () => pg.Pool;
};

/** Registers the hooks that open the admin pool, close each test's stores and drop the schemas. */
export function usePostgresStores(url: string): PostgresStores {
  const run = randomBytes(4).toString('hex');
  let schemaCount = 0;
  const createdSchemas: string[] = [];
  const open: PostgresStore[] = [];
  let admin: pg.Pool | undefined;
  const adminPool = (): pg.Pool => {
    if (!admin) throw new Error('usePostgresStores: the admin pool opens in beforeAll');
    return admin;
  };
  const dropSchema = async (schema: string): Promise<void> => {
    await adminPool().query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  };

  beforeAll(() => {
    admin = new pg.Pool({ connectionString: url, max: 2 });
  });

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  afterAll(async () => {
    for (const schema of createdSchemas) await dropSchema(schema);
    await admin?.end();
  });

  return {
    freshSchema: () => {
      const schema = `bot_test_${run}_${++schemaCount}`;
      createdSchemas.push(schema);
      return schema;
    },
    dropSchema,
    openStore: async (schema, options = {}, databaseUrl = url) => {
      const store = await PostgresStore.open(databaseUrl, { schema, ...options });
      open.push(store);
      return store;
    },
    closeAfterTest: (store) => {
      open.push(store);
    },
    admin: adminPool,
  };
}

/** A conversation envelope that differs by `step`. */
export const envelope = (step: number) => ({ machineId: 'support', version: 1, snapshot: { status: 'active', step }, updatedAt: step });

export const newCase = (caseId: string, conversationKey: string, at: number): NewCase => ({
  caseId,
  conversationKey,
  request: { reason: 'asked', slots: { need: 'reset_password' }, shown: [] },
  at,
});

/** The title of a describe of PostgresStore tests, saying how to run them when they are skipped. */
export const postgresStoreTitle = testDatabaseUrl ? 'PostgresStore on TEST_DATABASE_URL' : `PostgresStore (${skipWithoutPostgres})`;
