// The development corpus's scripted conversations, typed turn by turn into the real runner (content,
// language rules, machines, store): each reaches its expected outcome and never says what it must not.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Chat, createTestRunner } from '../helpers/runner.js';

const corpusFile = fileURLToPath(new URL('../../../shared/corpus/conversations.json', import.meta.url));

const conversationsSchema = z.array(
  z.object({ id: z.string(), turns: z.array(z.string()).min(1), expectOutcome: z.string(), mustNotContain: z.array(z.string()) }),
);

const conversations = conversationsSchema.parse(JSON.parse(fs.readFileSync(corpusFile, 'utf8')));

describe('development corpus conversations, typed', () => {
  it.each(conversations.map((c) => [c.id, c] as const))('%s', async (_id, conversation) => {
    const chat = new Chat(createTestRunner());
    await chat.open();
    for (const turn of conversation.turns) await chat.type(turn);

    expect(chat.outcomes).toContain(conversation.expectOutcome);
    const said = chat.texts.join('\n').toLowerCase();
    for (const forbidden of conversation.mustNotContain) expect(said).not.toContain(forbidden.toLowerCase());
  });
});
