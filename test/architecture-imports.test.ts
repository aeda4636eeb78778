// ARCHITECTURE.md's rules about imports, checked over the source tree: the import extractor itself,
// where the Bot Framework SDK may appear, which folder of src/ may import which, and that production
// code never imports tests. A wrong import is the usual way a layer leaks, so each rule is one test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { everySourceFile, extractImports, importViolations, machineFiles, productionFiles, read, root, sourcesUnder } from './support/source-tree.js';

/** The SDK packages: kept behind a thin layer that a move to the Microsoft 365 Agents SDK touches alone. */
const isBotFrameworkSdk = (specifier: string) => /^(botbuilder|botframework)(-[\w-]+)?(\/|$)/.test(specifier);

/**
 * Where the Bot Framework SDK may be imported: its own folder (the adapter, the customer's bot, the
 * Teams agents' side, the handoff protocol, proactive sends), so that moving to the Microsoft 365
 * Agents SDK touches that folder alone; and the benchmark's yardstick, the SDK's plain echo sample.
 */
const botFrameworkFolder = 'src/bot-framework/';
const botFrameworkTools = ['scripts/lib/echo-bot.ts'];
const mayImportBotFramework = (file: string) => file.startsWith(botFrameworkFolder) || botFrameworkTools.includes(file);

describe('architecture: the import extractor', () => {
  it('finds static, type-only, side-effect, multi-line, dynamic, re-exported and required imports', () => {
    const source = [
      "import a from 'pkg-a';",
      "import type { B } from './b.js';",
      "import './c.js';",
      'import {',
      '  d,',
      '  e,',
      "} from 'pkg-d';",
      "const f = await import('pkg-f');",
      "export { g } from './g.js';",
      "export * from './h.js';",
      "export type { I } from 'pkg-i';",
      "const j = require('pkg-j');",
      "const notAnImport = Array.from('abc');",
    ].join('\n');

    expect(extractImports(source)).toEqual([
      { specifier: 'pkg-a', line: 1 },
      { specifier: './b.js', line: 2 },
      { specifier: './c.js', line: 3 },
      { specifier: 'pkg-d', line: 7 },
      { specifier: 'pkg-f', line: 8 },
      { specifier: './g.js', line: 9 },
      { specifier: './h.js', line: 10 },
      { specifier: 'pkg-i', line: 11 },
      { specifier: 'pkg-j', line: 12 },
    ]);
  });

  it('finds the source tree it is meant to check', () => {
    expect(machineFiles()).toContain('machines/support.machine.ts');
    expect(productionFiles()).toContain('src/config.ts');
    expect(everySourceFile()).toContain('test/architecture-imports.test.ts');
  });
});

describe('architecture: the Bot Framework SDK stays behind a thin layer', () => {
  it(`is imported only under ${botFrameworkFolder} (and by the benchmark's echo bot)`, () => {
    const violations = importViolations(productionFiles(), (specifier, file) => !isBotFrameworkSdk(specifier) || mayImportBotFramework(file));

    expect(violations, `botbuilder may be imported only under ${botFrameworkFolder}`).toEqual([]);
  });

  it('is really used there (the folder is the Bot Framework layer, not an empty name)', () => {
    const users = productionFiles().filter(
      (file) => file.startsWith(botFrameworkFolder) && extractImports(read(file)).some(({ specifier }) => isBotFrameworkSdk(specifier)),
    );

    expect(users.length).toBeGreaterThan(5);
  });

  it('never uses botbuilder-dialogs: no import anywhere, no dependency in package.json', () => {
    const isDialogs = (specifier: string) => /^botbuilder-dialogs(\/|$)/.test(specifier);
    const violations = importViolations(everySourceFile(), (specifier) => !isDialogs(specifier));
    const manifest = JSON.parse(read('package.json')) as Record<string, unknown>;
    const declared = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
      Object.keys((manifest[field] as Record<string, string> | undefined) ?? {})
        .filter(isDialogs)
        .map((name) => `package.json ${field}: ${name}`),
    );

    expect([...violations, ...declared], 'flow state is the machine snapshot, not botbuilder-dialogs').toEqual([]);
  });
});

/**
 * The direction of dependencies between the folders of src/, lowest layer first: a folder may import
 * only the folders its row names (and machines/, and the shared files at the top of src/). The
 * composition roots at the top (app, main, runner, server) wire the folders together; only the
 * commands in cli/ may use one, the runner.
 */
const srcFolderMayImport: Record<string, string[]> = {
  ports: [],
  edge: [],
  observability: [],
  web: [],
  content: [],
  nlu: ['content'],
  stores: ['ports'],
  analytics: ['ports'],
  conversation: ['content', 'nlu', 'ports'],
  handoff: ['content', 'conversation', 'nlu', 'observability', 'ports'],
  'bot-framework': ['content', 'conversation', 'handoff', 'observability', 'ports'],
  directline: ['bot-framework', 'edge', 'nlu'],
  cli: ['content', 'conversation', 'nlu', 'runner.ts'],
};
const sharedSrcFiles = ['config.ts', 'errors.ts', 'project-root.ts', 'logger.ts', 'dot-env.ts'];

/** `src/<folder>/…` → the folder; `src/<file>.ts` → the file; anything else → undefined. */
function srcArea(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length > 2 ? parts[1] : parts[1]!.replace(/\.js$/, '.ts');
}

describe('architecture: folders of src/ depend one way', () => {
  it('has a row for every folder of src/', () => {
    const folders = fs
      .readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

    expect(folders).toEqual(Object.keys(srcFolderMayImport).sort());
  });

  it('imports only the folders its row allows', () => {
    const violations = importViolations(sourcesUnder('src'), (specifier, file) => {
      const from = srcArea(file);
      if (!specifier.startsWith('.') || from === undefined || !(from in srcFolderMayImport)) return true;
      const target = path
        .relative(root, path.resolve(path.dirname(path.join(root, file)), specifier))
        .split(path.sep)
        .join('/');
      const to = srcArea(target);
      if (to === undefined || to === from || sharedSrcFiles.includes(to)) return true;
      return srcFolderMayImport[from]!.includes(to);
    });

    expect(violations, 'a lower layer must not reach up; change the table only on purpose').toEqual([]);
  });

  it('assembles a runner in src/runner.ts only (buildRunner): createRunTurn is called nowhere else', () => {
    const callers = everySourceFile().filter((file) => file !== 'src/runner.ts' && /(?<!function )\bcreateRunTurn\s*\(/.test(read(file)));

    expect(callers, 'build runners with buildRunner(deps)').toEqual([]);
  });
});

describe('architecture: production code does not depend on tests', () => {
  it('no file in src/ or machines/ imports from test/; the tools in scripts/ only from test/support/', () => {
    const testDir = path.join(root, 'test') + path.sep;
    const supportDir = path.join(root, 'test', 'support') + path.sep;
    const violations = importViolations(productionFiles(), (specifier, file) => {
      if (!specifier.startsWith('.')) return true;
      const target = path.resolve(path.dirname(path.join(root, file)), specifier) + path.sep;
      // The benchmarks and `npm run agents:playground` start bots with the harnesses the tests use.
      if (file.startsWith('scripts/') && target.startsWith(supportDir)) return true;
      return !target.startsWith(testDir);
    });

    expect(violations, 'production code must not import tests').toEqual([]);
  });
});
