// Normalising what customers type: case, punctuation, contractions and common misspellings, so the
// rules in understand.ts can be written once against clean words.
import { inEnglishWords } from './foreign.js';
import { inRulesEnglish, saysForeignTrouble } from './foreign-trouble.js';
import { realWords } from './real-words.js';
import { shorthand } from './shorthand.js';

/** Rows of the distance table, reused between calls (a turn compares a word with dozens of others). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * `test` with its answers remembered per word: fuzzy comparisons run on every word of every message,
 * and customers use the same few hundred words. Bounded, so a flood of novel words cannot grow it
 * without end.
 */
export function rememberedPerWord<T>(test: (word: string) => T, limit = 20_000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = test(word);
      if (answers.size >= limit) answers.clear();
      answers.set(word, answer);
    }
    return answer;
  };
}

/**
 * Damerau-Levenshtein distance (optimal string alignment), enough for typo tolerance. Past `limit`
 * the exact figure does not matter to any caller: the comparison stops as soon as every alignment
 * costs more, and returns some number above `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return Math.abs(a.length - b.length);
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > limit) return rowBest;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

/** Words the rules depend on; a longer token within a small edit distance of one is corrected to it. */
const vocabulary = [
  'password',
  'passwords',
  'certificate',
  'certificates',
  'account',
  'accounts',
  'webmaster',
  'reseller',
  'affiliate',
  'customer',
  'customers',
  'number',
  'order',
  'username',
  'forgot',
  'forgotten',
  'access',
  'which',
  'bought',
  'directly',
  'direct',
  'hosting',
  'developer',
  'designer',
  'client',
  'clients',
  'manage',
  'managing',
  'remember',
  'reset',
  'signing',
  'person',
  'agent',
  'human',
  'support',
  'service',
  'representative',
  'original',
  'independent',
  'purchased',
  'ordered',
  'through',
  'website',
  'login',
  'signin',
  'signon',
  'locked',
  'anymore',
  'change',
  'export',
  'enterprise',
  'please',
  'someone',
  'talk',
  'speak',
  'connect',
  'partner',
  'altaire',
  'email',
  'address',
  'retired',
  'removed',
  'working',
  'stopped',
  'incorrect',
  'invalid',
  'rejected',
  'expired',
  'wrong',
];
const vocabularySet = new Set(vocabulary);

/**
 * Corrections already worked out: customers use a few hundred words over and over, and comparing an
 * unknown word with the whole vocabulary was the largest cost of understanding a message.
 */
const correct = rememberedPerWord(correctUncached, 10_000);

function correctUncached(token: string): string {
  const mapped = shorthand[token];
  if (mapped) return mapped;
  if (token.length < 5 || vocabularySet.has(token) || realWords.has(token) || /[\d']/.test(token)) return token;
  const limit = token.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const word of vocabulary) {
    if (Math.abs(word.length - token.length) > limit) continue;
    const distance = editDistance(token, word, limit);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  // Another form of the same word is no typo: "manages" stays "manages", "removes" stays "removes".
  if (best && stem(best) === stem(token)) return token;
  return best && !tie ? best : token;
}

const stem = (word: string) => word.replace(/(ing|ers|er|es|ed|s|d|e)$/, '');

/**
 * Lower-cases, unifies quotes and dashes, splits words from punctuation (keeping sentence breaks as
 * " . "), and corrects misspellings. The result is a space-separated string of words.
 */
/**
 * `text` stored one byte a character when it fits: a string that once held a typographic dash or quote
 * stays two-byte after they are replaced, and the phrase patterns run about fifty times slower on it
 * ("Subject: Code signing – a few questions …" took 17 ms instead of 0.3).
 */
function oneByte(text: string): string {
  return /[\u{100}-\u{10FFFF}]/u.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** Sentence ends as `normalise` finds them: a run of stops, question or exclamation marks, or semicolons before a space. */
const SENTENCE_END = /([.!?;]+)(\s|$)/g;

/**
 * The normalised text with each sentence end that was a question mark written "?" again (`normalise`
 * writes every end as "."): "el numero de pedido es el que empieza con ORD…? sorry" asks. Unchanged
 * when the two texts' sentence ends do not pair up one to one.
 */
export function questionsMarked(normalised: string, typed: string): string {
  const asked = [...typed.matchAll(SENTENCE_END)].map((end) => end[1]!.includes('?'));
  const tokens = normalised.split(' ');
  if (tokens.filter((token) => token === '.').length !== asked.length || !asked.includes(true)) return normalised;
  let end = 0;
  return tokens.map((token) => (token === '.' && asked[end++] ? '?' : token)).join(' ');
}

/** The message as the models' features read it (the words they were trained on). */
export function normalise(text: string): string {
  // The rules and then the models' features normalise each message: the second time is the first's answer.
  if (lastNormalised?.text !== text) lastNormalised = { text, normalised: normaliseNow(lowered(text), false) };
  return lastNormalised.normalised;
}
let lastNormalised: { text: string; normalised: string } | undefined;

/**
 * The message as the rules read it: as `normalise`, and with the foreign phrases of trouble put into English
 * (foreign-trouble.ts), which the models were not trained with (a retrain to teach them is a model version of its own).
 */
export function normaliseForRules(text: string): string {
  if (lastForRules?.text !== text) {
    // "the certs just arent in it": a negation typed without its apostrophe, which the corrector would take for another word ("agent").
    const typed = lowered(text);
    // "its the customer no. i cant remember": a number's short name, not the end of a sentence.
    const plain = typed.replace(BARE_CONTRACTIONS, "$1't").replace(NUMBER_ABBREVIATED, '$1 number');
    const foreign = saysForeignTrouble(plain);
    lastForRules = { text, normalised: foreign || plain !== typed ? normaliseNow(plain, foreign) : normalise(text) };
  }
  return lastForRules.normalised;
}
let lastForRules: { text: string; normalised: string } | undefined;
const BARE_CONTRACTIONS = /\b(aren|wasn|weren|haven|hasn|couldn|wouldn|shouldn|hadn|mustn)t\b/g;
const NUMBER_ABBREVIATED = /\b(customer|account|client|member) no\.(?=\s)/g;

// "Not the SSL one!The code signing password…": a sentence ends there as if a space followed (secrets, "Tea!Pot", are masked before this).
const lowered = (text: string): string =>
  plainTyped(
    text
      .replace(/([!?]+)(?=\p{L})/gu, '$1 ')
      .toLowerCase()
      .replace(/`/g, "'"),
  );

function normaliseNow(plain: string, foreignTrouble: boolean): string {
  const spaced = inEnglishWords(foreignTrouble ? inRulesEnglish(plain) : plain)
    .replace(
      /\b(my|the|login|account|our|his|her|their|client's|clients|clients'|forgot|forgotten|lost|reset|new|wrong|old) pass\b(?! (it|me|this|that|on|along|through)\b)/g,
      '$1 password',
    )
    .replace(/\b(the )?name of (the )?user\b|(?<!\b(new|company|old) )\b(the )?name on (the|my|our) account\b|\bwhat my user (is|was)\b/g, 'username')
    // "the member number your login page asks for": the customer number by another name.
    .replace(/\b(member|membership) (number|no|id)\b/g, 'customer number')
    .replace(/\border (reference|ref|id|code)\b|\bcommand (number|no|nr)\b/g, 'order number')
    .replace(/\bcustomer (#|no\.?|nr\.?) ?(?=\d)/g, 'customer number ')
    .replace(/\bs\/mime\b/g, 'smime')
    // "my login secret", "the secret word for entering the site", "five goes at the secret part": the password.
    .replace(
      /\b(login|sign-?in|logon|account) secret\b|\bsecret (word|part|bit|half)\b(?= (for|to|of|is|has|and|i|we|that|\.|,|$))|\bthe secret (that|which) proves\b/g,
      'password',
    )
    // A token by its maker's or its kind's name is the token the certificate lives on.
    .replace(/\b(e-?token|yubikey|yubi key|usb token|hardware token|usb dongle|dongle|smart ?card)\b/g, 'token')
    .replace(/\b(misplaced|mislaid)\b/g, 'lost')
    .replace(/\be[- ]?pki\b/g, 'epki')
    .replace(/\bsign[- ]on\b/g, 'signon')
    .replace(/\bsign(ing)?[- ]in\b/g, 'signin')
    .replace(/\b(signin|sign on|logon) name\b/g, 'login name')
    .replace(/\blog[- ]?in\b/g, 'login')
    .replace(/\bcode?[- ]?(sign(ing)?|singing|siging|signig|sigining)\b/g, 'codesigning')
    .replace(/\bu?se?r[- ]?name\b/g, 'username')
    .replace(/\bpass[- ]word\b/g, 'password')
    .replace(/\be[- ]?mail\b/g, 'email')
    .replace(/(^|\s)\.(pfx|p12|pem|jks|cer|crt|key|zip|exe|msi)\b/g, '$1$2')
    .replace(SENTENCE_END, ' . ')
    .replace(/,/g, ' , ')
    // Accents the translations above left ("für", "weiß") lose their marks rather than split the word ("f r" read as "f are").
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    // Letters with a stroke have no mark to lose: "założył", "nie działa" would split at them.
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9'.,#/_@ -]+/g, ' ');
  return spaced
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => (token === '.' || token === ',' ? token : correct(token.replace(/^'+|'+$/g, ''))))
    .join(' ');
}

/**
 * The message with typographic apostrophes, quotes, ellipses and dashes typed plainly ("I’m", "passw—", "inscrit…"), a thumbs
 * up or down as the yes or no it answers, and other emoji left out ("forgot un 😩"), which no reader looks at, stored one byte a character when it then fits (see
 * `oneByte`): an emoji kept a message two bytes a character, and the patterns ran ten times slower on it.
 */
export const plainTyped = (text: string): string =>
  oneByte(
    text
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u2013\u2014]/g, ' - ')
      .replace(/\u2026/g, '...')
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/[\u2009\u200a\u202f]/g, ' ')
      // A thumbs up or a tick answers yes, a thumbs down or a cross no; every other emoji is left out.
      .replace(/^(\s*(?:👍|✅|👌|✔|☑)\s*)+(?=(?:thanks|thank you|thx|ty|cheers|ok|okay)?[\s!.]*$)/iu, ' yes ')
      .replace(/^(\s*(?:👎|❌|✖|🚫)\s*)+(?=[\s!.]*$)/u, ' no ')
      .replace(/(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+/gu, ' '),
  );
