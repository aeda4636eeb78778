// Reads dialogs/*.yaml, validates it, and fills brand placeholders from configuration. Every problem
// is reported at once, at start-up, so a broken edit never reaches a customer.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ContentError } from '../errors.js';
import { inProject } from '../project-root.js';
import { dialogFileSchema, type ContentEntry } from './schema.js';

export const defaultDialogsDir = inProject('dialogs');

export type Content = ReadonlyMap<string, ContentEntry>;

/** Anything in braces is a placeholder: filled, or reported as unknown; never shown as written. */
export const placeholder = /\{\s*([^{}\s]+)\s*\}/g;

/** Placeholders filled as the chat goes (catalog.render), not from configuration. */
export const runtimePlaceholders: ReadonlySet<string> = new Set(['position', 'agent', 'text']);

function fill(text: string, values: Readonly<Record<string, string>>, where: string, problems: string[]): string {
  return text.replace(placeholder, (whole, name: string) => {
    if (runtimePlaceholders.has(name)) return `{${name}}`;
    const value = values[name];
    if (value === undefined) {
      problems.push(`${where}: unknown placeholder ${whole}`);
      return whole;
    }
    return value;
  });
}

export function loadContent(values: Readonly<Record<string, string>>, dir = defaultDialogsDir): Content {
  const problems: string[] = [];
  const content = new Map<string, ContentEntry>();
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  if (files.length === 0) problems.push(`${dir}: no .yaml files`);

  for (const file of files) {
    const document = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { uniqueKeys: true });
    if (document.errors.length > 0) {
      problems.push(...document.errors.map((error) => `${file}: ${error.message}`));
      continue;
    }
    const parsed = dialogFileSchema.safeParse(document.toJS());
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`));
      continue;
    }
    for (const [key, entry] of Object.entries(parsed.data)) {
      if (content.has(key)) {
        problems.push(`${file}: ${key} is already defined in another file`);
        continue;
      }
      const where = `${file}: ${key}`;
      const choices = entry.choices
        ? Object.fromEntries(Object.entries(entry.choices).map(([id, label]) => [id, fill(label, values, where, problems)]))
        : undefined;
      content.set(key, { text: fill(entry.text, values, where, problems), ...(choices ? { choices } : {}) });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
