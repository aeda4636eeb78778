// ARCHITECTURE.md's rules, checked over the source tree: what each folder may import, which globals a
// machine may not touch, who reads process.env, and where the Bot Framework SDK may appear.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourceExtension = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** Files under `dir` (relative to the repository root), as forward-slash paths. */
function filesUnder(dir: string, keep: (file: string) => boolean = () => true): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.includes('node_modules/') && keep(file))
    .sort();
}

const sourcesUnder = (...dirs: string[]) => dirs.flatMap((dir) => filesUnder(dir, (file) => sourceExtension.test(file)));
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

type FoundImport = { specifier: string; line: number };

/**
 * Every module a source text loads: `import … from '…'`, `import '…'`, `export … from '…'`,
 * `import('…')` and `require('…')`. Deliberately plain: comments are not skipped, so a commented-out
 * import counts too (a false alarm is visible; a missed import is not).
 */
function extractImports(source: string): FoundImport[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]/g,
    /\bimport\s*['"]([^'"\n]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`\n]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`\n]+)['"`]\s*\)/g,
  ];
  const found: FoundImport[] = [];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier === undefined) continue;
      const at = match.index + match[0].lastIndexOf(specifier);
      found.push({ specifier, line: source.slice(0, at).split('\n').length });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

type Violation = string;

/** `file:line imports 'x'` for every import of `files` that `allowed` refuses. */
function importViolations(files: string[], allowed: (specifier: string, file: string) => boolean): Violation[] {
  return files.flatMap((file) =>
    extractImports(read(file))
      .filter(({ specifier }) => !allowed(specifier, file))
      .map(({ specifier, line }) => `${file}:${line} imports '${specifier}'`),
  );
}

const lineOf = (sourceFile: ts.SourceFile, node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;

function walk(sourceFile: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const go = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, go);
  };
  go(sourceFile);
}

const parse = (file: string) => ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);

/** True when `node` is a name that only labels something (`x.name`, `{ name: … }`), not a reference. */
function isOnlyAName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isEnumMember(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent)) &&
      parent.name === node)
  );
}

/** Globals a machine must not reach: I/O, clocks, randomness, timers (and the ways around the ban). */
const bannedMachineGlobals = new Set(['process', 'console', 'setTimeout', 'setInterval', 'globalThis', 'performance', 'crypto']);

function isCallOf(node: ts.Node, object: string, method: string): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === object &&
    node.expression.name.text === method
  );
}

/** Uses of process, Date.now(), new Date(), Math.random(), console, timers, in code (not comments or strings). */
function bannedGlobalUses(file: string): Violation[] {
  const sourceFile = parse(file);
  const found: Violation[] = [];
  walk(sourceFile, (node) => {
    const at = () => `${file}:${lineOf(sourceFile, node)}`;
    if (ts.isIdentifier(node) && bannedMachineGlobals.has(node.text) && !isOnlyAName(node)) {
      found.push(`${at()} uses ${node.text}`);
    } else if (isCallOf(node, 'Date', 'now')) {
      found.push(`${at()} uses Date.now()`);
    } else if (isCallOf(node, 'Math', 'random')) {
      found.push(`${at()} uses Math.random()`);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') {
      found.push(`${at()} uses new Date()`);
    }
  });
  return found;
}

/** Reads of process.env: `process.env`, `process['env']`, `const { env } = process`, `import { env } from 'node:process'`. */
function processEnvReads(file: string): Violation[] {
  const sourceFile = parse(file);
  const found: Violation[] = [];
  const isProcess = (node: ts.Node) => ts.isIdentifier(node) && node.text === 'process';
  walk(sourceFile, (node) => {
    const at = `${file}:${lineOf(sourceFile, node)}`;
    if (ts.isPropertyAccessExpression(node) && isProcess(node.expression) && node.name.text === 'env') {
      found.push(`${at} reads process.env`);
    } else if (
      ts.isElementAccessExpression(node) &&
      isProcess(node.expression) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === 'env'
    ) {
      found.push(`${at} reads process['env']`);
    } else if (
      ts.isVariableDeclaration(node) &&
      node.initializer !== undefined &&
      isProcess(node.initializer) &&
      ts.isObjectBindingPattern(node.name) &&
      node.name.elements.some((element) => (element.propertyName ?? element.name).getText(sourceFile) === 'env')
    ) {
      found.push(`${at} destructures env from process`);
    } else if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      /^(node:)?process$/.test(node.moduleSpecifier.text) &&
      /\benv\b/.test(node.importClause?.getText(sourceFile) ?? '')
    ) {
      found.push(`${at} imports env from ${node.moduleSpecifier.text}`);
    }
  });
  return found;
}

const productionFiles = () => sourcesUnder('src', 'machines', 'scripts');
const machineFiles = () => sourcesUnder('machines');
const everySourceFile = () => [
  ...sourcesUnder('src', 'machines', 'test', 'scripts', 'dialogs', 'manifest'),
  ...fs.readdirSync(root).filter((name) => sourceExtension.test(name)),
];

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

/** The one reader of process.env. */
const configFile = 'src/config.ts';
/**
 * Tools, not the bot: the Teams package builder fills the manifest's placeholders from its own
 * environment, the benchmark's echo bot takes its port from it, and so does `npm run agents:playground`.
 * (The harnesses that start bots for tests and benchmarks live in test/support, outside production.)
 */
const toolsReadingEnv = ['scripts/manifest.ts', 'scripts/lib/echo-bot.ts', 'scripts/agents-playground.ts'];

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
    expect(productionFiles()).toContain(configFile);
    expect(everySourceFile()).toContain('test/architecture.test.ts');
  });
});

describe('architecture: machines/ is pure', () => {
  it('imports only xstate, zod and sibling files in machines/', () => {
    const isSibling = (specifier: string) => /^\.\/[^/]+$/.test(specifier);
    const violations = importViolations(machineFiles(), (specifier) => ['xstate', 'zod'].includes(specifier) || isSibling(specifier));

    expect(violations, 'machines/ may import only xstate, zod and ./siblings').toEqual([]);
  });

  it('uses no process, clock, randomness, console or timers', () => {
    const violations = machineFiles().flatMap(bannedGlobalUses);

    expect(violations, 'time and ids arrive inside events; machines do no I/O').toEqual([]);
  });
});

describe('architecture: dialogs/ is content only', () => {
  it('holds only .yaml and .md files', () => {
    const files = filesUnder('dialogs');
    const others = files.filter((file) => !/\.(yaml|md)$/.test(file));

    expect(files.length).toBeGreaterThan(0);
    expect(others, 'dialogs/ may hold only .yaml and .md files').toEqual([]);
  });
});

describe('architecture: configuration', () => {
  it(`reads process.env only in ${configFile}`, () => {
    const readers = productionFiles().filter((file) => file !== configFile && !toolsReadingEnv.includes(file));
    const violations = readers.flatMap(processEnvReads);

    expect(violations, `only ${configFile} reads process.env; pass values in from Config`).toEqual([]);
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

/** Longer files have always turned out to hold two things; split them where the seam is. */
const MAX_SOURCE_LINES = 300;

describe('architecture: file size', () => {
  it(`keeps every source file of src/, machines/ and scripts/ within ${MAX_SOURCE_LINES} lines`, () => {
    const long = productionFiles()
      .map((file) => ({ file, lines: read(file).split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_SOURCE_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);

    expect(long, 'split the file where it holds two things').toEqual([]);
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
