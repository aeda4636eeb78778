// A throw-away PostgreSQL database per test file, on the server TEST_DATABASE_URL points at.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

export const skipWithoutPostgres = 'skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run';
// Said in the run's output too, not only in the skipped tests' names, which the default reporter folds away.
if (!testDatabaseUrl) console.warn(`PostgreSQL tests ${skipWithoutPostgres}`);

export type TestDatabase = { url: string; drop(): Promise<void> };

export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `bot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
