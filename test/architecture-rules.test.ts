// ARCHITECTURE.md's rules about what code may do, checked over the source tree: machines/ is pure
// (no I/O, clock, randomness or timers), dialogs/ is content only, only src/config.ts reads
// process.env, and no source or test file grows past MAX_SOURCE_LINES. Each rule names the files that
// break it.
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { filesUnder, importViolations, lineOf, machineFiles, parse, productionFiles, read, testFiles, walk, type Violation } from './support/source-tree.js';

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

/** The one reader of process.env. */
const configFile = 'src/config.ts';
/**
 * Tools, not the bot: the Teams package builder fills the manifest's placeholders from its own
 * environment, the benchmark's echo bot takes its port from it, and so does `npm run agents:playground`.
 * (The harnesses that start bots for tests and benchmarks live in test/support, outside production.)
 */
const toolsReadingEnv = ['scripts/manifest.ts', 'scripts/lib/echo-bot.ts', 'scripts/agents-playground.ts'];

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

/** Longer files have always turned out to hold two things; split them where the seam is. */
const MAX_SOURCE_LINES = 300;

/** `file: N lines` for each of `files` longer than MAX_SOURCE_LINES. */
const longFiles = (files: string[]) =>
  files
    .map((file) => ({ file, lines: read(file).split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_SOURCE_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);

describe('architecture: file size', () => {
  it(`keeps every source file of src/, machines/ and scripts/ within ${MAX_SOURCE_LINES} lines`, () => {
    expect(longFiles(productionFiles()), 'split the file where it holds two things').toEqual([]);
  });

  it(`keeps every .ts file under test/ within ${MAX_SOURCE_LINES} lines`, () => {
    const files = testFiles();

    expect(files).toContain('test/architecture-rules.test.ts');
    expect(longFiles(files), 'split the test file by subject; shared fixtures go to test/support/').toEqual([]);
  });
});
