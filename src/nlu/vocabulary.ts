// A message's features as the network reads them: each feature seen often enough in training gets an
// index, weighted by inverse document frequency, and each message's vector has unit length, so long
// rambling messages do not outvote short ones.

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
