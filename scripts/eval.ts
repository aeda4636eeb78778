// `npm run eval -- --utterances FILE.jsonl --conversations FILE.json [thresholds]`: how well the bot
// understands labelled messages (per-slot accuracy, macro-F1 and confusion matrix for `need`) and how
// many scripted conversations, typed into the real bot, reach their outcome without saying what they
// must not. Exits 1 under a threshold, 2 on bad input. The last line is a one-line summary.
import { parseArgs } from 'node:util';
import type { Understanding } from '../machines/domain.js';
import { renderReply, type ReplyChannelData } from '../src/bot/render-reply.js';
import { loadConfig } from '../src/config.js';
import { createCatalog } from '../src/content/catalog.js';
import { loadContent } from '../src/content/load-content.js';
import { createRunTurn } from '../src/conversation/run-turn.js';
import { recordingDesk } from '../src/handoff/handoff-desk.js';
import { createLogger } from '../src/logger.js';
import { trainSlotClassifier } from '../src/nlu/classifier.js';
import { createUnderstand, type Understand } from '../src/nlu/understand.js';
import { MemoryStore } from '../src/stores/memory.js';
import { CorpusError, readConversations, readUtterances, type LabelledUtterance, type ScriptedConversation } from './corpus.js';

const slotNames = ['need', 'role', 'delegated', 'customerType', 'partner', 'product', 'hasOrderNumber', 'containsSecret'] as const;
type SlotName = (typeof slotNames)[number];

/** The labels a reading amounts to, in the corpus's terms (`null`: not said). */
export function labelsOf(u: Understanding): Record<SlotName, unknown> {
  return {
    need: u.needs[0] ?? u.guessedNeed ?? null,
    role: u.slots.role ?? null,
    delegated: u.slots.delegated ?? null,
    customerType: u.slots.customerType === 'unknown' ? null : (u.slots.customerType ?? null),
    partner: u.slots.partner === 'altaire' ? 'altaire' : null,
    product: u.slots.product === 'unknown' ? null : (u.slots.product ?? null),
    hasOrderNumber: u.slots.hasOrderNumber ?? null,
    containsSecret: u.containsSecret,
  };
}

export type UtteranceReport = {
  count: number;
  accuracy: Record<SlotName, number>;
  needMacroF1: number;
  confusion: Map<string, Map<string, number>>;
  misses: string[];
};

export async function evaluateUtterances(items: LabelledUtterance[], understand: Understand): Promise<UtteranceReport> {
  const correct = Object.fromEntries(slotNames.map((s) => [s, 0])) as Record<SlotName, number>;
  const confusion = new Map<string, Map<string, number>>();
  const misses: string[] = [];
  for (const item of items) {
    const got = labelsOf(await understand(item.text));
    for (const slot of slotNames) {
      if (got[slot] === item[slot]) correct[slot]++;
      else misses.push(`${slot}: expected ${String(item[slot])}, read ${String(got[slot])} | ${item.text.slice(0, 90)}`);
    }
    const row = confusion.get(String(item.need)) ?? new Map<string, number>();
    row.set(String(got.need), (row.get(String(got.need)) ?? 0) + 1);
    confusion.set(String(item.need), row);
  }
  const classes = [...new Set([...confusion.keys(), ...[...confusion.values()].flatMap((row) => [...row.keys()])])];
  const f1s = classes.map((label) => {
    const tp = confusion.get(label)?.get(label) ?? 0;
    const predicted = [...confusion.values()].reduce((sum, row) => sum + (row.get(label) ?? 0), 0);
    const actual = [...(confusion.get(label)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = actual === 0 ? 0 : tp / actual;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  const count = items.length;
  return {
    count,
    accuracy: Object.fromEntries(slotNames.map((s) => [s, count === 0 ? 0 : correct[s] / count])) as Record<SlotName, number>,
    needMacroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    confusion,
    misses,
  };
}

export type ConversationResult = { id: string; passed: boolean; outcomes: string[]; expected: string; saidForbidden: string[] };

export async function evaluateConversations(conversations: ScriptedConversation[], understand: Understand): Promise<ConversationResult[]> {
  const catalog = createCatalog(loadContent(loadConfig({}).brand));
  const store = new MemoryStore();
  const logger = createLogger({ logLevel: 'silent', logPretty: false });
  const runTurn = createRunTurn({ store, catalog, understand, handoff: recordingDesk(store, logger), logger });
  const results: ConversationResult[] = [];
  for (const conversation of conversations) {
    const key = `eval:${conversation.id}`;
    const activities = [...(await runTurn(key, { type: 'start' })).replies.map(renderReply)];
    for (const text of conversation.turns) activities.push(...(await runTurn(key, { type: 'message', text })).replies.map(renderReply));
    const outcomes = activities.flatMap((activity) => {
      const outcome = (activity.channelData as ReplyChannelData).outcome;
      return outcome ? [outcome] : [];
    });
    const said = activities.map((activity) => activity.text ?? '').join('\n').toLowerCase();
    const saidForbidden = conversation.mustNotContain.filter((text) => said.includes(text.toLowerCase()));
    results.push({ id: conversation.id, expected: conversation.expectOutcome, outcomes, saidForbidden, passed: outcomes.includes(conversation.expectOutcome) && saidForbidden.length === 0 });
  }
  return results;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      utterances: { type: 'string' },
      conversations: { type: 'string' },
      'min-slot-accuracy': { type: 'string' },
      'min-need-f1': { type: 'string' },
      'min-conversations': { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const threshold = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1) throw new CorpusError(`--${name} must be a number from 0 to 1 (got ${raw})`);
    return value;
  };
  const minSlot = threshold('min-slot-accuracy', values['min-slot-accuracy']);
  const minF1 = threshold('min-need-f1', values['min-need-f1']);
  const minConversations = threshold('min-conversations', values['min-conversations']);
  if (!values.utterances && !values.conversations) throw new CorpusError('give --utterances FILE.jsonl and/or --conversations FILE.json');

  const utterances = values.utterances ? readUtterances(values.utterances) : undefined;
  const conversations = values.conversations ? readConversations(values.conversations) : undefined;
  const classifier = await trainSlotClassifier();
  const understand = createUnderstand(classifier);
  const failures: string[] = [];
  const summary: string[] = [];

  if (utterances) {
    const report = await evaluateUtterances(utterances, understand);
    console.log(`utterances: ${report.count}`);
    for (const [slot, accuracy] of Object.entries(report.accuracy)) {
      console.log(`  ${slot.padEnd(15)} ${percent(accuracy).padStart(6)}`);
      if (minSlot !== undefined && accuracy < minSlot) failures.push(`${slot} ${percent(accuracy)} < ${percent(minSlot)}`);
    }
    console.log(`  need macro-F1   ${report.needMacroF1.toFixed(3)}`);
    if (minF1 !== undefined && report.needMacroF1 < minF1) failures.push(`need macro-F1 ${report.needMacroF1.toFixed(3)} < ${minF1}`);
    const labels = [...report.confusion.keys()].sort();
    console.log(`need confusion (rows: labelled, columns: read)\n  ${''.padEnd(18)}${labels.map((l) => l.slice(0, 8).padStart(9)).join('')}`);
    for (const row of labels) console.log(`  ${row.padEnd(18)}${labels.map((col) => String(report.confusion.get(row)?.get(col) ?? 0).padStart(9)).join('')}`);
    if (values.verbose) for (const miss of report.misses) console.log(`  miss ${miss}`);
    const worst = Object.entries(report.accuracy).sort((a, b) => a[1] - b[1])[0];
    summary.push(`slots min ${percent(worst?.[1] ?? 0)} (${worst?.[0]}), need macro-F1 ${report.needMacroF1.toFixed(3)}`);
  }
  if (conversations) {
    const results = await evaluateConversations(conversations, understand);
    const passed = results.filter((r) => r.passed).length;
    console.log(`conversations: ${passed}/${results.length}`);
    for (const r of results.filter((x) => !x.passed)) {
      console.log(`  FAIL ${r.id}: expected ${r.expected}, shown [${r.outcomes.join(', ')}]${r.saidForbidden.length ? `, said ${JSON.stringify(r.saidForbidden)}` : ''}`);
    }
    const share = results.length === 0 ? 0 : passed / results.length;
    if (minConversations !== undefined && share < minConversations) failures.push(`conversations ${percent(share)} < ${percent(minConversations)}`);
    summary.push(`conversations ${passed}/${results.length} (${percent(share)})`);
  }
  console.log(`eval: ${summary.join(', ')}: ${failures.length === 0 ? 'PASS' : `FAIL (${failures.join('; ')})`}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CorpusError ? `eval: ${error.message}` : error);
    process.exit(2);
  },
);
