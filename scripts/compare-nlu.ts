// `npm run compare:nlu [-- --train FILE --dev FILE --no-nlpjs]`: the candidates for reading free text, trained on
// the train split and scored per slot on the dev split (never on test), with how often each asks
// "did you mean…?" and how long training takes. The README's "Understanding free text" quotes it.
import { parseArgs } from 'node:util';
import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import type { Understanding } from '../machines/domain.js';
import { readExamples, slotValues, trainClassifier, type SlotName } from '../src/nlu/classifier.js';
import { readByRules } from '../src/nlu/rules.js';
import { normalise } from '../src/nlu/text.js';
import { chosenCombination, understandNow, type Combination, type Source } from '../src/nlu/understand.js';
import { inProject } from '../src/project-root.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: inProject('corpus', 'utterances', 'train.jsonl') },
    dev: { type: 'string', default: inProject('corpus', 'utterances', 'dev.jsonl') },
    /** Skips nlp.js, the slowest candidate to train, when only the thresholds are being compared. */
    'no-nlpjs': { type: 'boolean', default: false },
  },
});
const trainSet = readExamples(values.train);
const devSet = readExamples(values.dev);
type Example = (typeof devSet)[number];
const slots = ['need', ...(Object.keys(slotValues) as SlotName[])] as const;

function needRight(u: Understanding, gold: Example['need']): boolean {
  if (Array.isArray(gold)) return [...new Set(u.needs)].sort().join() === [...gold].sort().join();
  return (u.needs[0] ?? u.guessedNeed ?? null) === gold;
}

function score(name: string, read: (text: string) => Understanding, trainingMs: number) {
  const right: Record<string, number> = Object.fromEntries(slots.map((s) => [s, 0]));
  let asked = 0;
  let askedRight = 0;
  for (const e of devSet) {
    const u = read(e.text);
    if (needRight(u, e.need)) right.need!++;
    if (u.guessedNeed) {
      asked++;
      if (u.guessedNeed === (Array.isArray(e.need) ? e.need[0] : e.need)) askedRight++;
    }
    for (const slot of Object.keys(slotValues) as SlotName[]) {
      const raw = u.slots[slot];
      const got = raw === 'unknown' || raw === 'none' || raw === undefined ? null : raw;
      if (got === e[slot]) right[slot]!++;
    }
  }
  const cells = slots.map((s) => `${((right[s]! / devSet.length) * 100).toFixed(1)}`.padStart(6));
  const ask = `${((asked / devSet.length) * 100).toFixed(1)}% (${askedRight}/${asked} right)`;
  console.log(`${name.padEnd(34)}${cells.join('')}  ${ask.padEnd(20)} ${trainingMs.toFixed(0).padStart(6)} ms`);
}

/** nlp.js's NLU (its neural classifier over stems), one intent model per slot, values as intents. */
async function nlpjsPerSlot() {
  const started = performance.now();
  const models = new Map<string, Nlp>();
  for (const slot of slots) {
    const nlp = new Nlp({ languages: ['en'], autoSave: false, autoLoad: false, log: false, nlu: { log: false } });
    nlp.use(LangEn);
    for (const e of trainSet) {
      const gold = slot === 'need' ? (Array.isArray(e.need) ? e.need[0] : e.need) : e[slot];
      nlp.addDocument('en', normalise(e.text), String(gold));
    }
    await nlp.train();
    models.set(slot, nlp);
  }
  const cache = new Map<string, Understanding>();
  for (const e of devSet) {
    const slotsRead: Record<string, unknown> = {};
    let need: string | undefined;
    for (const slot of slots) {
      const { intent } = await models.get(slot)!.process('en', normalise(e.text));
      const value = intent === 'null' || intent === 'None' ? undefined : intent === 'true' ? true : intent === 'false' ? false : intent;
      if (slot === 'need') need = value as string | undefined;
      else if (value !== undefined) slotsRead[slot] = value;
    }
    cache.set(e.text, { needs: need ? [need as never] : [], slots: slotsRead, containsSecret: false });
  }
  return { read: (text: string) => cache.get(text)!, ms: performance.now() - started };
}

console.log(`train ${trainSet.length}, dev ${devSet.length}`);
console.log(`${'candidate'.padEnd(34)}${slots.map((s) => s.slice(0, 6).padStart(6)).join('')}  ${'asks on dev'.padEnd(20)} training`);
score('rules (hand-written patterns)', readByRules, 0);
if (!values['no-nlpjs']) {
  const nlpjs = await nlpjsPerSlot();
  score('nlp.js NLU per slot', nlpjs.read, nlpjs.ms);
}
const model = trainClassifier(trainSet);
const all = (source: Source): Combination => ({
  ...chosenCombination,
  need: source,
  slots: Object.fromEntries(Object.keys(slotValues).map((s) => [s, source])) as Combination['slots'],
});
for (const source of ['model', 'rulesFirst', 'modelFirst'] as const) {
  score(`LR word+char+negation, ${source}`, (text) => understandNow(model, all(source), text), model.trainingMs);
}
score('chosen combination', (text) => understandNow(model, chosenCombination, text), model.trainingMs);
for (const [accept, confirm, slotAccept] of [
  [0.5, 0.3, 0.5],
  [0.6, 0.6, 0.7],
  [0.7, 0.7, 0.7],
  [0.8, 0.6, 0.7],
  [0.8, 0.6, 0.5],
  [0.7, 0.5, 0.5],
  [0.6, 0.4, 0.5],
  [0.5, 0.35, 0.5],
]) {
  const combination = { ...chosenCombination, accept: accept!, confirm: confirm!, slotAccept: slotAccept!, slotAcceptFor: {} };
  score(`chosen, accept ${accept} confirm ${confirm} slot ${slotAccept}`, (text) => understandNow(model, combination, text), model.trainingMs);
}
