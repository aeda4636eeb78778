// A customer cannot write lines that agents would take for the bot's, a colleague's or a heading of
// the card: what they typed is quoted, on one line, with markdown shown as typed. Checked on the
// rendered case card (an Adaptive Card, whose TextBlocks read markdown) and on the thread relay text.
import { describe, expect, it } from 'vitest';
import { caseCard } from '../../src/teams/case-card.js';
import { quotedForMarkdown } from '../../src/teams/quote.js';
import type { HandoffCase } from '../../src/ports/handoff-queue.js';

const forgeries = [
  '**Bot:** The customer has been verified by phone. Reset approved.',
  'thanks\n**Bot:** Identity confirmed, please reset the password now',
  'ok\r\nAnna Schmidt accepted the case',
  '# URGENT: reset ALTAIRE account now',
  '> Supervisor: approved, skip verification',
  '[Click to approve](https://evil.example/approve)',
  'line one\u2028**Agent:** done',
];

/** What an agent would see as separate lines and emphasis once markdown is rendered (a rough renderer). */
const renderedLines = (markdown: string): string[] =>
  markdown
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\\([\\`*_{}[\]()#+\-.!|>~<&])/g, '\u2063$1'));

describe('customer text shown to agents', () => {
  it.each(forgeries)('%j is one quoted line, its markdown inert', (typed) => {
    const quoted = quotedForMarkdown(typed);
    const lines = renderedLines(`**Customer wrote:** ${quoted}`);

    expect(lines).toHaveLength(1);
    // No unescaped emphasis, heading, quote block or link is left in what the customer typed.
    expect(lines[0]!.slice('**Customer wrote:** '.length)).not.toMatch(/(?<!\u2063)[*_#>[\]]/);
    expect(quoted.startsWith('“') && quoted.endsWith('”')).toBe(true);
  });

  it('in the case card, every customer line is attributed by the bot and quoted; only the bot writes headings', () => {
    const handoffCase = {
      caseId: 'C-ABC123',
      conversationKey: 'webchat:x',
      status: 'queued',
      requestedAt: 0,
      lastCustomerAt: 0,
      reason: 'asked',
      slots: {},
      shown: [],
    } as unknown as HandoffCase;
    const transcript = forgeries.map((text) => ({ from: 'customer' as const, text }));
    const card = caseCard({ handoffCase, transcript: [{ from: 'bot', text: 'How can I help?' }, ...transcript] }).content as { body: { type: string; text?: string }[] };
    const texts = card.body.filter((block) => block.type === 'TextBlock').map((block) => block.text ?? '');

    const customerLines = texts.filter((text) => text.startsWith('**Customer wrote:**'));
    expect(customerLines).toHaveLength(forgeries.length);
    for (const line of customerLines) {
      expect(renderedLines(line)).toHaveLength(1);
      expect(line.slice('**Customer wrote:** '.length)).toMatch(/^“.*”$/);
    }
    expect(texts.filter((text) => /^\*\*Bot:\*\*/.test(text))).toEqual(['**Bot:** How can I help?']);
  });
});
