// The production path of the help page's Direct Line: the bot's token endpoint exchanges an Azure
// Direct Line secret server-side, against a stand-in for directline.botframework.com on 127.0.0.1, so
// the page gets a token bound to a user id of the bot's choosing and never sees the secret.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';

const TIMEOUT = 30_000;

describe('production: the page gets its token from Azure Direct Line, and the secret stays on the server', () => {
  let azure: http.Server;
  const seen: { authorization?: string; path?: string; body?: { user?: { id?: string }; trustedOrigins?: string[] } }[] = [];
  let production: BotProcess;
  beforeAll(async () => {
    // Stands in for directline.botframework.com, which these machines cannot reach.
    azure = http.createServer((req, res) => {
      let text = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        seen.push({ authorization: req.headers.authorization, path: req.url, body: text ? (JSON.parse(text) as never) : undefined });
        const ok = req.headers.authorization === 'Bearer azure-secret-abc' && req.url === '/v3/directline/tokens/generate';
        res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
        res.end(JSON.stringify(ok ? { conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 } : { error: { code: 'BadArgument' } }));
      });
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`;
    production = await startBotProcess({
      dataDir: makeTempDir('directline-azure-'),
      env: { DIRECT_LINE_SECRET: 'azure-secret-abc', DIRECT_LINE_URL: url, DIRECT_LINE_TRUSTED_ORIGINS: 'https://help.example.org, https://www.example.org/' },
    });
  }, TIMEOUT);
  afterAll(async () => {
    await production?.kill().catch(() => undefined);
    await new Promise<void>((resolve) => azure.close(() => resolve()));
  });

  it('exchanges the secret server-side and tells the page where to connect', { timeout: TIMEOUT }, async () => {
    const response = await fetch(`${production.url}/api/directline/token`, { method: 'POST' });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(body).toEqual({ token: 'azure-token-1', conversationId: 'azure-conv-1', expires_in: 3600, domain: expect.stringMatching(/\/v3\/directline$/) });
    expect(seen.at(-1)).toMatchObject({ authorization: 'Bearer azure-secret-abc', path: '/v3/directline/tokens/generate' });
    // Bound to a user id of the bot's choosing and to the help page's origins.
    expect(seen.at(-1)?.body?.user?.id).toMatch(/^dl_[\w-]{8,}$/);
    expect(seen.at(-1)?.body?.trustedOrigins).toEqual(['https://help.example.org', 'https://www.example.org']);
    await fetch(`${production.url}/api/directline/token`, { method: 'POST' });
    expect(seen.at(-1)?.body?.user?.id).not.toBe(seen.at(-2)?.body?.user?.id);

    const page = await (await fetch(`${production.url}/`)).text();
    expect(page).not.toContain('azure-secret-abc');
    expect(JSON.stringify(body)).not.toContain('azure-secret-abc');
  });
});
