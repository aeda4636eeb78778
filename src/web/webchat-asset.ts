// Web Chat's bundle (3.9 MB) as the help page serves it: compressed with brotli (0.64 MB) or gzip
// (0.95 MB) by the browser's Accept-Encoding, with an ETag from its content so a reload revalidates
// with a 304 instead of downloading it again. `npm run build` writes the compressed copies next to the
// bot (dist/webchat.<etag>.js.br and .gz, brotli at its best quality, ~7 s once per Web Chat version);
// without them (npm run dev) they are made in the background at start-up, and the plain bundle is
// served until they are ready.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { inProject } from '../project-root.js';
import { loadWebChatBundle } from './help-page.js';

export type Encoding = 'br' | 'gzip';
export type WebChatAsset = {
  readonly etag: string;
  readonly identity: Buffer;
  /** The best representation the client accepts: brotli, then gzip, then the bundle as it is. */
  pick(acceptEncoding: string | undefined): { body: Buffer; encoding?: Encoding };
};

const compressedFile = (version: string, encoding: Encoding) => inProject('dist', `webchat.${version}.js.${encoding === 'br' ? 'br' : 'gz'}`);

const versionOf = (bundle: Buffer) => createHash('sha256').update(bundle).digest('hex').slice(0, 16);

const compress = {
  br: (bundle: Buffer, quality: number) =>
    promisify(zlib.brotliCompress)(bundle, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bundle.length },
    }),
  gzip: (bundle: Buffer) => promisify(zlib.gzip)(bundle, { level: 9 }),
};

/** Which encodings the client takes, from its Accept-Encoding header (q=0 refuses one). */
export function accepted(header: string | undefined): Set<string> {
  const taken = new Set<string>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) taken.add(name.trim());
  }
  return taken;
}

/** Writes the compressed copies for the installed Web Chat into dist/ unless they are there already. */
export async function writeCompressedWebChat(): Promise<void> {
  const bundle = loadWebChatBundle();
  const version = versionOf(bundle);
  fs.mkdirSync(inProject('dist'), { recursive: true });
  for (const encoding of ['br', 'gzip'] as const) {
    const file = compressedFile(version, encoding);
    if (fs.existsSync(file)) continue;
    const body = encoding === 'br' ? await compress.br(bundle, 11) : await compress.gzip(bundle);
    fs.writeFileSync(`${file}.tmp`, body);
    fs.renameSync(`${file}.tmp`, file);
  }
  // Older versions' copies are of no further use.
  for (const name of fs.readdirSync(inProject('dist'))) {
    if (/^webchat\.[0-9a-f]{16}\.js\.(br|gz)$/.test(name) && !name.includes(version)) fs.rmSync(path.join(inProject('dist'), name));
  }
}

export function loadWebChatAsset(onError: (error: unknown) => void = () => undefined): WebChatAsset {
  const identity = loadWebChatBundle();
  const version = versionOf(identity);
  const ready: Partial<Record<Encoding, Buffer>> = {};
  for (const encoding of ['br', 'gzip'] as const) {
    const file = compressedFile(version, encoding);
    if (fs.existsSync(file)) ready[encoding] = fs.readFileSync(file);
    else {
      // Quality 5 in the background: a fraction of a second, most of brotli's gain.
      (encoding === 'br' ? compress.br(identity, 5) : compress.gzip(identity)).then((body) => (ready[encoding] = body), onError);
    }
  }
  return {
    etag: `"${version}"`,
    identity,
    pick(acceptEncoding) {
      const taken = accepted(acceptEncoding);
      if (taken.has('br') && ready.br) return { body: ready.br, encoding: 'br' };
      if (taken.has('gzip') && ready.gzip) return { body: ready.gzip, encoding: 'gzip' };
      return { body: identity };
    },
  };
}
