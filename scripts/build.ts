// `npm run build`: the bot as one ES module, dist/main.js, which `npm start` runs with plain Node.
// Bundling is for start-up time: resolving and compiling the SDK's ~1,000 module files under tsx took
// most of the 2.2 s the bot needed to listen (see README, Performance). Packages that load files of
// their own at run time stay outside the bundle and are imported from node_modules: better-sqlite3 (a
// native addon), pino (its transports start worker threads from their own files), pg (optional native
// binding) and dtrace-provider (restify's optional native probe). The slot models are trained here
// too, into dist/nlu-model.bin, so that the bot loads them instead of training at start-up.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { trainSlotClassifier } from '../src/nlu/classifier.js';
import { writeCompressedWebChat } from '../src/web/webchat-asset.js';

const root = fileURLToPath(new URL('../', import.meta.url));

export const external = ['better-sqlite3', 'pino', 'pino-pretty', 'pg', 'pg-native', 'dtrace-provider'];

/** How every bundle of this project is built; a benchmark bundles its echo bot the same way. */
export const bundleOptions = (entry: string, outfile: string): BuildOptions => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external,
  sourcemap: true,
  // Bundled CommonJS packages call require() for Node's built-ins; an ES module has no require.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});

export const botBundle = path.join(root, 'dist', 'main.js');

export async function buildBot(): Promise<string> {
  await build(bundleOptions(path.join(root, 'src', 'main.ts'), botBundle));
  // Trains the slot models once and leaves them in dist/nlu-model.bin, which start-up then loads.
  await trainSlotClassifier();
  await writeCompressedWebChat();
  return botBundle;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBot();
