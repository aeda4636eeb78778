// Limits at the edge on a real bot process: a conversation that floods gets 429 with Retry-After
// while another conversation carries on; the help page's chat endpoints limit new chats per client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';

const TIMEOUT = 30_000;
let bot: BotProcess;
let connector: LocalConnector;

beforeAll(async () => {
  connector = await startLocalConnector();
  bot = await startBotProcess({
    dataDir: makeTempDir('limits-'),
    env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '5', RATE_LIMIT_NEW_CHATS_PER_MINUTE: '3', RATE_LIMIT_CLIENT_PER_MINUTE: '1000' },
  });
}, TIMEOUT);
afterAll(async () => {
  await bot?.kill().catch(() => undefined);
  await connector?.close();
});

describe('rate limits', () => {
  it('refuses a flooding conversation with 429 and Retry-After, and another conversation is served meanwhile', { timeout: TIMEOUT }, async () => {
    const flooding = newConversationId();
    const calm = newConversationId();
    const flood = Promise.all(Array.from({ length: 20 }, (_, n) => send(bot.url, messageActivity(connector.url, flooding, `hello ${n}`))));
    const calmReply = send(bot.url, messageActivity(connector.url, calm, 'I forgot my user name'));
    const [results, calmResult] = await Promise.all([flood, calmReply]);

    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const refused = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector.url, flooding, 'once more')),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    expect(calmResult.status).toBe(200);
    expect(contentKeysOf(connector.said(calm))).toContain('triage.usernameRecovery');
    // The refused messages never ran a turn: five turns' worth of replies, no more. The log lines come
    // through the process's stdout, which may trail the HTTP answers by a moment: wait for them.
    const floodingTurns = () => bot.logs.filter((line) => line.msg === 'turn' && String(line.conversationKey).endsWith(flooding)).length;
    await expect.poll(floodingTurns, { timeout: 5_000 }).toBe(5);
  });

  it('limits new chats from one client address', { timeout: TIMEOUT }, async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++) statuses.push((await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
  });
});
