// `npm run bench:nlu [-- --utterances FILE.jsonl --rounds N]`: how long training the need classifier
// takes, and the median and p99 time of one understand() call over the corpus's messages.
import { parseArgs } from 'node:util';
import { trainNeedClassifier } from '../src/nlu/classifier.js';
import { createUnderstand } from '../src/nlu/understand.js';
import { readUtterances, splitFile } from './corpus.js';

const { values } = parseArgs({
  options: {
    utterances: { type: 'string', default: splitFile('dev') },
    rounds: { type: 'string', default: '20' },
  },
});

const texts = readUtterances(values.utterances).map((u) => u.text);
const rounds = Math.max(1, Number(values.rounds));

const trainings: number[] = [];
for (let i = 0; i < 5; i++) trainings.push((await trainNeedClassifier()).trainingMs);
const understand = createUnderstand(await trainNeedClassifier());

for (const text of texts) await understand(text); // warm-up: JIT and caches, not measured
const durations: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const text of texts) {
    const started = performance.now();
    await understand(text);
    durations.push(performance.now() - started);
  }
}
durations.sort((a, b) => a - b);
trainings.sort((a, b) => a - b);
const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
console.log(`messages ${texts.length} x ${rounds} rounds = ${durations.length} calls`);
console.log(`understand(): median ${at(durations, 0.5).toFixed(3)} ms, p99 ${at(durations, 0.99).toFixed(3)} ms, max ${at(durations, 1).toFixed(3)} ms`);
console.log(`training: median ${at(trainings, 0.5).toFixed(0)} ms over ${trainings.length} runs (max ${at(trainings, 1).toFixed(0)} ms)`);
