// The source tree as the architecture tests see it: which files each folder holds, every module a
// file imports (a plain text scan, so nothing escapes it), and a TypeScript parse for the rules that
// look at code itself. Shared by test/architecture-imports.test.ts and test/architecture-rules.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceExtension = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** Files under `dir` (relative to the repository root), as forward-slash paths. */
export function filesUnder(dir: string, keep: (file: string) => boolean = () => true): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.includes('node_modules/') && keep(file))
    .sort();
}

export const sourcesUnder = (...dirs: string[]) => dirs.flatMap((dir) => filesUnder(dir, (file) => sourceExtension.test(file)));
export const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

type FoundImport = { specifier: string; line: number };

/**
 * Every module a source text loads: `import … from '…'`, `import '…'`, `export … from '…'`,
 * `import('…')` and `require('…')`. Deliberately plain: comments are not skipped, so a commented-out
 * import counts too (a false alarm is visible; a missed import is not).
 */
export function extractImports(source: string): FoundImport[] {
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

export type Violation = string;

/** `file:line imports 'x'` for every import of `files` that `allowed` refuses. */
export function importViolations(files: string[], allowed: (specifier: string, file: string) => boolean): Violation[] {
  return files.flatMap((file) =>
    extractImports(read(file))
      .filter(({ specifier }) => !allowed(specifier, file))
      .map(({ specifier, line }) => `${file}:${line} imports '${specifier}'`),
  );
}

export const lineOf = (sourceFile: ts.SourceFile, node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;

export function walk(sourceFile: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const go = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, go);
  };
  go(sourceFile);
}

export const parse = (file: string) => ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);

/** The code that ships or runs as a tool: the rules for production code apply to these. */
export const productionFiles = () => sourcesUnder('src', 'machines', 'scripts');
export const machineFiles = () => sourcesUnder('machines');
export const testFiles = () => filesUnder('test', (file) => file.endsWith('.ts'));
export const everySourceFile = () => [
  ...sourcesUnder('src', 'machines', 'test', 'scripts', 'dialogs', 'manifest'),
  ...fs.readdirSync(root).filter((name) => sourceExtension.test(name)),
];
