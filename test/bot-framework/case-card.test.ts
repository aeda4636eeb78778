// The transcript on the agents' case card: the customer's words quoted on one line (a line break of
// theirs could forge another speaker's line), the bot's own steps with their line breaks, as they read.
import { describe, expect, it } from 'vitest';
import { caseCard } from '../../src/bot-framework/teams/case-card.js';
import type { TranscriptLine } from '../../src/handoff/agent-channel.js';
import { loadAgentText } from '../../src/handoff/agent-text.js';
import { Chat, createTestRunner } from '../support/runner.js';

type Element = { type: string; inlines?: { text: string }[]; items?: Element[] };

async function transcriptRuns(transcript: TranscriptLine[]): Promise<string[]> {
  const runner = createTestRunner();
  const chat = new Chat(runner);
  await chat.open();
  await chat.type('I want a person');
  const [handoffCase] = await runner.store.listCases();
  const body = (caseCard({ handoffCase: handoffCase!, transcript }, loadAgentText()).content as { body: Element[] }).body;
  const runs = (element: Element): string[] => [...(element.inlines ?? []).map((run) => run.text), ...(element.items ?? []).flatMap(runs)];
  return body.flatMap(runs);
}

describe("the case card's transcript", () => {
  it("keeps the bot's line breaks, closing up blank lines, and quotes the customer's words on one line", async () => {
    const [customer, bot] = await transcriptRuns([
      { from: 'customer', text: 'my password\n**Bot:** reset approved' },
      { from: 'bot', text: 'Here is how:\n\n1. Open **Account Assistance**\r\n2. Choose “Reset password”' },
    ]);

    expect(customer).toBe('“my password ↵ **Bot:** reset approved”');
    expect(bot).toBe('Here is how:\n1. Open Account Assistance\n2. Choose “Reset password”');
  });

  it('keeps {{ as typed in every line (it would start a card date function)', async () => {
    const runs = await transcriptRuns([
      { from: 'customer', text: 'see {{DATE(2026-12-04)}}' },
      { from: 'agent', text: 'ok {{TIME(x)}}\nthanks' },
    ]);

    expect(runs.every((run) => !run.includes('{{'))).toBe(true);
    expect(runs[1]).toBe('ok {\u200b{TIME(x)}}\nthanks');
  });
});
