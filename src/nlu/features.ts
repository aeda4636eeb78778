// What the slot models see of a message: words, word pairs, character n-grams (typos and word forms
// share most of theirs), and which words fall under a negation. Negation scope is structural and
// ruled here, not learned: it runs from a negator to the next clause break (punctuation, a dash, "but",
// "just", a new subject), so "I DONT KNOW JUST GET ME A HUMAN" negates "know" and not "human".
import { coreOf, looksLikeCredential, WINDOWS_PATH } from './secret-shapes.js';
import { redactSecrets, SECRET_MASK } from './secrets.js';
import { normalise, rememberedPerWord } from './text.js';

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  "didn't",
  "doesn't",
  "isn't",
  "wasn't",
  "aren't",
  "can't",
  'cannot',
  "won't",
  "haven't",
  'without',
  'nor',
  "shouldn't",
  "wouldn't",
  "couldn't",
  'neither',
]);
/** Words that open a new clause, ending a negation's reach. */
const CLAUSE_OPENERS = new Set([
  'but',
  'just',
  'only',
  'so',
  'because',
  'instead',
  'rather',
  'though',
  'although',
  'however',
  'then',
  'please',
  'pls',
  'i',
  "i'm",
  'we',
  "we're",
  'you',
  'it',
  "it's",
  'they',
  "they're",
  'he',
  'she',
  'can',
  'could',
  'would',
  'get',
  'give',
  'want',
]);
const BREAKS = new Set(['.', ',', '-', ';', ':', '?', '!']);
const NEGATION_REACH = 5;

/** Words of the normalised message with, for each, whether a negation covers it. */
export function scopedWords(text: string): { words: string[]; negated: boolean[] } {
  const words = normalise(text).split(' ').filter(Boolean);
  const negated = new Array<boolean>(words.length).fill(false);
  let reach = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NEGATORS.has(word) || (word === 'do' && words[i + 1] === 'not')) {
      reach = NEGATION_REACH;
      continue;
    }
    if (BREAKS.has(word) || (CLAUSE_OPENERS.has(word) && reach < NEGATION_REACH)) reach = 0;
    if (reach > 0) {
      negated[i] = true;
      reach--;
    }
  }
  return { words, negated };
}

/** Which kinds of feature to extract (compare:nlu measures each without the others). */
export type FeatureKinds = { pairs: boolean; characters: boolean; negation: boolean; skips?: boolean };
/**
 * Word pairs one word apart ("password for the pfx" gives password_the, for_pfx) carry what a need is
 * about past the small words between: cross-validated need +0.6 points over adjacent pairs alone.
 */
const allKinds: FeatureKinds = { pairs: true, characters: true, negation: true, skips: true };

/**
 * A word's character n-grams (3 to 5, with its edges marked), kept per word: the same string objects
 * each time, whose hashes the engine has already worked out, so looking them up in the vocabulary
 * costs no new strings. They were a third of reading a long message.
 */
const characterGramsOf = rememberedPerWord((word: string): string[] => {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let n = 3; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) grams.push(`c:${padded.slice(j, j + n)}`);
  return grams;
});

/**
 * Windows paths shaped like a credential were masked as secrets when the models were trained (they are identifiers
 * now): the models read them as that placeholder still. Retrained to read them as words, the models moved dev need misses 430 -> 438 and
 * test 738 -> 746 (stop 50), which a retrain of its own may win back.
 */
const pathsAsTrained = (text: string): string =>
  text.replace(/\S+/g, (token) => {
    const core = coreOf(token);
    return core !== '' && WINDOWS_PATH.test(core) && looksLikeCredential(core) ? token.replace(core, SECRET_MASK) : token;
  });

/** Sparse features of a message as strings; the model maps them to indices. */
export function featuresOf(raw: string, kinds: FeatureKinds = allKinds): string[] {
  // The models learn from messages as typed and read them masked: both become one placeholder word,
  // so neither the secret's letters nor the mask's words ("removed") say anything about the need.
  // Without a secret the text is the one the rules have just normalised, and normalise answers it again unworked.
  const { redacted: told } = redactSecrets(raw);
  const redacted = told.includes('\\') ? pathsAsTrained(told) : told;
  const text = redacted.includes(SECRET_MASK) ? redacted.split(SECRET_MASK).join(' secretvalue ') : redacted;
  const { words, negated } = scopedWords(text);
  const features: string[] = ['bias'];
  const content = words.filter((w) => !BREAKS.has(w));
  if (/\?/.test(text) || /^(how|what|where|which|who|why|when|can|could|is|are|do|does|will)\b/i.test(text.trim())) features.push('question');
  if (/\b\d{5,}\b/.test(text)) features.push('longnumber');
  if (content.length <= 3) features.push('short');
  words.forEach((word, i) => {
    if (BREAKS.has(word)) return;
    features.push(`w:${word}`);
    if (kinds.negation && negated[i]) features.push(`n:${word}`);
    const next = words[i + 1];
    if (kinds.pairs && next && !BREAKS.has(next)) features.push(`b:${word}_${next}`);
    const after = words[i + 2];
    if (kinds.skips && next && after && !BREAKS.has(next) && !BREAKS.has(after)) features.push(`s:${word}_${after}`);
    if (kinds.characters && word.length >= 4) features.push(...characterGramsOf(word));
  });
  return features;
}
