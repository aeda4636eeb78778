// Matching a typed answer to the buttons of the question last asked: "through a reseller",
// "Through a Reseller!", "thru a reseller" and "reseller" all pick the same button.
import type { Choice } from '../content/catalog.js';
import { editDistance } from './text.js';

const simplify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const fillerWords = new Set(['a', 'an', 'the', 'my', 'our', 'i', 'we', 'it', 'its', "it's", 'from', 'with', 'of', 'to', 'and', 'or', 'please', 'is']);
const contentWords = (text: string) =>
  simplify(text)
    .split(' ')
    .filter((word) => word.length > 0 && !fillerWords.has(word));

/**
 * Small typos are forgiven in proportion to length: one edit per five characters. The comparison
 * stops once the distance is past that (a 10,000-character message once took ~100 ms against each
 * button).
 */
const closeEnough = (typed: string, target: string) => {
  const allowed = Math.floor(target.length / 5);
  return editDistance(typed, target, allowed) <= allowed;
};

export function matchChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const typed = simplify(text);
  if (typed.length === 0 || choices.length === 0) return undefined;

  const exact = choices.find((choice) => simplify(choice.label) === typed || simplify(choice.id.replace(/_/g, ' ')) === typed);
  if (exact) return exact;

  const near = choices.filter((choice) => closeEnough(typed, simplify(choice.label)));
  if (near.length === 1) return near[0];

  // A short answer naming one word that only one button has ("reseller", "webmaster", "yes").
  const words = contentWords(text);
  if (words.length === 0 || words.length > 2) return undefined;
  const owners = choices.filter((choice) =>
    words.every((word) => contentWords(choice.label).some((labelWord) => labelWord.length > 2 && closeEnough(word, labelWord))),
  );
  return owners.length === 1 ? owners[0] : undefined;
}
