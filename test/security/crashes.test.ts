// Requests that used to end the process, sent to the real bot before any authentication, in both
// modes (self-hosted Direct Line without an app id; Bot Framework auth with one). After each the
// process must still answer, and the bad request must get a 4xx that says what was wrong.
import net from 'node:net';
import { gzipSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';

const TIMEOUT = 30_000;

/** One raw HTTP/1.1 exchange, bytes exactly as written (no client normalises the path). */
function rawExchange(port: number, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    socket.end(request);
  });
}

const statusOf = (response: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

function post(port: number, path: string, body: Buffer, headers: Record<string, string>): Promise<string> {
  const head = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', `Content-Length: ${body.length}`]
    .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
    .join('\r\n');
  return rawExchange(port, Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]));
}

const upgrade = (port: number, path: string): Promise<string> =>
  rawExchange(
    port,
    [
      `GET ${path} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      '',
      '',
    ].join('\r\n'),
  );

const get = (port: number, path: string): Promise<string> =>
  rawExchange(port, [`GET ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', '', ''].join('\r\n'));

const modes = {
  'self-hosted, no app id': {},
  'with an app id': {
    MicrosoftAppId: '00000000-1111-2222-3333-444444444444',
    MicrosoftAppPassword: 'not-used-by-these-tests',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: '00000000-aaaa-bbbb-cccc-dddddddddddd',
  },
};

describe.each(Object.entries(modes))('one request must not end the process (%s)', (_mode, env) => {
  let bot: BotProcess;

  beforeAll(async () => {
    bot = await startBotProcess({ dataDir: makeTempDir('crashes-'), env });
  }, TIMEOUT);
  afterAll(async () => {
    await bot?.kill().catch(() => undefined);
  });

  const stillAnswers = async () => {
    expect(bot.exited).toBe(false);
    expect(statusOf(await get(bot.port, '/healthz'))).toBe(200);
  };

  it.each(['/api/messages', '/api/directline/token', '/v3/directline/conversations', '/no/such/route'])(
    'a gzip-labelled body that is not gzip, to %s: 415, process alive',
    async (path) => {
      const response = await post(bot.port, path, Buffer.from('x'), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      expect(statusOf(response)).toBe(415);
      expect(response).toContain('Content-Encoding is not supported');
      await stillAnswers();
    },
  );

  it('a 100 MB gzip bomb and a deflate body are refused before they are inflated', async () => {
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 32), { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(statusOf(await post(bot.port, '/api/messages', bomb, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }))).toBe(415);
    const deflated = deflateSync(Buffer.from(JSON.stringify({ type: 'message' })));
    expect(statusOf(await post(bot.port, '/api/messages', deflated, { 'Content-Type': 'application/json', 'Content-Encoding': 'deflate' }))).toBe(415);
    // Resident memory stays far below the 100 MB the bomb would inflate to.
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    const resident = Number(/^certbot_process_resident_memory_bytes (\d+)/m.exec(metrics)?.[1]);
    expect(resident).toBeGreaterThan(0);
    expect(resident).toBeLessThan(400 * 1024 * 1024);
    await stillAnswers();
  });

  it.each([
    ['a 5,000-deep array', `{"type":"message","x":${'['.repeat(5_000)}${']'.repeat(5_000)}}`],
    [
      'a 10,000-deep conversation object',
      `{"type":"message","text":"hi","channelId":"test","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c1","x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`,
    ],
  ])('%s is refused with 400 before the turn (it used to fail after a 200)', async (_name, body) => {
    for (const path of ['/api/messages', '/api/directline/token']) {
      const response = await post(bot.port, path, Buffer.from(body), { 'Content-Type': 'application/json' });
      expect(statusOf(response)).toBe(400);
      expect(response).toContain('nests deeper than');
    }
    await stillAnswers();
  });

  it.each(['%E0%A4%A', '%', '%ZZ', '%25E0%A4%A'])('a WebSocket upgrade to a stream path holding %s: 400 or 404, process alive', async (segment) => {
    const response = await upgrade(bot.port, `/v3/directline/conversations/${segment}/stream?t=x`);
    expect([400, 403, 404]).toContain(statusOf(response));
    if (segment !== '%25E0%A4%A') expect(statusOf(response)).toBe(400);
    await stillAnswers();
  });

  it.each(['%E0%A4%A', '%ZZ', '%25ZZ'])('a REST path holding %s: 400 (never 500), process alive', async (segment) => {
    for (const path of [`/v3/directline/conversations/${segment}/activities`, `/v3/directline/conversations/${segment}`]) {
      const status = statusOf(await get(bot.port, path));
      if (segment === '%25ZZ') expect(status).toBeLessThan(500);
      else expect(status).toBe(400);
    }
    await stillAnswers();
  });
});
