// Reads dialogs/*.yaml, validates it, and fills brand placeholders from configuration. Every problem
// is reported at once, at start-up, so a broken edit never reaches a customer. dialogs/agents.yaml is
// what agents read in Teams: loaded on its own (loadAgentContent), never said to a customer.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from '../errors.js';
import { inProject } from '../project-root.js';
import { agentFileSchema, dialogFileSchema, type ContentEntry } from './schema.js';

export const defaultDialogsDir = inProject('dialogs');

export type Content = ReadonlyMap<string, ContentEntry>;

const agentsFile = 'agents.yaml';

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

/** The file's entries as `schema` reads them; undefined, with the problems added, when it does not parse or fit. */
function readDialogFile<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  const document = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { uniqueKeys: true });
  if (document.errors.length > 0) {
    problems.push(...document.errors.map((error) => `${file}: ${error.message}`));
    return undefined;
  }
  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`));
    return undefined;
  }
  return parsed.data;
}

export function loadContent(values: Readonly<Record<string, string>>, dir = defaultDialogsDir, settings: ContentSettings = { liveAgents: false }): Content {
  const problems: string[] = [];
  const content = new Map<string, ContentEntry>();
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== agentsFile)
    .sort();
  if (files.length === 0) problems.push(`${dir}: no .yaml files`);

  for (const file of files) {
    const parsed = readDialogFile(dir, file, dialogFileSchema, problems);
    if (!parsed) continue;
    for (const [key, entry] of Object.entries(parsed)) {
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
      const choices = labels ? Object.fromEntries(Object.entries(labels).map(([id, label]) => [id, fill(label, values, where, problems)])) : undefined;
      content.set(key, { text: fill(text, values, where, problems), ...(choices ? { choices } : {}), ...(entry.asks ? { asks: entry.asks } : {}) });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

/**
 * dialogs/agents.yaml, with every placeholder left for run time: which ones each key may use is
 * declared next to the code that fills them (src/handoff/agent-text.ts), which checks them.
 */
export function loadAgentContent(dir = defaultDialogsDir): Content {
  const problems: string[] = [];
  const parsed = fs.existsSync(path.join(dir, agentsFile)) ? readDialogFile(dir, agentsFile, agentFileSchema, problems) : undefined;
  if (!parsed && problems.length === 0) problems.push(`${dir}: no ${agentsFile}`);
  if (problems.length > 0) throw new ContentError(problems);
  return new Map(Object.entries(parsed ?? {}));
}
