// Cross-validation on the train split alone: the models learn from all folds but one, the rules stay
// as they are, and the held-out fold is read as unseen messages would be. A hand-written message and
// its variants always share a fold (as they share a split), so no fold is read by a model trained on
// another surface form of the same sentence. On the last waves this tracked the test split much
// better than dev, which rules have since been written against.
import type { Understanding } from '../../machines/domain.js';
import type { SlotClassifier } from '../../src/nlu/classifier.js';
import { understandNow, type Combination } from '../../src/nlu/understand.js';
import type { LabelledUtterance } from '../corpus.js';
import { evaluateUtterances, type UtteranceReport } from './score-utterances.js';

/** FNV-1a over the text with a salt, so folds do not line up with the hash that chose the split. */
function foldHash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of `fold:${text}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fold of each message: its hand-written message's (variants follow the message they vary). */
export function foldsOf(items: LabelledUtterance[], folds: number): number[] {
  let current = 0;
  return items.map((item) => {
    if (item.tags === undefined || item.tags.includes('hand-written')) current = foldHash(item.text) % folds;
    return current;
  });
}

export type Trainer = (examples: LabelledUtterance[]) => SlotClassifier;

/**
 * Every message of `items` read by a model that never saw its fold, under each of `combinations` (the
 * fold models are trained once for all), scored as `npm run eval` scores.
 */
export async function crossValidate(items: LabelledUtterance[], folds: number, trainer: Trainer, combinations: Combination[]): Promise<UtteranceReport[]> {
  const fold = foldsOf(items, folds);
  const readings = combinations.map(() => new Array<Understanding>(items.length));
  for (let k = 0; k < folds; k++) {
    const model = trainer(items.filter((_, i) => fold[i] !== k));
    items.forEach((item, i) => {
      if (fold[i] === k) combinations.forEach((combination, c) => (readings[c]![i] = understandNow(model, combination, item.text)));
    });
  }
  return Promise.all(
    readings.map((read) => {
      let next = 0;
      return evaluateUtterances(items, () => Promise.resolve(read[next++]!));
    }),
  );
}
