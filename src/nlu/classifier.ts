// The slot models, learned from the train split of the project's corpus (corpus/utterances/train.jsonl;
// the dev and test splits are never read here): small networks (network.ts) with one head per slot, a
// softmax over the combinations of needs for `need` and one over each other slot's values and "not
// said". Three networks from different starting weights vote by averaging their probabilities.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { customerTypes, needs, products, roles, type Need } from '../../machines/domain.js';
import { inProject } from '../project-root.js';
import { featuresOf, type FeatureKinds } from './features.js';
import { predict, trainNetwork, type Network } from './network.js';
import { buildVocabulary, vectorise, vocabularyOf, type Vocabulary } from './vocabulary.js';

export const defaultTrainingFile = inProject('corpus', 'utterances', 'train.jsonl');

/** The labels the models learn; the corpus holds more fields (tags, secrets), which training ignores. */
const exampleSchema = z.object({
  text: z.string(),
  need: z.union([z.enum(needs), z.array(z.enum(needs)), z.null()]),
  role: z.enum(roles).nullable(),
  delegated: z.boolean().nullable(),
  customerType: z.enum(customerTypes).nullable(),
  partner: z.literal('altaire').nullable(),
  product: z.enum(products).nullable(),
  hasOrderNumber: z.boolean().nullable(),
});
type Example = z.infer<typeof exampleSchema>;

/** The values each single-valued slot can take; `null` is "not said". */
export const slotValues = {
  role: [null, ...roles],
  delegated: [null, true, false],
  customerType: [null, ...customerTypes.filter((t) => t !== 'unknown')],
  partner: [null, 'altaire'],
  product: [null, ...products.filter((p) => p !== 'unknown')],
  hasOrderNumber: [null, true, false],
} as const;
export type SlotName = keyof typeof slotValues;
type SlotValue<S extends SlotName> = (typeof slotValues)[S][number];

export type SlotReading<S extends SlotName> = { value: SlotValue<S>; probability: number };

export type Reading = {
  /** Probability of each need, independently (a message may state two). */
  needs: Record<Need, number>;
  slots: { [S in SlotName]: SlotReading<S> };
};

export type SlotClassifier = {
  read(text: string): Reading;
  /** How long training took, for start-up figures. */
  trainingMs: number;
  examples: number;
  trained: Trained;
};

export function readExamples(file: string): Example[] {
  return parseExamples(fs.readFileSync(file, 'utf8'), file);
}

function parseExamples(source: string, file: string): Example[] {
  return source.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = exampleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return [parsed.data];
  });
}

const needsOf = (example: Example): Need[] => (example.need === null ? [] : Array.isArray(example.need) ? example.need : [example.need]);

/**
 * The trained state: everything `read` needs, and all that a model file holds. `needSets`: the
 * combinations of needs the train split labels (each sorted, joined by "+"; "" for none), the classes
 * of the need head. Each network's heads: need, then the slots in `slotValues` order.
 */
type Trained = { vocabulary: Vocabulary; needSets: string[]; networks: Network[] };

const slotNames = Object.keys(slotValues) as SlotName[];

const needSetOf = (example: Example): string => [...needsOf(example)].sort().join('+');

/**
 * How the models are trained (compare:nlu -- --cv 5 varies these; the defaults are the chosen ones).
 * `networks`: how many vote. Three, each from its own starting weights: cross-validated need +0.4
 * points over one, dev role +1.0, and a reading no longer swings with the seed (one network read dev
 * need 93.4 % from one seed, 94.3 % from another).
 */
export type TrainingSettings = { kinds?: FeatureKinds; networks?: number; hidden?: number; epochs?: number; rate?: number; minCount?: number };

export function trainClassifier(examples: Example[], settings: TrainingSettings = {}): SlotClassifier {
  const { kinds, networks = 3, minCount = 2, ...options } = settings;
  const started = performance.now();
  const documents = examples.map((e) => featuresOf(e.text, kinds));
  const vocabulary = buildVocabulary(documents, minCount);
  const vectors = documents.map((doc) => vectorise(doc, vocabulary));
  // One softmax over the need combinations customers state (none, each need, the pairs seen), not a
  // yes/no per need: the needs of one message compete, and "none" is a class of its own (need on dev
  // +2.9 points, README "Understanding free text").
  const needSets = [...new Set(examples.map(needSetOf))].sort();
  const heads = [
    { classes: needSets.length, targets: examples.map((e) => needSets.map((set) => (set === needSetOf(e) ? 1 : 0))) },
    ...slotNames.map((slot) => {
      const values: readonly unknown[] = slotValues[slot];
      return { classes: values.length, targets: examples.map((e) => values.map((v) => (v === (e[slot] === 'unknown' ? null : e[slot]) ? 1 : 0))) };
    }),
  ];
  const seeds = Array.from({ length: networks }, (_, i) => 3 + 4 * i);
  const trained = { vocabulary, needSets, networks: seeds.map((seed) => trainNetwork(vectors, heads, vocabulary.idf.length, { ...options, seed })) };
  return classifierOf(trained, performance.now() - started, examples.length, kinds);
}

function classifierOf(trained: Trained, trainingMs: number, examples: number, kinds?: FeatureKinds): SlotClassifier {
  const { vocabulary, needSets, networks } = trained;
  // Each need's probability: the sum over the combinations that hold it.
  const holders = needs.map((need) => needSets.flatMap((set, k) => (set.split('+').includes(need) ? [k] : [])));
  return {
    trainingMs,
    examples,
    trained,
    read(text) {
      const x = vectorise(featuresOf(text, kinds), vocabulary);
      const votes = networks.map((net) => predict(net, x));
      const [needP, ...slotP] = votes[0]!.map((head, h) => head.map((_, k) => votes.reduce((sum, vote) => sum + vote[h]![k]!, 0) / votes.length));
      const slots = Object.fromEntries(
        slotNames.map((slot, s) => {
          const p = slotP[s]!;
          let best = 0;
          for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
          return [slot, { value: slotValues[slot][best], probability: p[best]! }];
        }),
      ) as Reading['slots'];
      return { needs: Object.fromEntries(needs.map((n, i) => [n, holders[i]!.reduce((sum, k) => sum + needP![k]!, 0)])) as Record<Need, number>, slots };
    },
  };
}

/** With no train split to learn from (an install without corpus/), the models read nothing and the rules read all. */
export const untrained: SlotClassifier = {
  trainingMs: 0,
  examples: 0,
  trained: {
    vocabulary: vocabularyOf([], new Float32Array(0)),
    needSets: [],
    networks: [],
  },
  read: () => ({
    needs: Object.fromEntries(needs.map((n) => [n, 0])) as Record<Need, number>,
    slots: Object.fromEntries(Object.keys(slotValues).map((slot) => [slot, { value: null, probability: 1 }])) as Reading['slots'],
  }),
};

/** Bump when features or training change: a model file from an older version is trained again. */
const MODEL_VERSION = 25;

/**
 * A model file: a four-byte length, a JSON header of that many bytes padded to a multiple of four,
 * then the arrays `floatsOf` lists as 32-bit floats and the networks' 8-bit input weights. Read in
 * place, not parsed: the weights are tens of megabytes.
 */
const headerSchema = z.object({
  key: z.string(),
  examples: z.number(),
  features: z.array(z.string()),
  needSets: z.array(z.string()),
  hidden: z.number(),
  networks: z.number(),
  heads: z.array(z.number()),
});

const floatsOf = (trained: Trained): Float32Array[] => [
  trained.vocabulary.idf,
  ...trained.networks.flatMap((net) => [net.input.scales, net.input.bias, ...net.heads.flatMap((head) => [head.weights, head.bias])]),
];

const bytesOf = (array: Float32Array | Int8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

function serialise(trained: Trained, key: string, examples: number): Buffer {
  const first = trained.networks[0];
  const json = Buffer.from(
    JSON.stringify({
      key,
      examples,
      features: [...trained.vocabulary.index.keys()],
      needSets: trained.needSets,
      hidden: first?.hidden ?? 0,
      networks: trained.networks.length,
      heads: first?.heads.map((head) => head.classes) ?? [],
    }),
  );
  // Spaces after the JSON, so that the floats after it start on a multiple of four bytes.
  const header = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, ' ')]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, ...floatsOf(trained).map(bytesOf), ...trained.networks.map((net) => bytesOf(net.input.weights))]);
}

function deserialise(bytes: Buffer, key: string): { trained: Trained; examples: number } | undefined {
  const headerLength = bytes.readUInt32LE(0);
  const parsed = headerSchema.safeParse(JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)));
  if (!parsed.success || parsed.data.key !== key) return undefined;
  const { features, needSets, hidden, networks, heads, examples } = parsed.data;
  let offset = 4 + headerLength;
  const take = (byteLength: number) => {
    const start = bytes.byteOffset + offset;
    offset += byteLength;
    if (offset > bytes.length) throw new Error('model file is truncated');
    return start;
  };
  // A view on the file's bytes where they are aligned for floats (as a whole file read is), a copy where not.
  const floats = (length: number) => {
    const start = take(length * 4);
    return start % 4 === 0 ? new Float32Array(bytes.buffer, start, length) : new Float32Array(bytes.buffer.slice(start, start + length * 4));
  };
  const idf = floats(features.length);
  const layers = Array.from({ length: networks }, () => ({
    scales: floats(features.length),
    bias: floats(hidden),
    heads: heads.map((classes) => ({ classes, weights: floats(classes * hidden), bias: floats(classes) })),
  }));
  const trained: Trained = {
    vocabulary: vocabularyOf(features, idf),
    needSets,
    networks: layers.map(({ scales, bias, heads: read }) => ({
      hidden,
      input: { weights: new Int8Array(bytes.buffer, take(features.length * hidden), features.length * hidden), scales, bias },
      heads: read,
    })),
  };
  if (offset !== bytes.length) throw new Error('model file has trailing bytes');
  return { trained, examples };
}

/** Where a trained model is kept between start-ups, named by what it was trained from. */
const defaultModelFile = inProject('dist', 'nlu-model.bin');

/**
 * The classifier trained from `file`: loaded from `modelFile` when that was trained from the same
 * examples by the same code version (`npm run build` trains it ahead), trained afresh and saved
 * there otherwise. A model file that cannot be written only costs the next start-up its training.
 */
function trainSlotClassifierNow(file = defaultTrainingFile, modelFile: string | undefined = defaultModelFile): SlotClassifier {
  const started = performance.now();
  if (!fs.existsSync(file)) return untrained;
  // Hashed as bytes: decoding the train split's megabytes is only worth it when training.
  const source = fs.readFileSync(file);
  const key = createHash('sha256').update(`${MODEL_VERSION}\n`).update(source).digest('hex');
  if (modelFile && fs.existsSync(modelFile)) {
    try {
      const loaded = deserialise(fs.readFileSync(modelFile), key);
      if (loaded) return classifierOf(loaded.trained, performance.now() - started, loaded.examples);
    } catch {
      // An unreadable model file is trained again below.
    }
  }
  const classifier = trainClassifier(parseExamples(source.toString('utf8'), file));
  if (modelFile) {
    try {
      fs.mkdirSync(path.dirname(modelFile), { recursive: true });
      // Written aside and renamed, so a bot starting meanwhile never reads half a file.
      const partial = `${modelFile}.${process.pid}.tmp`;
      fs.writeFileSync(partial, serialise(classifier.trained, key, classifier.examples));
      fs.renameSync(partial, modelFile);
    } catch {
      // Read-only install: train at every start-up.
    }
  }
  return classifier;
}

/** trainSlotClassifierNow as the Promise callers await (its work is synchronous): a failure rejects. */
export function trainSlotClassifier(...args: Parameters<typeof trainSlotClassifierNow>): Promise<SlotClassifier> {
  return new Promise((resolve) => resolve(trainSlotClassifierNow(...args)));
}
