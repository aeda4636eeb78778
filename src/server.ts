// Routes only; never listens (main.ts and tests do, tests on port 0).
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Limit, RateLimits } from './edge/rate-limits.js';
import type { SupportAdapter, TurnHandler, VerifyRequest } from './bot-framework/adapter.js';
import { describeInvalidActivity } from './bot-framework/incoming-activity.js';
import { hasWellFormedPath, withoutTokens } from './edge/paths.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './edge/json-depth.js';
import { NotReady } from './errors.js';
import { helpPageHtml, helpPageScript, type PageBrand } from './web/help-page.js';
import { loadWebChatAsset } from './web/webchat-asset.js';

export type ServerDeps = {
  adapter: SupportAdapter;
  bot: TurnHandler;
  logger: Logger;
  /** What was checked, when the bot can serve turns; rejects otherwise (NotReady says why). */
  checkReady: () => Promise<Record<string, string>>;
  maxBodyBytes?: number;
  page: PageBrand;
  rateLimits?: RateLimits;
  onRateLimited?: (limit: Limit) => void;
  /** Served at GET /metrics in the Prometheus text format. */
  metrics?: Registry;
  /** With an app id: every request's token is checked first, and any failure is a 401. */
  verifyRequest?: VerifyRequest;
  /** Azure Direct Line's origin, which the page may then connect to. */
  directLineOrigin?: string;
};

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);
const isLoopbackUrl = (url: string): boolean => {
  const hostname = URL.parse(url)?.hostname;
  return hostname !== undefined && (loopbackHosts.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname));
};

export function buildServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'cert-support-bot', handleUncaughtExceptions: false });
  // restify's body reader inflates gzip and deflate bodies with no error handler (a body that is not
  // gzip ends the process) and no limit on the inflated size. No channel compresses what it posts, so
  // any encoding but identity is refused before a byte is read, on every route, before authentication.
  server.pre((req, res, next) => {
    const encoding = req.headers['content-encoding']?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      res.header('accept-encoding', 'identity');
      res.header('connection', 'close');
      res.send(415, { error: 'Content-Encoding is not supported: send the body uncompressed' });
      return next(false);
    }
    // The router would answer a malformed path with a misleading 404.
    if (!hasWellFormedPath(req.url ?? '/')) {
      res.send(400, { error: 'Malformed percent-encoding in the path' });
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes ?? 256 * 1024, mapParams: false }));
  server.use((req, res, next) => {
    if (nestsDeeperThan(req.body)) {
      res.send(400, { error: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels` });
      return next(false);
    }
    return next();
  });

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
    const body = req.body as { channelId: string; serviceUrl: string; conversation: { id: string } };
    // Unauthenticated, anyone who reaches the port could have the bot post its replies wherever the
    // activity's serviceUrl says; only a channel on this machine (the Emulator, the terminal chat) may.
    if (!deps.verifyRequest && !isLoopbackUrl(body.serviceUrl)) {
      res.send(403, { error: 'Without MicrosoftAppId the bot replies only to a channel on this machine: serviceUrl must be a loopback address' });
      return;
    }
    const activity = req.body as Record<string, unknown>;
    let authentication: Parameters<SupportAdapter['handleActivity']>[0] = req.header('authorization') ?? '';
    if (deps.verifyRequest) {
      try {
        authentication = await deps.verifyRequest(activity, authentication);
      } catch (error) {
        deps.logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'request refused: not authenticated');
        res.send(401, { error: 'Unauthorized' });
        return;
      }
    }
    // Charged only once the request is known to come from the channel: forged requests naming a
    // conversation must not use up its customer's allowance.
    const retryAfter = await deps.rateLimits?.check('conversation', `${body.channelId}:${body.conversation.id}`);
    if (retryAfter !== undefined) {
      deps.onRateLimited?.('conversation');
      res.setHeader('retry-after', String(retryAfter));
      res.send(429, { error: `Too many messages in this conversation; try again in ${retryAfter} s` });
      return;
    }
    try {
      const invokeResponse = await deps.adapter.handleActivity(authentication, activity, (context) => deps.bot.run(context));
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      // The adapter's onTurnError has logged it and told the customer; the channel learns the turn failed.
      deps.logger.error({ err: error }, 'turn failed');
      res.send(500, { error: 'The turn failed' });
    }
  });

  server.get('/metrics', async (_req, res) => {
    if (!deps.metrics) {
      res.send(404, { error: 'no metrics here' });
      return;
    }
    res.writeHead(200, { 'content-type': deps.metrics.contentType });
    res.end(await deps.metrics.metrics());
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      res.send(200, { status: 'ready', checks: await deps.checkReady() });
    } catch (error) {
      deps.logger.warn({ err: error }, 'not ready');
      res.send(503, { status: 'unavailable', error: error instanceof NotReady ? error.message : 'the store does not answer' });
    }
  });

  const page = helpPageHtml(deps.page);
  const webChat = loadWebChatAsset((error) => deps.logger.warn({ err: error }, 'could not compress the Web Chat bundle; serving it uncompressed'));
  const azureOrigin = deps.directLineOrigin ? ` ${deps.directLineOrigin} ${deps.directLineOrigin.replace(/^http/, 'ws')}` : '';
  // Web Chat adds its own styles and renders images from data: and blob: URLs; nothing else is loaded.
  const contentSecurityPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ws: wss:${azureOrigin}`,
    "frame-ancestors 'self'",
  ].join('; ');
  const sendRaw = (res: Response, type: string, body: string | Buffer, cache: string) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
    res.end(body);
  };

  server.get('/', async (_req, res) => {
    res.setHeader('content-security-policy', contentSecurityPolicy);
    res.setHeader('referrer-policy', 'same-origin');
    sendRaw(res, 'text/html; charset=utf-8', page, 'no-cache');
  });
  server.get('/favicon.ico', async (_req, res) => {
    res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
    res.end();
  });
  server.get('/help-page.js', async (_req, res) => sendRaw(res, 'text/javascript; charset=utf-8', helpPageScript, 'no-cache'));
  server.get('/webchat/webchat.js', async (req, res) => {
    const headers = { 'cache-control': 'public, max-age=86400', etag: webChat.etag, vary: 'Accept-Encoding', 'x-content-type-options': 'nosniff' };
    if (
      req
        .header('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim().replace(/^W\//, '') === webChat.etag)
    ) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const { body, encoding } = webChat.pick(req.header('accept-encoding'));
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/javascript; charset=utf-8',
      'content-length': String(body.length),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(body);
  });

  server.on('restifyError', (req: Request, _res: Response, error: { statusCode?: number; code?: string; message: string }, callback: () => void) => {
    deps.logger.warn({ method: req.method, url: withoutTokens(req.url ?? ''), status: error.statusCode, code: error.code }, withoutTokens(error.message));
    return callback();
  });
  return server;
}
