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

/** What in the configuration changes wording besides placeholder values. */
export type ContentSettings = {
  /** False when nobody chats live (HANDOFF_TARGET=none): entries use their `withoutLiveAgents` wording. */
  liveAgents: boolean;
};

export function loadContent(
  values: Readonly<Record<string, string>>,
  dir = defaultDialogsDir,
  settings: ContentSettings = { liveAgents: false },
): Content {
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
      const variant = entry.withoutLiveAgents;
      for (const id of Object.keys(variant?.choices ?? {})) {
        if (!entry.choices || !(id in entry.choices)) problems.push(`${where}: withoutLiveAgents has a button "${id}" the entry does not have`);
      }
      // Both wordings are checked, whichever this configuration shows.
      if (variant?.text !== undefined) fill(variant.text, values, where, problems);
      for (const label of Object.values(variant?.choices ?? {})) fill(label, values, where, problems);
      const text = settings.liveAgents ? entry.text : (variant?.text ?? entry.text);
      const labels = entry.choices && { ...entry.choices, ...(settings.liveAgents ? {} : variant?.choices) };
      const choices = labels
        ? Object.fromEntries(Object.entries(labels).map(([id, label]) => [id, fill(label, values, where, problems)]))
        : undefined;
      content.set(key, { text: fill(text, values, where, problems), ...(choices ? { choices } : {}), ...(entry.asks ? { asks: entry.asks } : {}) });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
