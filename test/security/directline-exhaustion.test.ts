// Bounds on what one client can make the self-hosted Direct Line hold: the history of a conversation
// and of all of them in bytes, and open WebSocket streams per conversation and per client address
// (upgrades count against the client's rate limit like any request).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { DirectLineConversations } from '../../src/directline/conversations.js';

describe('Direct Line history', () => {
  it('keeps at most the configured bytes per conversation, the newest kept and the watermark going on', () => {
    const conversations = new DirectLineConversations({ activitiesPerConversation: 500, bytesPerConversation: 10_000, bytesInTotal: 1_000_000 });
    conversations.start('c1', 'dl_a');
    for (let i = 0; i < 50; i++) conversations.append('c1', { type: 'message', text: 'x'.repeat(2_000) });

    expect(conversations.heldBytes).toBeLessThanOrEqual(10_000);
    const { activities, watermark } = conversations.after('c1', undefined);
    expect(activities.length).toBeGreaterThan(0);
    expect(watermark).toBe('50');
    expect(activities.at(-1)?.id).toBe('c1|0000049');
  });

  it('forgets the conversations idle longest once all of them hold more than the total', () => {
    const conversations = new DirectLineConversations({ activitiesPerConversation: 500, bytesPerConversation: 20_000, bytesInTotal: 40_000 });
    for (const id of ['a', 'b', 'c', 'd']) {
      conversations.start(id, `dl_${id}`);
      conversations.append(id, { type: 'message', text: 'y'.repeat(9_000) });
    }
    expect(['a', 'b', 'c', 'd'].every((id) => conversations.has(id))).toBe(true);
    // 'a' speaks again: now 'b' has been idle longest, and goes.
    conversations.append('a', { type: 'message', text: 'y'.repeat(9_000) });

    expect(conversations.heldBytes).toBeLessThanOrEqual(40_000);
    expect(conversations.has('a')).toBe(true);
    expect(conversations.has('d')).toBe(true);
    expect(conversations.has('b')).toBe(false);
  });
});

describe('Direct Line streams', () => {
  let bot: BotProcess;
  const open: WebSocket[] = [];
  beforeAll(async () => {
    bot = await startBotProcess({
      dataDir: makeTempDir('dl-exhaust-'),
      env: { RATE_LIMIT_CLIENT_PER_MINUTE: '1000', RATE_LIMIT_NEW_CHATS_PER_MINUTE: '1000' },
    });
  }, 30_000);
  afterAll(async () => {
    for (const socket of open) socket.terminate();
    await bot?.kill();
  });

  async function newConversation(): Promise<{ token: string; conversationId: string; streamUrl: string }> {
    const { token } = (await (await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const response = await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    return { token, ...((await response.json()) as { conversationId: string; streamUrl: string }) };
  }

  /** Opens a stream; resolves with the HTTP status of a refusal, or 101 once open. */
  const connect = (url: string) =>
    new Promise<number>((resolve) => {
      const socket = new WebSocket(url);
      open.push(socket);
      socket.once('open', () => resolve(101));
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('error', () => resolve(0));
    });

  it('allows a few per conversation and a bounded number per client address', { timeout: 30_000 }, async () => {
    const first = await newConversation();
    const onOne = [];
    for (let i = 0; i < 6; i++) onOne.push(await connect(first.streamUrl));
    expect(onOne).toEqual([101, 101, 101, 101, 429, 429]);

    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const conversation = await newConversation();
      for (let j = 0; j < 4; j++) statuses.push(await connect(conversation.streamUrl));
    }
    // 4 already open on the first conversation: 12 more reach the 16 per client.
    expect(statuses.filter((status) => status === 101)).toHaveLength(12);
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
