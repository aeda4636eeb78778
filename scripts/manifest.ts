// `npm run manifest [-- --out <file>]`: the Teams app package (manifest.json, color.png, outline.png
// at the zip root) from manifest/, with every ${{NAME}} filled from the environment. Nothing is
// written unless every variable is set and the filled manifest passes its version's schema.
import '../src/dot-env.js';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { fillPlaceholders, iconSizes, pngSize, validateManifest } from './lib/teams-manifest.js';

const root = path.resolve(import.meta.dirname, '..');
const manifestDir = path.join(root, 'manifest');
const templateFile = path.join(manifestDir, 'manifest.json');

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outFile = path.resolve(values.out ?? path.join(root, 'build/appPackage.zip'));

let template: unknown;
try {
  template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
} catch (error) {
  fail([`manifest: cannot read ${path.relative(root, templateFile)}: ${(error as Error).message}`]);
}

// The package is built outside the bot, from the shell's variables, so it reads them itself rather
// than through src/config.ts (whose schema holds only what the running bot needs).
const { filled, missing, malformed } = fillPlaceholders(template, process.env);
if (missing.length > 0 || malformed.length > 0) {
  fail([
    ...(missing.length > 0 ? [`manifest: set these environment variables (see .env.example, "Teams app package"): ${missing.join(', ')}`] : []),
    ...malformed.map((where) => `manifest: malformed placeholder at ${where}`),
  ]);
}

const problems = validateManifest(filled);
if (problems.length > 0) {
  fail(['manifest: the filled manifest does not match its schema:', ...problems.map((problem) => `  ${problem}`)]);
}

const icons = (filled as { icons: Record<keyof typeof iconSizes, string> }).icons;
const iconFiles = Object.entries(iconSizes).map(([kind, size]) => {
  const name = icons[kind as keyof typeof iconSizes];
  const bytes = fs.readFileSync(path.join(manifestDir, name));
  const actual = pngSize(bytes);
  if (actual?.width !== size || actual.height !== size) {
    fail([`manifest: icons.${kind} (${name}) must be a ${size}×${size} PNG; it is ${actual ? `${actual.width}×${actual.height}` : 'not a PNG'}`]);
  }
  return [name, bytes] as const;
});

const zip = zipSync({
  'manifest.json': strToU8(`${JSON.stringify(filled, null, 2)}\n`),
  ...Object.fromEntries(iconFiles),
});
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, zip);
console.log(`manifest: wrote ${path.relative(process.cwd(), outFile) || outFile} (manifest ${(filled as { manifestVersion: string }).manifestVersion})`);
