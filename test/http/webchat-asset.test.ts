// The help page's Web Chat bundle over real HTTP from the bot process: compressed by what the browser
// accepts, the same bytes once decompressed, cached by ETag (a revalidation is a 304 with no body).
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { accepted } from '../../src/web/webchat-asset.js';
import { loadWebChatBundle } from '../../src/web/help-page.js';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBotProcess({ dataDir: makeTempDir('webchat-') });
}, 30_000);
afterAll(async () => {
  await bot?.kill();
});

/** GET without any client decoding: status, headers and the raw bytes. */
function get(headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${bot.url}/webchat/webchat.js`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('/webchat/webchat.js', () => {
  const bundle = loadWebChatBundle();

  it('sends brotli to a browser that takes it, a sixth of the size, the same script once decoded', async () => {
    const response = await get({ 'accept-encoding': 'gzip, deflate, br, zstd' });

    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.body.length).toBeLessThan(bundle.length / 4);
    expect(zlib.brotliDecompressSync(response.body).equals(bundle)).toBe(true);
  });

  it('sends gzip where brotli is not taken, and the plain script where nothing is', async () => {
    const gzipped = await get({ 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.body).equals(bundle)).toBe(true);

    const plain = await get({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(bundle)).toBe(true);
    expect(plain.headers['content-length']).toBe(String(bundle.length));
  });

  it('carries one ETag for every encoding, and answers a revalidation with 304 and no body', async () => {
    const first = await get({ 'accept-encoding': 'br' });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect((await get({})).headers.etag).toBe(etag);
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);

    const again = await get({ 'accept-encoding': 'br', 'if-none-match': `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get({ 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect([...accepted('gzip, deflate, br')]).toEqual(['gzip', 'deflate', 'br']);
    expect([...accepted('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect([...accepted(undefined)]).toEqual([]);
  });
});
