// The bot's own Direct Line 3.0 endpoint, at the protocol level, on a real bot process: start a
// conversation (the bot greets), post with the echo Web Chat waits for, poll and stream by watermark,
// reconnect, refresh; and every kind of bad input answered with the right 4xx. All on one bot process,
// started once. The production path (a token from Azure Direct Line): directline-azure.test.ts.
import { partsOf, type ReplyChannelData } from '../../src/bot-framework/render-reply.js';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';

const TIMEOUT = 30_000;
const TOKEN_SECRET = 'test-direct-line-token-secret-0123456789';

type Activity = { id: string; type: string; text?: string; from?: { id: string; role?: string; name?: string }; channelData?: Record<string, unknown> };
type Started = { conversationId: string; token: string; expires_in: number; streamUrl: string };

let bot: BotProcess;
const processes: BotProcess[] = [];

beforeAll(async () => {
  bot = await startBotProcess({ dataDir: makeTempDir('directline-'), env: { DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET } });
  processes.push(bot);
}, TIMEOUT);
afterAll(async () => {
  for (const started of processes) await started.kill().catch(() => undefined);
});

async function call(method: string, path: string, options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${bot.url}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

async function startConversation(): Promise<Started> {
  const issued = await call('POST', '/api/directline/token');
  expect(issued.status).toBe(200);
  const started = await call('POST', '/v3/directline/conversations', { token: issued.body.token as string });
  expect(started.status).toBe(201);
  return started.body as unknown as Started;
}

async function activitiesAfter(started: Started, watermark = '', until: (activities: Activity[]) => boolean = () => true) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const polled = await call('GET', `/v3/directline/conversations/${started.conversationId}/activities?watermark=${watermark}`, { token: started.token });
    const activities = polled.body.activities as Activity[];
    if (until(activities) || Date.now() > deadline) return { activities, watermark: polled.body.watermark as string };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const message = (text: string, clientActivityID = `client-${Math.random()}`) => ({
  type: 'message',
  text,
  from: { id: 'whoever-the-client-says', name: 'Customer' },
  channelData: { clientActivityID },
});

describe('the help page', () => {
  it('serves the page with Web Chat from the installed package, under a policy that allows no inline script', { timeout: TIMEOUT }, async () => {
    const page = await fetch(`${bot.url}/`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).not.toMatch(/https?:\/\/(?!help\.example\.com)[^"]+\.js/);

    const bundle = await fetch(`${bot.url}/webchat/webchat.js`);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    expect(await (await fetch(`${bot.url}/help-page.js`)).text()).toContain('/api/directline/token');
  });

  it('escapes the brand it shows', { timeout: TIMEOUT }, async () => {
    const branded = await startBotProcess({ dataDir: makeTempDir('directline-brand-'), env: { BRAND_NAME: 'A&B <CA>', BRAND_COLOR: '#aa0000' } });
    processes.push(branded);
    const html = await (await fetch(`${branded.url}/`)).text();
    expect(html).toContain('A&amp;B &lt;CA&gt; certificate help');
    expect(html).toContain('--brand: #aa0000');
  });
});

describe('self-hosted Direct Line: the happy path', () => {
  it('starts a conversation, and the bot greets the customer', { timeout: TIMEOUT }, async () => {
    const started = await startConversation();
    expect(started.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${started.conversationId}/stream\\?t=`));
    expect(started.expires_in).toBe(1800);

    // One message: the welcome, then the question as a second paragraph.
    const { activities } = await activitiesAfter(started, '', (list) => list.length >= 1);
    expect(activities).toHaveLength(1);
    expect(activities[0]?.text).toMatch(/^Hi, I'm the Example CA certificate assistant\b[^]*\n\nWhat can I help you with\?$/);
    expect(activities.every((a) => a.from?.role === 'bot')).toBe(true);
  });

  it("echoes a posted message with a new id and its clientActivityID, under the token's user, then the bot answers", { timeout: TIMEOUT }, async () => {
    const started = await startConversation();
    const { watermark } = await activitiesAfter(started, '', (list) => list.length >= 1);

    const posted = await call('POST', `/v3/directline/conversations/${started.conversationId}/activities`, {
      token: started.token,
      body: message('I forgot my password', 'client-1'),
    });
    expect(posted.status).toBe(200);
    const { activities } = await activitiesAfter(started, watermark, (list) => list.length >= 2);
    const [echo, ...replies] = activities;
    expect(echo?.id).toBe(posted.body.id);
    expect(echo?.channelData?.clientActivityID).toBe('client-1');
    expect(echo?.from?.id).toMatch(/^dl_/);
    expect(echo?.from?.role).toBe('user');
    expect(replies.at(-1)?.text).toMatch(/\n\nHow was the certificate bought\?$/);
  });

  it('keeps a typed password only masked: the echo and the history never hold it, and the bot still warns', { timeout: TIMEOUT }, async () => {
    const started = await startConversation();
    const { watermark } = await activitiesAfter(started, '', (list) => list.length >= 1);

    await call('POST', `/v3/directline/conversations/${started.conversationId}/activities`, {
      token: started.token,
      body: message('my password is Tr0ub4dor&3!'),
    });
    const { activities } = await activitiesAfter(started, watermark, (list) =>
      list.some((a) => partsOf(a.channelData as ReplyChannelData).includes('common.secretWarning')),
    );
    expect(JSON.stringify(activities)).not.toContain('Tr0ub4dor');
    expect(activities[0]?.text).toMatch(/^my password is /);
    expect(bot.stdoutText()).not.toContain('Tr0ub4dor');
  });

  it('streams over WebSocket from the watermark, then every new activity', { timeout: TIMEOUT }, async () => {
    const started = await startConversation();
    await activitiesAfter(started, '', (list) => list.length >= 1);
    const received: Activity[] = [];
    const watermarks: string[] = [];
    const socket = new WebSocket(started.streamUrl);
    socket.on('message', (data) => {
      const text = (data as Buffer).toString(); // ws's default binaryType, 'nodebuffer'
      if (!text) return;
      const set = JSON.parse(text) as { activities: Activity[]; watermark: string };
      received.push(...set.activities);
      watermarks.push(set.watermark);
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

    await call('POST', `/v3/directline/conversations/${started.conversationId}/activities`, {
      token: started.token,
      body: message('which account are my certificates in'),
    });
    const deadline = Date.now() + 10_000;
    while (received.filter((a) => a.from?.role === 'bot').length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    socket.close();

    // The backlog (the greeting) first, then the echo and the answer, numbered in order.
    expect(received[0]?.text).toMatch(/^Hi, I'm/);
    expect(received.find((a) => a.from?.role === 'user')?.text).toBe('which account are my certificates in');
    const numbered = received.filter((a) => !a.id.includes('typing')).map((a) => Number(a.id.split('|')[1]));
    expect(numbered).toEqual([...numbered].sort((x, y) => x - y));
    expect(Number(watermarks.at(-1))).toBeGreaterThanOrEqual(3);
  });

  it('reconnects to a started conversation and refreshes its token', { timeout: TIMEOUT }, async () => {
    const started = await startConversation();
    const again = await call('GET', `/v3/directline/conversations/${started.conversationId}?watermark=2`, { token: started.token });
    expect(again.status).toBe(200);
    expect(again.body.streamUrl).toMatch(/watermark=2/);

    const refreshed = await call('POST', '/v3/directline/tokens/refresh', { token: started.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(started.conversationId);
    const withNew = await call('GET', `/v3/directline/conversations/${started.conversationId}/activities`, { token: refreshed.body.token as string });
    expect(withNew.status).toBe(200);
  });
});

describe('self-hosted Direct Line: bad input gets the right 4xx and a clear message', () => {
  let started: Started;
  let other: Started;
  beforeAll(async () => {
    [started, other] = await Promise.all([startConversation(), startConversation()]);
  }, TIMEOUT);
  const activitiesPath = () => `/v3/directline/conversations/${started.conversationId}/activities`;

  it('no token → 401; a malformed, wrongly signed or expired token → 403', { timeout: TIMEOUT }, async () => {
    const key = new TextEncoder().encode(TOKEN_SECRET);
    const claims = { conv: started.conversationId, user: 'dl_x' };
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cert-support-bot/directline')
      .setIssuedAt(1_000)
      .setExpirationTime(2_000)
      .sign(key);
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cert-support-bot/directline')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-00000'));

    const none = await call('GET', activitiesPath());
    expect(none.status).toBe(401);
    expect(none.body.error?.message).toMatch(/Bearer/);
    for (const [token, reason] of [
      ['garbage', 'malformed'],
      [forged, 'invalid'],
      [expired, 'expired'],
    ] as const) {
      const refused = await call('GET', activitiesPath(), { token });
      expect(refused.status, reason).toBe(403);
      expect(refused.body.error?.message).toBe(`The token is ${reason}`);
    }
  });

  it("one customer's token cannot read or write another's conversation, nor open its stream", { timeout: TIMEOUT }, async () => {
    expect((await call('GET', activitiesPath(), { token: other.token })).status).toBe(403);
    expect((await call('POST', activitiesPath(), { token: other.token, body: message('hello') })).status).toBe(403);
    const socket = new WebSocket(started.streamUrl.replace(/t=[^&]+/, `t=${other.token}`));
    const status = await new Promise<number>((resolve) =>
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).once('open', () => resolve(101)),
    );
    expect(status).toBe(403);
  });

  it('an unknown conversation → 404', { timeout: TIMEOUT }, async () => {
    const issued = await call('POST', '/api/directline/token');
    const notStarted = await call('GET', `/v3/directline/conversations/${issued.body.conversationId as string}/activities`, {
      token: issued.body.token as string,
    });
    expect(notStarted.status).toBe(404);
    expect(notStarted.body.error?.message).toBe('Conversation not found');
  });

  it('malformed JSON → 400, a wrong activity → 400 naming the field, an oversized one → 413', { timeout: TIMEOUT }, async () => {
    const malformed = await call('POST', activitiesPath(), { token: started.token, raw: '{"type": "message", ' });
    expect(malformed.status).toBe(400);

    const wrongType = await call('POST', activitiesPath(), { token: started.token, body: { type: 'deleteUserData' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error?.message).toMatch(/^Invalid activity: type:/);

    const wrongText = await call('POST', activitiesPath(), { token: started.token, body: { type: 'message', text: 42 } });
    expect(wrongText.body.error?.message).toMatch(/text:/);

    const huge = await call('POST', activitiesPath(), { token: started.token, body: { type: 'message', text: 'x'.repeat(9_000), value: 'y'.repeat(40_000) } });
    expect(huge.status).toBe(413);

    // Nothing of that reached the conversation.
    const { activities } = await activitiesAfter(started);
    expect(activities.filter((a) => a.from?.role === 'user')).toEqual([]);
  });
});
