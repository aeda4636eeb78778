// Composition root: config → logger → app → listen. SIGTERM and SIGINT stop accepting requests,
// let turns in flight finish, close the store and exit.
import './dot-env.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { ConfigError, ContentError, StoreUnavailable } from './errors.js';
import { createLogger } from './logger.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  throw error;
}

const logger = createLogger(config);
for (const warning of config.warnings) logger.warn(warning);
let app;
try {
  app = await createApp(config, logger);
} catch (error) {
  if (error instanceof ContentError) {
    logger.fatal(error.message);
    process.exit(78);
  }
  if (error instanceof StoreUnavailable) {
    logger.fatal(error.message);
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const running = app;
running.server.once('error', (error: Error) => {
  logger.fatal({ err: error, port: config.port, host: config.host }, 'cannot listen');
  process.exit(1);
});
running.server.listen(config.port, config.host, () => {
  const address = running.server.address();
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${address.port}`;
  logger.info({ port: address.port, url, helpPage: `${url}/`, dataDir: config.dataDir }, 'listening');
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  const force = setTimeout(() => {
    logger.error('turns did not finish in time; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  void running.close().then(() => process.exit(0));
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
