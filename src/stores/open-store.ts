// Chooses the store from configuration: PostgreSQL when DATABASE_URL is set (several instances share
// it), otherwise the embedded SQLite file under the data directory. A store that cannot be opened
// ends in StoreUnavailable, one line that says which store, where, and why; a PostgreSQL server that
// does not answer yet (still starting, a container not up) is tried again with a growing wait first.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from 'pino';
import { StoreUnavailable } from '../errors.js';
import type { Store } from '../ports/store.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';

export const databaseFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'bot.sqlite');

/** Network failures and "the database system is starting up": waiting may help. Wrong passwords or database names will not. */
const transientCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', '57P03']);

const reasonOf = (error: unknown): string => {
  const { code, message } = error as { code?: string; message?: string };
  // pg's timeout error has no code; its message names no secret.
  return [code, message].filter(Boolean).join(' ') || String(error);
};

/** Where the store is, never with its password. */
const describeDatabase = (databaseUrl: string): string => {
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openStore(
  config: Pick<Config, 'dataDir' | 'databaseUrl'> & Partial<Pick<Config, 'databaseConnectAttempts'>>,
  logger: Logger,
): Promise<Store> {
  if (config.databaseUrl) {
    const where = describeDatabase(config.databaseUrl);
    const attempts = config.databaseConnectAttempts ?? 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await PostgresStore.open(config.databaseUrl, {
          onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection failed; the pool replaces it'),
        });
      } catch (error) {
        const reason = reasonOf(error);
        const transient = transientCodes.has((error as { code?: string }).code ?? '') || /timeout/i.test(reason);
        if (!transient || attempt >= attempts) {
          throw new StoreUnavailable(`cannot open ${where}: ${reason}${transient ? ` (tried ${attempt} times)` : ''}`);
        }
        const waitMs = 500 * 2 ** (attempt - 1);
        logger.warn({ store: where, attempt, of: attempts, waitMs, reason }, 'the database does not answer yet; trying again');
        await sleep(waitMs);
      }
    }
  }
  const file = databaseFile(config);
  const blocked = unwritable(file);
  if (blocked) throw new StoreUnavailable(`cannot open the SQLite database ${file}: ${blocked}`);
  try {
    return new SqliteStore(file);
  } catch (error) {
    throw new StoreUnavailable(`cannot open the SQLite database ${file}: ${reasonOf(error)}`);
  }
}

/**
 * Why the database file, or the folder it would be made in, cannot be written; undefined when it can.
 * Asked before opening: a recursive mkdir on a read-only file system reports a misleading ENOENT.
 */
function unwritable(file: string): string | undefined {
  let existing = fs.existsSync(file) ? file : path.dirname(file);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  try {
    fs.accessSync(existing, fs.constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'EROFS' ? 'a read-only file system' : code === 'EACCES' ? 'no permission to write' : code;
    return `${existing} cannot be written (${code}: ${why})`;
  }
}
