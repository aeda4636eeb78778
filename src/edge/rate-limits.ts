// Limits at the edge (rate-limiter-flexible): a flood from one conversation, or one browser, is refused
// with 429 and Retry-After before it costs a turn, so other conversations keep their pace. Channels
// (Azure, Teams) share a few addresses, so /api/messages is limited per conversation only; the help
// page's endpoints are limited per client address too (client-address.ts, behind trusted proxies).
//
// One instance counts in memory. Several instances must count together, or each would allow the
// whole limit again: with REDIS_URL the counts live in Redis, else with DATABASE_URL in PostgreSQL
// (one table, made by the library). Should that store fail, each instance falls back to counting in
// memory until it answers again, so an outage of the store never refuses customers.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type RateLimitConfig = {
  /** Activities one conversation may send per minute. */
  conversationPerMinute: number;
  /** Requests one client address may make to the help page's chat endpoints per minute. */
  clientPerMinute: number;
  /** New chats (tokens) one client address may open per minute. */
  newChatsPerMinute: number;
};

export type RateLimitStore = { kind: 'memory' } | { kind: 'redis'; url: string } | { kind: 'postgres'; databaseUrl: string };

export type Limit = 'conversation' | 'client' | 'newChat';

export type RateLimits = {
  /** Undefined when allowed; otherwise the seconds to wait before trying again. */
  check(limit: Limit, key: string): Promise<number | undefined>;
  /** Where the counts live, for the start-up log. */
  readonly store: RateLimitStore['kind'];
  close(): Promise<void>;
};

const TABLE = 'rate_limits';

/** Keys go into a 255-character column and Redis key names: long ones (Teams conversation ids) are hashed. */
const keyOf = (key: string) => (key.length <= 200 ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`);

export async function createRateLimits(config: RateLimitConfig, store: RateLimitStore = { kind: 'memory' }): Promise<RateLimits> {
  const points: Record<Limit, number> = { conversation: config.conversationPerMinute, client: config.clientPerMinute, newChat: config.newChatsPerMinute };
  const memory = (limit: Limit) => new RateLimiterMemory({ points: points[limit], duration: 60 });
  let close = (): Promise<void> => Promise.resolve();
  let make: (limit: Limit) => RateLimiterAbstract = memory;

  if (store.kind === 'redis') {
    const client = new Redis(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    // Unreachable at start-up: the instance counts in memory meanwhile (insuranceLimiter), and the
    // client keeps reconnecting in the background.
    client.on('error', () => undefined);
    await client.connect().catch(() => undefined);
    make = (limit) =>
      new RateLimiterRedis({ storeClient: client, keyPrefix: `certbot:${limit}`, points: points[limit], duration: 60, insuranceLimiter: memory(limit) });
    close = () => Promise.resolve(client.disconnect());
  } else if (store.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: store.databaseUrl, max: 4, connectionTimeoutMillis: 2_000, application_name: 'cert-support-bot rate limits' });
    pool.on('error', () => undefined);
    // The table is made once here: the library would have each limiter create it, and concurrent
    // CREATE TABLE IF NOT EXISTS (three limiters, or instances starting together) collide in PostgreSQL.
    try {
      await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    } catch (error) {
      // Another instance created it at the same moment ("already exists" as a type or a unique key).
      if (!['42710', '23505', '42P07'].includes((error as { code?: string }).code ?? '')) throw error;
    }
    make = (limit) =>
      new RateLimiterPostgres({
        storeClient: pool,
        tableName: TABLE,
        tableCreated: true,
        keyPrefix: limit,
        points: points[limit],
        duration: 60,
        clearExpiredByTimeout: true,
        insuranceLimiter: memory(limit),
      });
    close = () => pool.end();
  }

  const limits: Limit[] = ['conversation', 'client', 'newChat'];
  const limiters = Object.fromEntries(limits.map((limit) => [limit, make(limit)])) as Record<Limit, RateLimiterAbstract>;
  return {
    store: store.kind,
    async check(limit, key) {
      try {
        await limiters[limit].consume(keyOf(key));
        return undefined;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw refusal;
      }
    },
    close,
  };
}
