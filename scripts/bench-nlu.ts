// `npm run bench:nlu [-- --utterances FILE.jsonl --rounds N]`: the cost of understanding. Training the
// slot models from the train split, loading them from the model file `npm run build` leaves in dist/,
// the median and p99 of one understand() call over the corpus's messages (dev and test splits by
// default: messages the models never saw), and the bot's start-up: `node dist/main.js` to listening.
import '../src/dot-env.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildBot } from './build.js';
import { makeTempDir, startBotProcess } from '../test/support/bot-process.js';
import { readExamples, trainClassifier, trainSlotClassifier, defaultTrainingFile } from '../src/nlu/classifier.js';
import { chosenCombination, createUnderstand, understandNow } from '../src/nlu/understand.js';
import { inProject } from '../src/project-root.js';

const { values } = parseArgs({
  options: {
    utterances: { type: 'string', multiple: true, default: [inProject('corpus', 'utterances', 'dev.jsonl'), inProject('corpus', 'utterances', 'test.jsonl')] },
    rounds: { type: 'string', default: '20' },
    starts: { type: 'string', default: '5' },
  },
});

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

const missing = [defaultTrainingFile, ...values.utterances].filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  console.error(`bench:nlu: missing ${missing.join(', ')} (the corpus's splits; give --utterances FILE.jsonl for others)`);
  process.exit(2);
}
const texts = values.utterances.flatMap((file) => readExamples(file).map((u) => u.text));
const rounds = Math.max(1, Number(values.rounds));

await buildBot(); // leaves the model file in dist/, as `npm start` does
const loads: number[] = [];
for (let i = 0; i < 5; i++) loads.push((await trainSlotClassifier()).trainingMs);

// Measured before the training runs below, whose garbage would otherwise be collected in the middle
// of these calls: a running bot loads its models and never trains.
const classifier = await trainSlotClassifier();
const understand = createUnderstand(classifier);
for (const text of texts) await understand(text); // warm-up: JIT and caches, not measured
const durations: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const text of texts) {
    const started = performance.now();
    await understand(text);
    durations.push(performance.now() - started);
  }
}

// Adversarial input: 10,000 characters (the most a message may hold) of one repeated shape. A pattern that
// backtracks over a long token costs seconds here, which one request would take from every customer.
const shapes = ['a', 'A1', 'ab!', 'a.', 'a@', 'a-', 'a_1', 'a/', '#1', 'x.y@', 'password ', '. ', 'not '];
const adversarial = shapes.map((shape) => {
  const text = shape.repeat(Math.ceil(10_000 / shape.length)).slice(0, 10_000);
  const started = performance.now();
  understandNow(classifier, chosenCombination, text);
  return { shape, ms: performance.now() - started };
});
const slowest = adversarial.reduce((a, b) => (b.ms > a.ms ? b : a));

const examples = readExamples(defaultTrainingFile);
const trainings: number[] = [];
for (let i = 0; i < 3; i++) trainings.push(trainClassifier(examples).trainingMs);

const starts: number[] = [];
for (let i = 0; i < Math.max(1, Number(values.starts)); i++) {
  const started = performance.now();
  const bot = await startBotProcess({ dataDir: makeTempDir('bench-nlu-') });
  starts.push(performance.now() - started);
  await bot.stop();
}

const d = sorted(durations);
console.log(`messages ${texts.length} x ${rounds} rounds = ${durations.length} calls`);
console.log(`understand(): median ${at(d, 0.5).toFixed(3)} ms, p99 ${at(d, 0.99).toFixed(3)} ms, max ${at(d, 1).toFixed(3)} ms`);
console.log(
  `adversarial 10,000-character messages: slowest ${slowest.ms.toFixed(0)} ms (${JSON.stringify(slowest.shape)} repeated), ${adversarial.length} shapes`,
);
console.log(`training from ${examples.length} examples: median ${at(sorted(trainings), 0.5).toFixed(0)} ms over ${trainings.length} runs`);
console.log(`loading the model file: median ${at(sorted(loads), 0.5).toFixed(1)} ms over ${loads.length} runs`);
console.log(
  `bot start-up (spawn to listening): median ${at(sorted(starts), 0.5).toFixed(0)} ms, max ${at(sorted(starts), 1).toFixed(0)} ms over ${starts.length} starts`,
);
