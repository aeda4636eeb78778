// Routes only; never listens (main.ts and tests do, tests on port 0).
import restify, { type Server } from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import { describeInvalidActivity } from './bot/incoming-activity.js';

export type ServerDeps = {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** Resolves when the bot can serve turns (the store answers); rejects otherwise. */
  checkReady: () => Promise<void>;
  maxBodyBytes?: number;
};

export function buildServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'cert-support-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes ?? 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    if (!req.is('application/json')) {
      res.send(415, { error: 'Content-Type must be application/json' });
      return;
    }
    const problem = describeInvalidActivity(req.body);
    if (problem) {
      res.send(400, { error: `Invalid activity: ${problem}` });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await deps.checkReady();
      res.send(200, { status: 'ready' });
    } catch (error) {
      deps.logger.warn({ err: error }, 'not ready');
      res.send(503, { status: 'unavailable', error: 'the store does not answer' });
    }
  });

  server.get('/', async (_req, res) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.send(
      200,
      'The certificate support bot is running.\n\nChat with it: `npm run chat` in a terminal, or the Bot Framework Emulator at <this address>/api/messages.\n',
    );
  });

  server.on('restifyError', (req, res, error, callback) => {
    deps.logger.warn({ method: req.method, url: req.url, status: error.statusCode, code: error.code }, error.message);
    return callback();
  });
  return server;
}
