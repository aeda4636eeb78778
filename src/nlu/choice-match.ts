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

/** Buttons picked by their place: "the 2nd", "second one", "option 3", "#1", "the last one". */
const ORDINAL =
  /^(?:the )?(?:(?:option|number|no|button|choice) )?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|last|[1-6])(?: one| option| button| choice)?(?: please| pls)?$/;
const PLACES: Record<string, number> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
  sixth: 5,
  '6th': 5,
};
const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6' };

function choiceByPlace(typed: string, choices: readonly Choice[]): Choice | undefined {
  // "option two", "number three": a number word only with a word saying it counts buttons.
  const spelled = typed.replace(
    /^((?:the )?(?:option|number|no|button|choice) )(one|two|three|four|five|six)\b/,
    (_, lead: string, word: string) => lead + NUMBER_WORDS[word],
  );
  const place = ORDINAL.exec(spelled)?.[1];
  if (place === undefined) return undefined;
  const index = place === 'last' ? choices.length - 1 : /^\d$/.test(place) ? Number(place) - 1 : PLACES[place]!;
  return choices[index];
}

export function matchChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const typed = simplify(text);
  if (typed.length === 0 || choices.length === 0) return undefined;

  const placed = choiceByPlace(typed, choices);
  if (placed) return placed;

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
