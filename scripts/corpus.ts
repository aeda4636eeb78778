// Reading corpus files in the format of the shared development corpus, with clear errors.
import fs from 'node:fs';
import { z } from 'zod';
import { customerTypes, needs, products, roles } from '../machines/domain.js';

export const utteranceSchema = z.object({
  text: z.string(),
  need: z.enum(needs).nullable(),
  role: z.enum(roles).nullable(),
  delegated: z.boolean().nullable(),
  customerType: z.enum(customerTypes).nullable(),
  partner: z.literal('altaire').nullable(),
  product: z.enum(products).nullable(),
  hasOrderNumber: z.boolean().nullable(),
  containsSecret: z.boolean(),
});
export type LabelledUtterance = z.infer<typeof utteranceSchema>;

export const conversationSchema = z.object({
  id: z.string(),
  turns: z.array(z.string()).min(1),
  expectOutcome: z.string(),
  mustNotContain: z.array(z.string()),
  notes: z.string().optional(),
});
export type ScriptedConversation = z.infer<typeof conversationSchema>;

export class CorpusError extends Error {}

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
