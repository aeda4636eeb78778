// `npm run compare:nlu [-- --train FILE --dev FILE --no-nlpjs --cv 5]`: the candidates for reading free text,
// trained on the train split and scored per slot on the dev split (never on test), with how often each
// asks "did you mean…?" and how long training takes. With `--cv N`, also the model settings and
// combinations tried, each by N-fold cross-validation on the train split alone (the signal that tracks
// unseen messages best: dev has had rules written against its misses) and on dev. The README's
// "Understanding free text" quotes it.
import { parseArgs } from 'node:util';
import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import type { Understanding } from '../machines/domain.js';
import { readExamples, slotValues, trainClassifier, type SlotName, type TrainingSettings } from '../src/nlu/classifier.js';
import { readByRules } from '../src/nlu/rules.js';
import { normalise } from '../src/nlu/text.js';
import { chosenCombination, understandNow, type Combination, type Source } from '../src/nlu/understand.js';
import { inProject } from '../src/project-root.js';
import { readUtterances } from './corpus.js';
import { crossValidate } from './lib/cross-validate.js';
import { evaluateUtterances, type UtteranceReport } from './lib/score-utterances.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: inProject('corpus', 'utterances', 'train.jsonl') },
    dev: { type: 'string', default: inProject('corpus', 'utterances', 'dev.jsonl') },
    /** Skips nlp.js, the slowest candidate to train, when only the thresholds are being compared. */
    'no-nlpjs': { type: 'boolean', default: false },
    /** Folds of the train split's cross-validation; none by default (it trains each setting N + 1 times). */
    cv: { type: 'string' },
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
  score(`networks, ${source}`, (text) => understandNow(model, all(source), text), model.trainingMs);
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

/** What was tried against the chosen settings (README, "Understanding free text"): one change each. */
const chosenKinds = { pairs: true, characters: true, negation: true, skips: true };
const settingsTried: [string, TrainingSettings][] = [
  ['chosen settings', {}],
  ['without skip pairs', { kinds: { ...chosenKinds, skips: false } }],
  ['one network instead of three', { networks: 1 }],
  ['128 hidden units', { hidden: 128 }],
  ['10 epochs', { epochs: 10 }],
  ['rate 0.05', { rate: 0.05 }],
];
const combinationsTried: [string, Combination][] = [
  ['chosen combination', chosenCombination],
  ['need accept 0.6, confirm 0.4', { ...chosenCombination, accept: 0.6, confirm: 0.4 }],
  ['rules first for needs, models where silent', { ...chosenCombination, need: 'rulesFirst' }],
  ['rules and model needs together at 0.9', { ...chosenCombination, accept: 0.9 }],
  ['slot values at 0.4', { ...chosenCombination, slotAccept: 0.4 }],
];

if (values.cv) {
  const folds = Number(values.cv);
  const trainItems = readUtterances(values.train);
  const devItems = readUtterances(values.dev);
  const cells = (r: UtteranceReport) =>
    [r.accuracy.need, r.needMacroF1, r.accuracy.role, r.accuracy.delegated, r.accuracy.customerType, r.accuracy.product, r.accuracy.hasOrderNumber]
      .map((v, i) => (i === 1 ? v.toFixed(3) : (v * 100).toFixed(1)).padStart(7))
      .join('');
  console.log(`\n${folds}-fold cross-validation on train (folds by hand-written message; rules as they are) and dev`);
  console.log(`${'setting'.padEnd(44)}${['need', 'F1', 'role', 'deleg', 'custT', 'prod', 'order'].map((h) => h.padStart(7)).join('')}   training`);
  const row = async (name: string, settings: TrainingSettings, combinations: [string, Combination][]) => {
    const cv = await crossValidate(
      trainItems,
      folds,
      (examples) => trainClassifier(examples, settings),
      combinations.map(([, c]) => c),
    );
    const full = trainClassifier(trainItems, settings);
    for (const [c, [label, combination]] of combinations.entries()) {
      const dev = await evaluateUtterances(devItems, (text) => Promise.resolve(understandNow(full, combination, text)));
      console.log(`${`${name}${label ? `, ${label}` : ''}`.padEnd(44)}${cells(cv[c]!)}   ${full.trainingMs.toFixed(0)} ms\n${'  dev'.padEnd(44)}${cells(dev)}`);
    }
  };
  await row(settingsTried[0]![0], settingsTried[0]![1], combinationsTried);
  for (const [name, settings] of settingsTried.slice(1)) await row(name, settings, [['', chosenCombination]]);
}
