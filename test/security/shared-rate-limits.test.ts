// Rate limits behind a proxy and across instances, on real bot processes: the per-client limit counts
// the address the trusted proxy saw (not the proxy's socket), and two instances count together
// through PostgreSQL or Redis, so a second instance does not grant the whole allowance again.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type { IncomingMessage } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { clientAddress } from '../../src/edge/client-address.js';
import { createTestDatabase, skipWithoutPostgres, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';

const bots: BotProcess[] = [];
afterAll(async () => {
  for (const bot of bots) await bot.kill().catch(() => undefined);
});

async function start(env: Record<string, string>): Promise<BotProcess> {
  const bot = await startBotProcess({ dataDir: makeTempDir('limits-'), env: { RATE_LIMIT_NEW_CHATS_PER_MINUTE: '3', ...env } });
  bots.push(bot);
  return bot;
}

const newChat = async (bot: BotProcess, forwardedFor?: string) =>
  (await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })).status;

const request = (socket: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socket }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('the client address', () => {
  it('is the socket with no trusted proxy, and the one the farthest trusted proxy saw otherwise', () => {
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 0)).toBe('10.0.0.9');
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 1)).toBe('203.0.113.7');
    // A client's own X-Forwarded-For entry is on the left: one trusted hop never reaches it.
    expect(clientAddress(request('10.0.0.9', '1.2.3.4, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.9', '1.2.3.4, 203.0.113.7, 10.0.0.8'), 2)).toBe('203.0.113.7');
    // More hops trusted than there are: the farthest address known.
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 3)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.9'), 1)).toBe('10.0.0.9');
  });
});

describe('behind one trusted proxy', () => {
  it('counts each customer apart, and ignores X-Forwarded-For when no proxy is trusted', { timeout: 30_000 }, async () => {
    const proxied = await start({ TRUSTED_PROXY_HOPS: '1' });
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await newChat(proxied, '198.51.100.1'));
    expect(first).toEqual([200, 200, 200, 429]);
    expect(await newChat(proxied, '198.51.100.2')).toBe(200);

    const direct = await start({});
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await newChat(direct, `198.51.100.${10 + i}`));
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe.skipIf(!testDatabaseUrl)(`two instances sharing PostgreSQL${testDatabaseUrl ? '' : ` (${skipWithoutPostgres})`}`, () => {
  let database: TestDatabase;
  afterAll(async () => {
    await database?.drop();
  });

  it('count new chats together', { timeout: 30_000 }, async () => {
    database = await createTestDatabase(testDatabaseUrl!);
    const [a, b] = [await start({ DATABASE_URL: database.url }), await start({ DATABASE_URL: database.url })];
    expect(a.logs.find((line) => line.msg === 'rate limits')).toMatchObject({ counted: 'postgres' });

    expect([await newChat(a), await newChat(b), await newChat(a), await newChat(b)]).toEqual([200, 200, 200, 429]);
  });
});

const redisUp = await new Promise<boolean>((resolve) => {
  const socket = net.connect(6379, '127.0.0.1', () => {
    socket.end();
    resolve(true);
  });
  socket.on('error', () => resolve(false));
});
if (!redisUp) console.warn('shared-rate-limits.test.ts: the Redis case is skipped: nothing answers on 127.0.0.1:6379');

describe.skipIf(!redisUp)(`two instances sharing Redis${redisUp ? '' : ' (skipped: no Redis on 127.0.0.1:6379)'}`, () => {
  it('count new chats together, and each falls back to memory when Redis is gone', { timeout: 30_000 }, async () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', TRUSTED_PROXY_HOPS: '1' };
    const [a, b] = [await start(env), await start(env)];
    expect(a.logs.find((line) => line.msg === 'rate limits')).toMatchObject({ counted: 'redis' });
    // A client address of this run only, so earlier runs' counts in the shared Redis do not matter.
    const client = `2001:db8::${randomBytes(4)
      .toString('hex')
      .replace(/(....)(....)/, '$1:$2')}`;
    expect([await newChat(a, client), await newChat(b, client), await newChat(a, client), await newChat(b, client)]).toEqual([200, 200, 200, 429]);

    const unreachable = await start({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect([await newChat(unreachable), await newChat(unreachable), await newChat(unreachable), await newChat(unreachable)]).toEqual([200, 200, 200, 429]);
  });
});
