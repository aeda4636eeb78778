// Wires the parts together from a Config. main.ts runs it; tests build it on port 0.
import fs from 'node:fs';
import type { Response, Server } from 'restify';
import type { Logger } from 'pino';
import { exampleBrandValues, type Config } from './config.js';
import { createCatalog, type Catalog } from './content/catalog.js';
import { loadContentFor } from './content/for-config.js';
import { createAdapter, deliverDirectly, isAuthenticated, showTypingOnDirectLine } from './bot-framework/adapter.js';
import type { LocalChannel } from './bot-framework/reply-sender.js';
import { createOnTurnError } from './bot-framework/on-turn-error.js';
import { NotReady } from './errors.js';
import { SupportBot } from './bot-framework/support-bot.js';
import { OTHERS_IN_FLIGHT_MS, sendUndeliveredReplies } from './bot-framework/outbox.js';
import type { RunTurn } from './conversation/run-turn.js';
import { ProactiveCustomerLine } from './bot-framework/customer-line.js';
import { KeyedQueue } from './conversation/keyed-queue.js';
import { createMetrics } from './observability/metrics.js';
import { createRateLimits } from './edge/rate-limits.js';
import { clientAddress } from './edge/client-address.js';
import { DirectLineConversations } from './directline/conversations.js';
import { mountDirectLine } from './directline/routes.js';
import { DirectLineTokens } from './directline/tokens.js';
import type { AgentChannel } from './handoff/agent-channel.js';
import { loadAgentText } from './handoff/agent-text.js';
import { createHandoffDesk, type HandoffDesk } from './handoff/handoff-desk.js';
import { ProtocolChannel } from './bot-framework/protocol-channel.js';
import { TeamsAgentDesk } from './bot-framework/teams/agent-desk.js';
import { allowList, TeamRoster } from './bot-framework/teams/agent-roster.js';
import { TeamsChannel } from './bot-framework/teams/teams-channel.js';
import { buildRunner } from './runner.js';
import { buildServer } from './server.js';
import { trainSlotClassifier } from './nlu/classifier.js';
import { createUnderstand } from './nlu/understand.js';
import { openStore } from './stores/open-store.js';
import type { HandoffPort } from './ports/handoff.js';
import type { SnapshotStore } from './ports/snapshot-store.js';
import type { Store } from './ports/store.js';

export { databaseFile } from './stores/open-store.js';

export type App = {
  server: Server;
  runTurn: RunTurn;
  catalog: Catalog;
  store: Store;
  /** The handoff's decisions and timers; tests call sweeper.sweep() instead of waiting for the interval. */
  desk: HandoffDesk;
  /** Deletes transcripts past the retention period; runs at start-up and then daily. */
  pruneTranscripts(): Promise<number>;
  close(): Promise<void>;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** Below this the SQLite file may still take a turn or two, but not for long: not ready. */
const MIN_FREE_BYTES = 1024 * 1024;

/** The free space under the data folder, as readiness reports it; throws NotReady when nearly full. */
function checkFreeSpace(dataDir: string): string {
  const { bavail, bsize } = fs.statfsSync(dataDir);
  const free = bavail * bsize;
  if (free < MIN_FREE_BYTES) throw new NotReady(`the data folder's disk is full (${Math.floor(free / 1024)} kB free)`);
  return `${Math.floor(free / (1024 * 1024))} MB free`;
}

const describeStoreError = (error: unknown): string =>
  error instanceof Error ? ((error as { code?: string }).code ?? error.message).slice(0, 200) : 'unknown error';

/** Parts a test may replace with its own real implementation (a failing store, say). */
export type AppOverrides = { snapshots?: SnapshotStore; handoff?: HandoffPort };

export async function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const startedAt = Date.now();
  const catalog = createCatalog(loadContentFor(config));
  const agentText = loadAgentText();
  const classifier = await trainSlotClassifier();
  if (classifier.examples === 0) logger.warn('no corpus/utterances/train.jsonl to learn from: understanding by rules only');
  else logger.debug({ trainingMs: Math.round(classifier.trainingMs), examples: classifier.examples }, 'slot models ready');
  const openedStore = await openStore(config, logger);
  const metrics = createMetrics({ queueLength: async () => (await openedStore.listQueued()).length });
  const store = metrics.timed(openedStore);
  // The bot's own Direct Line is mounted once the server exists; its replies are then handed over in memory.
  const ownDirectLine: { channel?: LocalChannel } = {};
  const { adapter, verifyRequest } = createAdapter(config.auth, () => ownDirectLine.channel);
  const rateLimits = await createRateLimits(
    config.rateLimits,
    config.rateLimits.redisUrl
      ? { kind: 'redis', url: config.rateLimits.redisUrl }
      : config.databaseUrl
        ? { kind: 'postgres', databaseUrl: config.databaseUrl }
        : { kind: 'memory' },
  );
  adapter.onTurnError = createOnTurnError({ catalog, logger, metrics });
  showTypingOnDirectLine(adapter);
  const botAppId = config.auth.appId ?? '';

  // The desk tells customers things through their own conversation, which needs runTurn; runTurn needs
  // the desk as its handoff port. The line reads runTurn when it is first used, after both exist.
  const conversationLock = new KeyedQueue();
  const customers = new ProactiveCustomerLine({ adapter, botAppId, runTurn: () => runTurn, records: store, conversationLock });
  const teams = config.handoff.target === 'teams' ? config.handoff.teams : undefined;
  const teamsChannel = teams ? new TeamsChannel(adapter, { ...teams, botAppId }, agentText) : undefined;
  const channel: AgentChannel | undefined = teamsChannel ?? (config.handoff.target === 'protocol' ? new ProtocolChannel(adapter, botAppId, store) : undefined);
  const desk = createHandoffDesk({
    queue: store,
    transcripts: store,
    ...(channel ? { channel } : {}),
    customers,
    limits: { waitMs: config.handoff.waitLimitMs, idleMs: config.handoff.idleLimitMs },
    logger,
    metrics,
    now: Date.now,
  });
  const { runTurn } = buildRunner({
    store: overrides.snapshots ?? store,
    catalog,
    understand: createUnderstand(classifier),
    handoff: overrides.handoff ?? desk.customers,
    logger,
  });
  const agents =
    teams && teamsChannel
      ? new TeamsAgentDesk({
          actions: desk.agents,
          cases: store,
          place: teams,
          logger,
          roster: teams.agentIds ? allowList(teams.agentIds) : new TeamRoster((memberId) => teamsChannel.isTeamMember(memberId), teams.membershipTtlMs, logger),
          text: agentText,
          now: Date.now,
        })
      : undefined;
  const bot = new SupportBot({
    runTurn,
    logger,
    records: store,
    conversationLock,
    metrics,
    ...(agents ? { agents } : {}),
    ...(config.handoff.target === 'protocol' ? { contactCentre: desk.agents } : {}),
  });
  const redelivery = { adapter, botAppId, store, conversationLock, logger };
  let sweeping = false;
  const sweeper = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    // Instances sharing PostgreSQL also pick up what another instance saved and never sent (it died).
    const othersUndelivered = config.databaseUrl ? sendUndeliveredReplies(redelivery, Date.now() - OTHERS_IN_FLIGHT_MS) : Promise.resolve();
    Promise.all([othersUndelivered, desk.sweeper.sweep()])
      .catch((error: unknown) => logger.error({ err: error }, 'handoff queue or outbox check failed'))
      .finally(() => (sweeping = false));
  }, config.handoff.sweepMs);
  sweeper.unref();
  logger.info({ handoffTarget: config.handoff.target }, channel ? 'handoff to live agents' : 'no live agents: handoff requests are recorded');
  logger.info({ counted: rateLimits.store, trustedProxyHops: config.rateLimits.trustedProxyHops }, 'rate limits');
  const server = buildServer({
    adapter,
    bot,
    logger,
    // Content is loaded and migrations applied before the server listens; a database swapped or restored
    // underneath a running instance is what the migration check catches.
    checkReady: async () => {
      try {
        await store.ping();
      } catch (error) {
        throw new NotReady(`the store does not accept writes (${describeStoreError(error)})`);
      }
      const pending = await store.pendingMigrations();
      if (pending > 0) throw new NotReady(`${pending} schema migration(s) not applied to the store`);
      const checks: Record<string, string> = { store: 'accepts writes', migrations: 'applied', content: `${catalog.keys().length} entries` };
      if (!config.databaseUrl) checks.disk = checkFreeSpace(config.dataDir);
      return checks;
    },
    metrics: metrics.registry,
    rateLimits,
    onRateLimited: (limit) => metrics.rateLimited(limit),
    ...(verifyRequest ? { verifyRequest } : {}),
    page: { brand: config.brand.brand!, color: config.page.color, helpCenterUrl: config.brand.helpCenterUrl!, supportEmail: config.brand.supportEmail! },
    ...(config.directLine.azure ? { directLineOrigin: new URL(config.directLine.azure.url).origin } : {}),
  });
  // Once listening: the bot's own Direct Line, one of the channels replies may go to, needs the address.
  let sendingUndelivered: Promise<unknown> = Promise.resolve();
  server.server.once('listening', () => {
    sendingUndelivered = sendUndeliveredReplies(redelivery, startedAt).catch((error: unknown) =>
      logger.error({ err: error }, 'could not read the replies left undelivered by the last process'),
    );
  });
  // Stopping: Node's server.close() refuses new connections and closes idle ones, but would still serve
  // further requests on a kept-alive connection whose request is in flight, and waits for that
  // connection to idle out (keepAliveTimeout, ~6 s) before it calls back. So while closing, requests in
  // flight finish with `Connection: close`, and any request that still arrives is refused.
  let closing = false;
  const inFlight = new Set<Response>();
  server.pre((_req, res, next) => {
    if (closing) {
      res.setHeader('connection', 'close');
      res.send(503, { error: 'shutting down' });
      return next(false);
    }
    inFlight.add(res);
    res.once('finish', () => {
      // A response whose headers went out before close(): its connection is closed once it is done.
      if (closing) server.server.closeIdleConnections();
    });
    res.once('close', () => inFlight.delete(res));
    return next();
  });
  // The bot's own Direct Line needs no Azure, but it cannot sign the tokens an authenticated bot
  // requires of its channels: with an app id, the page chats through Azure Direct Line.
  const selfHostedDirectLine = !isAuthenticated(config.auth)
    ? { tokens: new DirectLineTokens(config.directLine.tokenSecret, config.directLine.tokenLifetimeSeconds), conversations: new DirectLineConversations() }
    : undefined;
  const directLine = mountDirectLine(server, {
    ...(selfHostedDirectLine ? { selfHosted: selfHostedDirectLine } : {}),
    ...(config.directLine.azure ? { azure: config.directLine.azure } : {}),
    deliverToBot: deliverDirectly(adapter, bot),
    serviceUrl: () => {
      const address = server.address();
      const host = !address.address || address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
      return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    },
    bot: { id: botAppId || 'cert-support-bot', name: config.brand.brand ?? 'Support bot' },
    rateLimits,
    onRateLimited: (limit) => metrics.rateLimited(limit),
    clientAddressOf: (req) => clientAddress(req, config.rateLimits.trustedProxyHops),
    logger,
  });
  ownDirectLine.channel = directLine.localChannel;
  const forgetting = setInterval(() => selfHostedDirectLine?.conversations.forgetIdle(Date.now() - 2 * config.directLine.tokenLifetimeSeconds * 1000), 60_000);
  forgetting.unref();
  const pruneTranscripts = async () => {
    const deleted = await store.deleteTranscriptsBefore(Date.now() - config.transcriptRetentionDays * DAY_MS);
    if (deleted > 0) logger.info({ deleted, retentionDays: config.transcriptRetentionDays }, 'old transcripts deleted');
    return deleted;
  };
  const pruning = setInterval(() => {
    pruneTranscripts().catch((error: unknown) => logger.error({ err: error }, 'transcript retention failed'));
  }, DAY_MS);
  pruning.unref();
  await pruneTranscripts().catch((error: unknown) => logger.error({ err: error }, 'transcript retention failed'));
  const examples = exampleBrandValues(config.brand);
  if (isAuthenticated(config.auth) && examples.length > 0) {
    logger.warn(
      { placeholders: examples },
      'brand settings left at their example defaults (BRAND_NAME, *_URL, SUPPORT_EMAIL): customers would be sent to example.com',
    );
  }
  if (!isAuthenticated(config.auth)) {
    logger.warn('MicrosoftAppId is not set: running UNAUTHENTICATED, for local use only (Emulator, terminal chat)');
  }
  return {
    server,
    runTurn,
    catalog,
    store,
    desk,
    pruneTranscripts,
    async close() {
      clearInterval(pruning);
      clearInterval(sweeper);
      clearInterval(forgetting);
      directLine.close();
      closing = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      await new Promise<void>((resolve) => void server.close(() => resolve()));
      await sendingUndelivered;
      await rateLimits.close();
      await store.close();
    },
  };
}
