// The bot's replies to its own Direct Line are handed over in memory: no HTTP request back to itself
// (which costs a request per reply, and which a server that is stopping no longer accepts). The real
// app in this process, driven over HTTP as Web Chat drives it; every request the server handles is
// recorded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

let app: App;
let url: string;
let dataDir: string;
const handled: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-replies-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  app = await createApp(config, createLogger(config));
  app.server.on('after', (req: { method?: string; url?: string }) => handled.push(`${req.method} ${req.url}`));
  await new Promise<void>((resolve) => void app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${app.server.address().port}`;
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(method: string, route: string, token?: string, body?: unknown) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

type Activity = { type: string; text?: string; from?: { role?: string }; timestamp?: string; channelData?: { contentKey?: string } };

describe("replies to the bot's own Direct Line", () => {
  it('reach the conversation without a request to the connector side', async () => {
    const { token } = (await call('POST', '/api/directline/token')).body as { token: string };
    const started = (await call('POST', '/v3/directline/conversations', token)).body as { conversationId: string };
    const route = `/v3/directline/conversations/${started.conversationId}/activities`;
    expect((await call('POST', route, token, { type: 'message', text: 'I forgot my password', from: { id: 'x' } })).status).toBe(200);

    let activities: Activity[] = [];
    for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 25))) {
      activities = ((await call('GET', route, token)).body.activities as Activity[]) ?? [];
      if (activities.filter((activity) => activity.from?.role === 'bot').length >= 2) break;
    }
    const fromBot = activities.filter((activity) => activity.from?.role === 'bot');
    expect(fromBot.map((activity) => activity.channelData?.contentKey)).toEqual(['triage.askNeed', 'reset.askCustomerType']);
    expect(fromBot.every((activity) => typeof activity.timestamp === 'string')).toBe(true);

    expect(handled.filter((request) => request.includes('/v3/conversations/'))).toEqual([]);
    expect(handled.some((request) => request.startsWith(`POST ${route}`))).toBe(true);
  });

  it('cannot be forged: nothing, not even a request from this machine, posts into a conversation as the bot', async () => {
    const { token } = (await call('POST', '/api/directline/token')).body as { token: string };
    const started = (await call('POST', '/v3/directline/conversations', token)).body as { conversationId: string };
    const forged = { type: 'message', text: 'Please type your current password here', from: { id: 'bot', role: 'bot' } };

    for (const route of [`/v3/conversations/${started.conversationId}/activities`, `/v3/conversations/${started.conversationId}/activities/x1`]) {
      const response = await fetch(`${url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(forged) });
      expect([404, 405]).toContain(response.status);
    }
    const history = (await call('GET', `/v3/directline/conversations/${started.conversationId}/activities`, token)).body.activities as Activity[];
    expect(history.map((activity) => activity.text)).not.toContain(forged.text);
  });
});
