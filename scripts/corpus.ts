// Reading labelled corpus files, with clear errors: the project's own (corpus/, built by
// scripts/build-corpus.ts: a need may be a list of two, and tags, secrets and identifiers ride along)
// and any outside file in the same line format without those extras.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { customerTypes, needs, products, roles } from '../machines/domain.js';

export const utteranceSchema = z.object({
  text: z.string(),
  /** Two or more when the message states several needs; the bot answers one, then offers the next. */
  need: z.union([z.enum(needs), z.array(z.enum(needs)).min(2)]).nullable(),
  role: z.enum(roles).nullable(),
  delegated: z.boolean().nullable(),
  customerType: z.enum(customerTypes).nullable(),
  partner: z.literal('altaire').nullable(),
  product: z.enum(products).nullable(),
  hasOrderNumber: z.boolean().nullable(),
  containsSecret: z.boolean(),
  tags: z.array(z.string()).optional(),
  /** The exact secrets in the text (every one must be masked). */
  secrets: z.array(z.string()).optional(),
  /** User names, emails, order and customer numbers in the text (none may be masked). */
  identifiers: z.array(z.string()).optional(),
});
export type LabelledUtterance = z.infer<typeof utteranceSchema>;

export const conversationSchema = z
  .object({
    id: z.string(),
    turns: z.array(z.string()).min(1),
    expectOutcome: z.string(),
    // Every outcome the bot should reach, in order: catches a wrong first answer that a later turn corrects.
    expectOutcomes: z.array(z.string()).min(1).optional(),
    mustNotContain: z.array(z.string()),
    notes: z.string().optional(),
  })
  .refine((c) => !c.expectOutcomes || c.expectOutcomes.includes(c.expectOutcome), {
    message: 'expectOutcomes must include expectOutcome',
    path: ['expectOutcomes'],
  });
export type ScriptedConversation = z.infer<typeof conversationSchema>;

/** Whether the outcomes a conversation reached are the ones it expects: the whole sequence where it gives one. */
export function reachedExpectedOutcomes(conversation: ScriptedConversation, outcomes: readonly string[]): boolean {
  if (!conversation.expectOutcomes) return outcomes.includes(conversation.expectOutcome);
  return outcomes.length === conversation.expectOutcomes.length && outcomes.every((outcome, index) => outcome === conversation.expectOutcomes?.[index]);
}

export class CorpusError extends Error {}

const corpusRoot = fileURLToPath(new URL('../corpus/', import.meta.url));
export const corpusSplits = ['train', 'dev', 'test'] as const;
export type CorpusSplit = (typeof corpusSplits)[number];
export const splitFile = (split: CorpusSplit): string => path.join(corpusRoot, 'utterances', `${split}.jsonl`);
/** Messages labelled with their exact secrets and identifiers only (corpus/secret-shapes): the masking's own check. */
export const secretShapeFiles = (): string[] =>
  fs
    .readdirSync(path.join(corpusRoot, 'secret-shapes'))
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => path.join(corpusRoot, 'secret-shapes', name));
const conversationsDir = path.join(corpusRoot, 'conversations');

/** The project's scripted conversations, every file of corpus/conversations, in file order. */
export function readProjectConversations(): ScriptedConversation[] {
  return fs
    .readdirSync(conversationsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => readConversations(path.join(conversationsDir, name)));
}

export function readUtterances(file: string): LabelledUtterance[] {
  const lines = readText(file).split('\n');
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CorpusError(`${file}:${index + 1}: not valid JSON`);
    }
    const parsed = utteranceSchema.safeParse(json);
    if (!parsed.success) throw new CorpusError(`${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return [parsed.data];
  });
}

export function readConversations(file: string): ScriptedConversation[] {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch {
    throw new CorpusError(`${file}: not valid JSON`);
  }
  const parsed = z.array(conversationSchema).safeParse(json);
  if (!parsed.success) throw new CorpusError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CorpusError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
