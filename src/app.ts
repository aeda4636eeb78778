// Wires the parts together from a Config. main.ts runs it; tests build it on port 0.
import path from 'node:path';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createCatalog, type Catalog } from './content/catalog.js';
import { loadContent } from './content/load-content.js';
import { createAdapter, isAuthenticated } from './bot/adapter.js';
import { createOnTurnError } from './bot/on-turn-error.js';
import { SupportBot } from './bot/support-bot.js';
import { createRunTurn, type RunTurn } from './conversation/run-turn.js';
import { RecordedHandoff } from './handoff/recorded-handoff.js';
import { buildServer } from './server.js';
import { trainNeedClassifier } from './nlu/classifier.js';
import { createUnderstand } from './nlu/understand.js';
import { SqliteStore } from './stores/sqlite.js';
import type { HandoffPort } from './ports/handoff.js';
import type { SnapshotStore } from './ports/snapshot-store.js';

export type App = {
  server: Server;
  runTurn: RunTurn;
  catalog: Catalog;
  store: SqliteStore;
  close(): Promise<void>;
};

export const databaseFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'bot.sqlite');

/** Parts a test may replace with its own real implementation (a failing store, say). */
export type AppOverrides = { snapshots?: SnapshotStore; handoff?: HandoffPort };

export async function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const catalog = createCatalog(loadContent(config.brand));
  const classifier = await trainNeedClassifier();
  logger.debug({ trainingMs: Math.round(classifier.trainingMs) }, 'need classifier trained');
  const store = new SqliteStore(databaseFile(config));
  const runTurn = createRunTurn({
    store: overrides.snapshots ?? store,
    catalog,
    understand: createUnderstand(classifier),
    handoff: overrides.handoff ?? new RecordedHandoff(store),
    logger,
  });
  const adapter = createAdapter(config.auth);
  adapter.onTurnError = createOnTurnError({ catalog, logger });
  const bot = new SupportBot({ runTurn, logger });
  const server = buildServer({ adapter, bot, logger });
  if (!isAuthenticated(config.auth)) {
    logger.warn('MicrosoftAppId is not set: running UNAUTHENTICATED, for local use only (Emulator, terminal chat)');
  }
  return {
    server,
    runTurn,
    catalog,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}
