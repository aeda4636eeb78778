// The PostgreSQL store against the shared store contract (the behaviour every store must have), on a
// real server. What only a shared database does: postgres-shared.test.ts; a database that is away:
// postgres-outage.test.ts; migrations: postgres-migrations.test.ts.
import { describe } from 'vitest';
import { PostgresStore } from '../../src/stores/postgres.js';
import { postgresStoreTitle, usePostgresStores } from '../support/postgres-stores.js';
import { testDatabaseUrl } from '../support/postgres.js';
import { storeContract } from './store.contract.js';

describe.skipIf(!testDatabaseUrl)(postgresStoreTitle, () => {
  const url = testDatabaseUrl ?? '';
  const { freshSchema, dropSchema } = usePostgresStores(url);

  storeContract('PostgresStore', async () => {
    const schema = freshSchema();
    const store = await PostgresStore.open(url, { schema, now: () => 1_700_000_000_000 });
    return { store, dispose: () => dropSchema(schema) };
  });
});
