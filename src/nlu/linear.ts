// A small logistic regression over sparse binary features, trained with AdaGrad and L2: softmax over
// the values of one slot (including "not said"), or one sigmoid per label for multi-label slots.
// Features are weighted by inverse document frequency and each message's vector has unit length, so
// long rambling messages do not outvote short ones.

export type Vocabulary = { index: Map<string, number>; idf: Float32Array; characterIds: Set<number> };

/** Measured by cross-validation: at full weight the n-grams of a word drown the word itself. */
const CHARACTER_WEIGHT = 0.25;

export type SparseVector = { ids: Int32Array; values: Float32Array };

/** Features seen in at least `minCount` training messages, with their inverse document frequency. */
export function buildVocabulary(documents: string[][], minCount = 1): Vocabulary {
  const counts = new Map<string, number>();
  for (const doc of documents) for (const feature of new Set(doc)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const index = new Map<string, number>();
  const idfs: number[] = [];
  for (const [feature, count] of counts) {
    if (count < minCount && feature !== 'bias') continue;
    index.set(feature, idfs.length);
    idfs.push(Math.log((1 + documents.length) / (1 + count)) + 1);
  }
  return vocabularyOf([...index.keys()], Float32Array.from(idfs));
}

/** A vocabulary from its features in index order and their idf (as a model file keeps them). */
export function vocabularyOf(features: string[], idf: Float32Array): Vocabulary {
  const characterIds = new Set(features.flatMap((feature, id) => (feature.startsWith('c:') ? [id] : [])));
  return { index: new Map(features.map((feature, id) => [feature, id])), idf, characterIds };
}

export function vectorise(features: string[], vocabulary: Vocabulary): SparseVector {
  const ids = [...new Set(features.map((f) => vocabulary.index.get(f)).filter((id): id is number => id !== undefined))];
  // Character n-grams back up the words (typos, word forms); many per word, each counts for less.
  const values = ids.map((id) => vocabulary.idf[id]! * (vocabulary.characterIds.has(id) ? CHARACTER_WEIGHT : 1));
  const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
  return { ids: Int32Array.from(ids), values: Float32Array.from(values, (v) => v / norm) };
}

/** Weights laid out feature-major: `weights[feature * classes + k]`. */
export type LinearModel = { classes: number; weights: Float32Array; sigmoid: boolean };

/** `weights`: how much each example counts (1 by default). */
export type TrainOptions = { epochs?: number; rate?: number; l2?: number; sigmoid?: boolean; seed?: number; weights?: number[] };

/**
 * `targets[i][k]` is 1 when example i has class k. Softmax expects exactly one 1 per example; sigmoid
 * treats every class as its own yes/no.
 */
export function train(examples: SparseVector[], targets: number[][], classes: number, featureCount: number, options: TrainOptions = {}): LinearModel {
  const { epochs = 30, rate = 0.5, l2 = 1e-4, sigmoid = false } = options;
  const weights = new Float32Array(featureCount * classes);
  const squared = new Float64Array(featureCount * classes).fill(1e-8);
  const order = examples.map((_, i) => i);
  let seed = options.seed ?? 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = examples[n]!;
      probabilities({ classes, weights, sigmoid }, x, scores);
      for (let k = 0; k < classes; k++) {
        const error = (scores[k]! - targets[n]![k]!) * (options.weights?.[n] ?? 1);
        // A well-classified example moves nothing but the L2 decay, which can wait for the next miss.
        if (Math.abs(error) < 0.01) continue;
        for (let f = 0; f < x.ids.length; f++) {
          const at = x.ids[f]! * classes + k;
          const gradient = error * x.values[f]! + l2 * weights[at]!;
          squared[at]! += gradient * gradient;
          weights[at]! -= (rate * gradient) / Math.sqrt(squared[at]!);
        }
      }
    }
  }
  return { classes, weights, sigmoid };
}

/** Class probabilities of one message, written into `out`. */
export function probabilities(model: LinearModel, x: SparseVector, out: Float64Array = new Float64Array(model.classes)): Float64Array {
  const { classes, weights } = model;
  out.fill(0);
  for (let f = 0; f < x.ids.length; f++) {
    const base = x.ids[f]! * classes;
    const value = x.values[f]!;
    for (let k = 0; k < classes; k++) out[k]! += weights[base + k]! * value;
  }
  if (model.sigmoid) {
    for (let k = 0; k < classes; k++) out[k] = 1 / (1 + Math.exp(-out[k]!));
    return out;
  }
  let max = -Infinity;
  for (let k = 0; k < classes; k++) max = Math.max(max, out[k]!);
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < classes; k++) out[k]! /= sum;
  return out;
}
