// `npm run eval [-- --utterances FILE.jsonl] [--conversations FILE.json] [--every N] [thresholds]`: how well the
// bot understands labelled messages (per-slot accuracy, macro-F1 and confusion matrix for `need`) and
// how many scripted conversations, typed into the real bot, reach their outcome without saying what
// they must not. With no file given, the project's own corpus: each split (train, dev, test) apart,
// then corpus/conversations. Exits 1 under a threshold (judged on every set reported), 2 on bad
// input. The last line is a one-line summary. `--every N` reads every Nth message of each set only (a
// quick look; the full run takes about two minutes on a 2-CPU machine).
// Scoring: scripts/lib/score-utterances.ts.
import '../src/dot-env.js';
import { parseArgs } from 'node:util';
import { renderReply, type ReplyChannelData } from '../src/bot-framework/render-reply.js';
import { trainSlotClassifier } from '../src/nlu/classifier.js';
import { createUnderstand, type Understand } from '../src/nlu/understand.js';
import { buildRunner } from '../src/runner.js';
import {
  CorpusError,
  corpusSplits,
  readConversations,
  readProjectConversations,
  readUtterances,
  reachedExpectedOutcomes,
  secretShapeFiles,
  splitFile,
  type LabelledUtterance,
  type ScriptedConversation,
} from './corpus.js';
import { evaluateUtterances } from './lib/score-utterances.js';
import { scoreSecretShapes } from './lib/score-secrets.js';

export type ConversationResult = { id: string; passed: boolean; outcomes: string[]; expected: string; saidForbidden: string[] };

export async function evaluateConversations(conversations: ScriptedConversation[], understand: Understand): Promise<ConversationResult[]> {
  const { runTurn } = buildRunner({ understand });
  const results: ConversationResult[] = [];
  for (const conversation of conversations) {
    const key = `eval:${conversation.id}`;
    const activities = [...(await runTurn(key, { type: 'start' })).replies.map(renderReply)];
    for (const text of conversation.turns) activities.push(...(await runTurn(key, { type: 'message', text })).replies.map(renderReply));
    const outcomes = activities.flatMap((activity) => {
      const outcome = (activity.channelData as ReplyChannelData).outcome;
      return outcome ? [outcome] : [];
    });
    const said = activities
      .map((activity) => activity.text ?? '')
      .join('\n')
      .toLowerCase();
    const saidForbidden = conversation.mustNotContain.filter((text) => said.includes(text.toLowerCase()));
    results.push({
      id: conversation.id,
      expected: conversation.expectOutcome,
      outcomes,
      saidForbidden,
      passed: reachedExpectedOutcomes(conversation, outcomes) && saidForbidden.length === 0,
    });
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
      every: { type: 'string', default: '1' },
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
  const every = Number(values.every);
  if (!Number.isInteger(every) || every < 1) throw new CorpusError(`--every must be a whole number of 1 or more (got ${values.every})`);
  const sampled = (items: LabelledUtterance[]) => items.filter((_, i) => i % every === 0);
  const own = !values.utterances && !values.conversations;
  const utteranceSets: [string, LabelledUtterance[]][] = own
    ? corpusSplits.map((split) => [split, sampled(readUtterances(splitFile(split)))])
    : values.utterances
      ? [[values.utterances, sampled(readUtterances(values.utterances))]]
      : [];
  const conversations = own ? readProjectConversations() : values.conversations ? readConversations(values.conversations) : undefined;
  const classifier = await trainSlotClassifier();
  const understand = createUnderstand(classifier);
  const failures: string[] = [];
  const summary: string[] = [];

  for (const [name, utterances] of utteranceSets) {
    const report = await evaluateUtterances(utterances, understand);
    const label = utteranceSets.length > 1 ? `${name} ` : '';
    console.log(`utterances${utteranceSets.length > 1 ? ` (${name})` : ''}: ${report.count}`);
    for (const [slot, accuracy] of Object.entries(report.accuracy)) {
      console.log(`  ${slot.padEnd(15)} ${percent(accuracy).padStart(6)}`);
      if (minSlot !== undefined && accuracy < minSlot) failures.push(`${label}${slot} ${percent(accuracy)} < ${percent(minSlot)}`);
    }
    console.log(`  need macro-F1   ${report.needMacroF1.toFixed(3)}`);
    if (minF1 !== undefined && report.needMacroF1 < minF1) failures.push(`${label}need macro-F1 ${report.needMacroF1.toFixed(3)} < ${minF1}`);
    const labels = [...report.confusion.keys()].sort();
    console.log(`need confusion (rows: labelled, columns: read)\n  ${''.padEnd(18)}${labels.map((l) => l.slice(0, 8).padStart(9)).join('')}`);
    for (const row of labels) console.log(`  ${row.padEnd(18)}${labels.map((col) => String(report.confusion.get(row)?.get(col) ?? 0).padStart(9)).join('')}`);
    if (values.verbose) for (const miss of report.misses) console.log(`  miss ${miss}`);
    const worst = Object.entries(report.accuracy).sort((a, b) => a[1] - b[1])[0];
    summary.push(`${label}slots min ${percent(worst?.[1] ?? 0)} (${worst?.[0]}), ${label}need macro-F1 ${report.needMacroF1.toFixed(3)}`);
  }
  // The masking against messages labelled with their exact secrets and identifiers, written apart from the splits.
  if (own)
    for (const file of secretShapeFiles()) {
      const report = scoreSecretShapes(file);
      console.log(
        `secret shapes (${file.split('/').pop()}): ${report.messages} messages, secrets masked ${report.caught}/${report.secrets} (${percent(report.caught / report.secrets)}), identifiers masked ${report.masked}/${report.identifiers}`,
      );
      if (values.verbose) for (const miss of report.misses) console.log(`  ${miss}`);
    }
  if (conversations) {
    const results = await evaluateConversations(conversations, understand);
    const passed = results.filter((r) => r.passed).length;
    console.log(`conversations: ${passed}/${results.length}`);
    for (const r of results.filter((x) => !x.passed)) {
      console.log(
        `  FAIL ${r.id}: expected ${r.expected}, shown [${r.outcomes.join(', ')}]${r.saidForbidden.length ? `, said ${JSON.stringify(r.saidForbidden)}` : ''}`,
      );
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
