// Fuzzing the edge below the activity: compressed bodies, malformed paths, WebSocket upgrades and
// deeply nested JSON, over raw sockets (no client library normalises what is sent), against the real
// bot process with its self-hosted Direct Line. Seeded, so a failure can be replayed. No 5xx, the
// process stays up, and a normal chat succeeds alongside.
import net from 'node:net';
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { ordinaryChat } from '../support/bot-processes.js';
import { messageActivity, newConversationId } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';
import { seededRandom } from '../support/seeded-random.js';

const CASES = 1_500;
const CONCURRENCY = 12;

let bot: BotProcess;
let connector: LocalConnector;

beforeAll(async () => {
  connector = await startLocalConnector();
  bot = await startBotProcess({
    dataDir: makeTempDir('fuzz-edge-'),
    env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '100000', RATE_LIMIT_CLIENT_PER_MINUTE: '100000', RATE_LIMIT_NEW_CHATS_PER_MINUTE: '100000' },
  });
}, 30_000);
afterAll(async () => {
  await bot?.kill().catch(() => undefined);
  await connector?.close();
});

type Rng = ReturnType<typeof seededRandom>;

/** Sends bytes as written; resolves with the status (0 when the server closed without one). */
function exchange(request: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(bot.port, '127.0.0.1');
    let head = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('close', () => resolve(0));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(0) : reject(error)));
    socket.end(request);
  });
}

const paths = [
  '/api/messages',
  '/api/directline/token',
  '/v3/directline/conversations',
  '/v3/directline/conversations/abc/activities',
  '/v3/directline/tokens/refresh',
  '/',
  '/webchat/webchat.js',
  '/readyz',
];
const junkSegments = ['%', '%Z', '%E0%A4%A', '%C0%AF', '%00', '%25', '%2F..%2F', '..', '%ff%fe', '%u0041', '\u00e9', '%%%', 'a%2'];

function path(rng: Rng): string {
  const base = rng.pick(paths);
  if (rng.int(2) === 0) return base;
  const segments = base.split('/');
  segments[1 + rng.int(segments.length - 1)] = rng.pick(junkSegments);
  return segments.join('/') + (rng.int(3) === 0 ? `?t=${rng.pick(junkSegments)}&watermark=${rng.pick(junkSegments)}` : '');
}

function nested(rng: Rng): string {
  const depth = rng.pick([31, 33, 100, 5_000, 20_000]);
  const [open, close] = rng.int(2) === 0 ? ['[', ']'] : ['{"a":', '}'];
  const inner = `${open.repeat(depth)}1${close.repeat(depth)}`;
  return rng.int(2) === 0
    ? inner
    : JSON.stringify(messageActivity(connector.url, newConversationId(), 'hi')).replace('"text":"hi"', `"text":"hi","value":${inner}`);
}

function compressed(rng: Rng): { body: Buffer; encoding: string } {
  const plain = Buffer.from(
    rng.int(2) === 0 ? JSON.stringify(messageActivity(connector.url, newConversationId(), 'hello')) : 'x'.repeat(rng.pick([1, 1000, 2_000_000])),
  );
  switch (rng.int(5)) {
    case 0:
      return { body: gzipSync(plain), encoding: rng.pick(['gzip', 'x-gzip', 'GZIP']) };
    case 1:
      return { body: deflateSync(plain), encoding: 'deflate' };
    case 2:
      return { body: brotliCompressSync(plain), encoding: 'br' };
    case 3:
      return { body: Buffer.from('not compressed at all'), encoding: rng.pick(['gzip', 'deflate', 'br', 'gzip, deflate']) };
    default:
      return { body: gzipSync(plain).subarray(0, 20), encoding: rng.pick(['gzip', 'identity, gzip', 'compress', 'zstd']) };
  }
}

function upgrade(rng: Rng): Buffer {
  const id = rng.int(3) === 0 ? newConversationId() : rng.pick(junkSegments);
  const lines = [
    `GET ${rng.int(4) === 0 ? path(rng) : `/v3/directline/conversations/${id}/stream?t=${rng.pick(['', 'x', 'eyJhbGciOiJub25lIn0.e30.', ...junkSegments])}`} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: Upgrade',
    `Upgrade: ${rng.pick(['websocket', 'WebSocket', 'h2c', ''])}`,
  ];
  if (rng.int(4) !== 0) lines.push(`Sec-WebSocket-Version: ${rng.pick(['13', '8', 'x'])}`);
  if (rng.int(4) !== 0) lines.push(`Sec-WebSocket-Key: ${rng.pick(['dGhlIHNhbXBsZSBub25jZQ==', 'short', ''])}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
}

function request(method: string, target: string, body: Buffer, headers: Record<string, string>): Buffer {
  const head = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', `Content-Length: ${body.length}`]
    .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
    .join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]);
}

function fuzzCase(rng: Rng): { kind: string; bytes: Buffer } {
  switch (rng.int(4)) {
    case 0: {
      const { body, encoding } = compressed(rng);
      return { kind: 'compressed', bytes: request('POST', rng.pick(paths), body, { 'Content-Type': 'application/json', 'Content-Encoding': encoding }) };
    }
    case 1:
      return {
        kind: 'path',
        bytes: request(rng.pick(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']), path(rng), Buffer.from('{}'), { 'Content-Type': 'application/json' }),
      };
    case 2:
      return { kind: 'upgrade', bytes: upgrade(rng) };
    default:
      return {
        kind: 'deep',
        bytes: request('POST', rng.pick(['/api/messages', '/api/directline/token', '/v3/directline/conversations']), Buffer.from(nested(rng)), {
          'Content-Type': 'application/json',
        }),
      };
  }
}

describe('fuzzing the edge', () => {
  it(
    `${CASES} compressed bodies, malformed paths, WebSocket upgrades and deep JSON: no 5xx, the process stays up, a normal chat succeeds alongside`,
    { timeout: 120_000 },
    async () => {
      const rng = seededRandom(20261204);
      const statuses = new Map<string, Map<number, number>>();
      const serverErrors: string[] = [];

      // A customer who only wants their answer, while the junk flies.
      const normalChat = ordinaryChat(bot.url, connector);

      let next = 0;
      const worker = async () => {
        while (next < CASES) {
          next++;
          const { kind, bytes } = fuzzCase(rng);
          const status = await exchange(bytes);
          const byKind = statuses.get(kind) ?? new Map<number, number>();
          statuses.set(kind, byKind.set(status, (byKind.get(status) ?? 0) + 1));
          if (status >= 500) serverErrors.push(`${status} ${kind} ${bytes.subarray(0, 200).toString('latin1')}`);
        }
      };
      const [normal] = await Promise.all([normalChat, ...Array.from({ length: CONCURRENCY }, worker)]);
      console.info(
        `fuzz-edge: ${CASES} cases, statuses ${JSON.stringify(Object.fromEntries([...statuses].map(([kind, counts]) => [kind, Object.fromEntries(counts)])))}`,
      );

      expect(serverErrors).toEqual([]);
      expect(bot.exited).toBe(false);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      expect(contentKeysOf(connector.said(normal))).toContain('reset.reseller');
      // Every kind was tried, and compressed bodies were all refused before they were read.
      expect([...statuses.keys()].sort()).toEqual(['compressed', 'deep', 'path', 'upgrade']);
      expect([...statuses.get('compressed')!.keys()].filter((status) => status !== 415 && status !== 0)).toEqual([]);
    },
  );
});
