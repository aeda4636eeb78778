// Chooses the store from configuration: PostgreSQL when DATABASE_URL is set (several instances share
// it), otherwise the embedded SQLite file under the data directory.
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from 'pino';
import type { Store } from '../ports/store.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';

export const databaseFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'bot.sqlite');

export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, logger: Logger): Promise<Store> {
  if (config.databaseUrl) {
    return PostgresStore.open(config.databaseUrl, {
      onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection failed; the pool replaces it'),
    });
  }
  return new SqliteStore(databaseFile(config));
}
