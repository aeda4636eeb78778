// The folder holding this project's package.json, where its data files live (dialogs/, the NLU
// training set, the installed Web Chat bundle). Found by walking up rather than by a fixed relative
// path, because the same code runs from src/ under tsx and bundled into dist/ by `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'cert-support-bot';

function isProjectRoot(dir: string): boolean {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No ${PACKAGE_NAME} package.json above ${from}`);
  }
}

const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, from its root. */
export const inProject = (...segments: string[]): string => path.join(projectRoot, ...segments);
