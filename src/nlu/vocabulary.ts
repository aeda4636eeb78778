// A message's features as the network reads them: each feature seen often enough in training gets an
// index, weighted by inverse document frequency, and each message's vector has unit length, so long
// rambling messages do not outvote short ones.

/** `weight[id]`: a feature's idf, times CHARACTER_WEIGHT for a character n-gram. */
export type Vocabulary = { index: Map<string, number>; idf: Float32Array; weight: Float32Array };

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
  // Character n-grams back up the words (typos, word forms); many per word, each counts for less.
  const weight = Float32Array.from(features, (feature, id) => idf[id]! * (feature.startsWith('c:') ? CHARACTER_WEIGHT : 1));
  return { index: new Map(features.map((feature, id) => [feature, id])), idf, weight };
}

/** Per vocabulary, the message each feature id was last met in: duplicates are dropped without a Set per message. */
const lastSeen = new WeakMap<Vocabulary, { stamps: Uint32Array; message: number }>();

export function vectorise(features: string[], vocabulary: Vocabulary): SparseVector {
  let seen = lastSeen.get(vocabulary);
  if (seen === undefined) lastSeen.set(vocabulary, (seen = { stamps: new Uint32Array(vocabulary.weight.length), message: 0 }));
  // Stamps start again from zero before the counter outgrows them (after four billion messages).
  if (seen.message === 0xffff_ffff) {
    seen.stamps.fill(0);
    seen.message = 0;
  }
  const message = ++seen.message;
  const ids: number[] = [];
  let squares = 0;
  for (const feature of features) {
    const id = vocabulary.index.get(feature);
    if (id === undefined || seen.stamps[id] === message) continue;
    seen.stamps[id] = message;
    ids.push(id);
    squares += vocabulary.weight[id]! ** 2;
  }
  const norm = Math.sqrt(squares) || 1;
  return { ids: Int32Array.from(ids), values: Float32Array.from(ids, (id) => vocabulary.weight[id]! / norm) };
}
