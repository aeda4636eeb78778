// `npm run chat`: the same runner and content in a terminal. Buttons are numbered; type a number or
// anything else. "quit" leaves.
import '../dot-env.js';
import readline from 'node:readline/promises';
import { loadConfig } from '../config.js';
import { createCatalog } from '../content/catalog.js';
import { loadContent } from '../content/load-content.js';
import type { Reply } from '../conversation/reply.js';
import type { TurnInput } from '../conversation/interpret.js';
import { trainSlotClassifier } from '../nlu/classifier.js';
import { createUnderstand } from '../nlu/understand.js';
import { buildRunner } from '../runner.js';

export function formatReplies(replies: Reply[]): { text: string; choices: string[] } {
  const lines: string[] = [];
  let choices: string[] = [];
  for (const reply of replies) {
    lines.push(`bot> ${reply.text.trim().replace(/\n/g, '\n     ')}`);
    if (reply.outcome) lines.push(`     (outcome: ${reply.outcome})`);
    if (reply.choices.length > 0) {
      choices = reply.choices.map((choice) => choice.label);
      choices.forEach((label, index) => lines.push(`     ${index + 1}. ${label}`));
    }
  }
  return { text: lines.join('\n'), choices };
}

/** A number picks the button of that number from the last question; anything else is sent as typed. */
export function toInput(line: string, choices: readonly string[]): TurnInput {
  const picked = /^\s*(\d+)\s*$/.exec(line);
  const label = picked ? choices[Number(picked[1]) - 1] : undefined;
  return { type: 'message', text: label ?? line };
}

async function main(): Promise<void> {
  const config = loadConfig();
  // The terminal records handoff requests (nobody chats live), so it shows that wording.
  const catalog = createCatalog(loadContent(config.brand));
  const { runTurn } = buildRunner({ catalog, understand: createUnderstand(await trainSlotClassifier()) });
  const conversationKey = `cli:${process.pid}`;
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });

  let shown = formatReplies((await runTurn(conversationKey, { type: 'start' })).replies);
  process.stdout.write(`${shown.text}\n(type a number to pick an option, or "quit" to leave)\n`);
  terminal.setPrompt('you> ');
  terminal.prompt();
  // Reading lines as a stream (not question()) keeps piped input in order and loses none of it.
  for await (const line of terminal) {
    if (/^\s*(quit|exit)\s*$/i.test(line)) break;
    if (line.trim().length > 0) {
      const turn = await runTurn(conversationKey, toInput(line, shown.choices));
      const next = formatReplies(turn.replies);
      shown = { text: next.text, choices: next.choices.length > 0 ? next.choices : shown.choices };
      process.stdout.write(`${next.text}\n`);
    }
    terminal.prompt();
  }
  terminal.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void main();
}
