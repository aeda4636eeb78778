// One model per slot, learned at start-up from the train split of the project's corpus
// (corpus/utterances/train.jsonl; the dev and test splits are never read here): a softmax over the
// combinations of needs for `need`, one softmax per other slot over its values and "not said".
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { customerTypes, needs, products, roles, type Need } from '../../machines/domain.js';
import { inProject } from '../project-root.js';
import { featuresOf, type FeatureKinds } from './features.js';
import { buildVocabulary, probabilities, train, vectorise, vocabularyOf, type LinearModel, type Vocabulary } from './linear.js';

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
 * of the need model.
 */
type Trained = { vocabulary: Vocabulary; needSets: string[]; needModel: LinearModel; slotModels: Record<SlotName, LinearModel> };

const needSetOf = (example: Example): string => [...needsOf(example)].sort().join('+');

/**
 * How the models are trained (compare:nlu -- --cv 5 varies these; the defaults are the chosen ones).
 * `needBalance`: rarer need combinations weigh (largest class / theirs) to this power. 15 epochs, not
 * 30: the train split holds each sentence five times over (its variants), and stopping earlier
 * generalises better (cross-validated need +0.3 points, training time halved).
 */
export type TrainingSettings = { kinds?: FeatureKinds; needBalance?: number; epochs?: number; l2?: number; minCount?: number };

export function trainClassifier(examples: Example[], settings: TrainingSettings = {}): SlotClassifier {
  const { kinds, needBalance = 0, epochs = 15, l2, minCount = 2 } = settings;
  const started = performance.now();
  const documents = examples.map((e) => featuresOf(e.text, kinds));
  const vocabulary = buildVocabulary(documents, minCount);
  const size = vocabulary.idf.length;
  const vectors = documents.map((doc) => vectorise(doc, vocabulary));
  // One softmax over the need combinations customers state (none, each need, the pairs seen), not a
  // yes/no per need: the needs of one message compete, and "none" is a class of its own (need on dev
  // +2.9 points, README "Understanding free text").
  const needSets = [...new Set(examples.map(needSetOf))].sort();
  const setCounts = new Map<string, number>();
  for (const e of examples) setCounts.set(needSetOf(e), (setCounts.get(needSetOf(e)) ?? 0) + 1);
  const largest = Math.max(...setCounts.values());
  const weights = examples.map((e) => (largest / setCounts.get(needSetOf(e))!) ** needBalance);
  const needModel = train(
    vectors,
    examples.map((e) => needSets.map((set) => (set === needSetOf(e) ? 1 : 0))),
    needSets.length,
    size,
    { weights, epochs, l2 },
  );
  const slotModels = Object.fromEntries(
    (Object.keys(slotValues) as SlotName[]).map((slot) => {
      const values: readonly unknown[] = slotValues[slot];
      const targets = examples.map((e) => values.map((v) => (v === (e[slot] === 'unknown' ? null : e[slot]) ? 1 : 0)));
      return [slot, train(vectors, targets, values.length, size, { epochs, l2 })];
    }),
  ) as Record<SlotName, LinearModel>;
  return classifierOf({ vocabulary, needSets, needModel, slotModels }, performance.now() - started, examples.length, kinds);
}

function classifierOf(trained: Trained, trainingMs: number, examples: number, kinds?: FeatureKinds): SlotClassifier {
  const { vocabulary, needSets, needModel, slotModels } = trained;
  // Each need's probability: the sum over the combinations that hold it.
  const holders = needs.map((need) => needSets.flatMap((set, k) => (set.split('+').includes(need) ? [k] : [])));
  return {
    trainingMs,
    examples,
    trained,
    read(text) {
      const x = vectorise(featuresOf(text, kinds), vocabulary);
      const needP = probabilities(needModel, x);
      const slots = Object.fromEntries(
        (Object.keys(slotValues) as SlotName[]).map((slot) => {
          const p = probabilities(slotModels[slot], x);
          let best = 0;
          for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
          return [slot, { value: slotValues[slot][best], probability: p[best]! }];
        }),
      ) as Reading['slots'];
      return { needs: Object.fromEntries(needs.map((n, i) => [n, holders[i]!.reduce((sum, k) => sum + needP[k]!, 0)])) as Record<Need, number>, slots };
    },
  };
}

/** With no train split to learn from (an install without corpus/), the models read nothing and the rules read all. */
const untrained: SlotClassifier = {
  trainingMs: 0,
  examples: 0,
  trained: {
    vocabulary: vocabularyOf([], new Float32Array(0)),
    needSets: [],
    needModel: { classes: 0, weights: new Float32Array(0), sigmoid: false },
    slotModels: {} as Trained['slotModels'],
  },
  read: () => ({
    needs: Object.fromEntries(needs.map((n) => [n, 0])) as Record<Need, number>,
    slots: Object.fromEntries(Object.keys(slotValues).map((slot) => [slot, { value: null, probability: 1 }])) as Reading['slots'],
  }),
};

/** Bump when features or training change: a model file from an older version is trained again. */
const MODEL_VERSION = 6;

const modelFileSchema = z.object({
  key: z.string(),
  examples: z.number(),
  features: z.array(z.string()),
  needSets: z.array(z.string()),
  idf: z.string(),
  models: z.record(z.string(), z.object({ classes: z.number(), sigmoid: z.boolean(), weights: z.string() })),
});

const encode = (array: Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
const decode = (text: string) => {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

function serialise(trained: Trained, key: string, examples: number): string {
  const models = { need: trained.needModel, ...trained.slotModels };
  return JSON.stringify({
    key,
    examples,
    features: [...trained.vocabulary.index.keys()],
    needSets: trained.needSets,
    idf: encode(trained.vocabulary.idf),
    models: Object.fromEntries(Object.entries(models).map(([name, m]) => [name, { classes: m.classes, sigmoid: m.sigmoid, weights: encode(m.weights) }])),
  });
}

function deserialise(json: string, key: string): { trained: Trained; examples: number } | undefined {
  const parsed = modelFileSchema.safeParse(JSON.parse(json));
  if (!parsed.success || parsed.data.key !== key) return undefined;
  const { features, idf, models, examples, needSets } = parsed.data;
  const model = (name: string): LinearModel => {
    const m = models[name]!;
    return { classes: m.classes, sigmoid: m.sigmoid, weights: decode(m.weights) };
  };
  const slotModels = Object.fromEntries((Object.keys(slotValues) as SlotName[]).map((slot) => [slot, model(slot)])) as Record<SlotName, LinearModel>;
  return { trained: { vocabulary: vocabularyOf(features, decode(idf)), needSets, needModel: model('need'), slotModels }, examples };
}

/** Where a trained model is kept between start-ups, named by what it was trained from. */
const defaultModelFile = inProject('dist', 'nlu-model.json');

/**
 * The classifier trained from `file`: loaded from `modelFile` when that was trained from the same
 * examples by the same code version (`npm run build` trains it ahead), trained afresh and saved
 * there otherwise. A model file that cannot be written only costs the next start-up its training.
 */
function trainSlotClassifierNow(file = defaultTrainingFile, modelFile: string | undefined = defaultModelFile): SlotClassifier {
  const started = performance.now();
  if (!fs.existsSync(file)) return untrained;
  const source = fs.readFileSync(file, 'utf8');
  const key = createHash('sha256').update(`${MODEL_VERSION}\n${source}`).digest('hex');
  if (modelFile && fs.existsSync(modelFile)) {
    try {
      const loaded = deserialise(fs.readFileSync(modelFile, 'utf8'), key);
      if (loaded) return classifierOf(loaded.trained, performance.now() - started, loaded.examples);
    } catch {
      // An unreadable model file is trained again below.
    }
  }
  const classifier = trainClassifier(parseExamples(source, file));
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
