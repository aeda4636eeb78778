// Secrets introduced by a cue word ("password: hunter2", "Passwort ist 123456", "my passphrase is
// correct horse battery staple"): the cue, the words between it and its verb, and what follows, read
// as one token, a quoted phrase or a passphrase running to the end of its clause. secrets.ts masks
// what this finds, beside what shapes and uses find (secret-tokens.ts, passphrases.ts).
import type { Range } from './passphrases.js';
import { coreOf } from './secret-shapes.js';
import { editDistance, rememberedPerWord } from './text.js';
import {
  CUE,
  cueExact,
  cueWords,
  fuzzyCues,
  isIdentifierWord,
  isTechnicalName,
  isMisspeltState,
  nearCueWords,
  notSecrets,
  phraseCue,
  userCue,
} from './secret-words.js';

/**
 * The text with misspelt cue words written as "pw" and padded to their length, so that every offset
 * still points into the original.
 */
export function withCuesSpelled(text: string): string {
  return text.replace(/[\p{L}]{5,}/gu, (word) => (isMisspeltCue(word) ? `pw${' '.repeat(word.length - 2)}` : word));
}

/** Every longer word of every message is compared with every cue: the largest part of masking's time, for the same few hundred words. */
const isMisspeltCue = rememberedPerWord((word: string): boolean => {
  const lower = word.toLowerCase();
  const near = fuzzyCues.some((cue) => {
    if (Math.abs(cue.length - lower.length) > 2) return false;
    const allowed = cue.length >= 8 ? 2 : 1;
    return editDistance(lower, cue, allowed) <= allowed || (cue.length >= 8 && lettersNearlyKept(lower, cue));
  });
  return near && !cueExact.test(word) && !nearCueWords.has(lower);
});
/**
 * A long cue typed with its letters kept but jumbled ("paswoodr", "pasphrrae"): the same first four
 * letters once doubled ones are written once, and all but two of its letters (three of ten or more)
 * there, with as few others.
 */
const once = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');
function lettersNearlyKept(word: string, cue: string): boolean {
  if (once(word).slice(0, 4) !== once(cue).slice(0, 4)) return false;
  const counts = new Map<string, number>();
  for (const letter of cue) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  for (const letter of word) counts.set(letter, (counts.get(letter) ?? 0) - 1);
  const differing = [...counts.values()].reduce((sum, count) => sum + Math.abs(count), 0);
  return differing <= (cue.length >= 10 ? 3 : 2);
}
/** Words between the cue and its verb, on the cue's line: "password I've been using is", "Passwort für das Konto ist". */
// Words, a file's word joined to its kind ("pfx-bestand"), the file names "p12" and "pkcs12", and ".pfx" right before a colon or a verb and a quote ("do arquivo .pfx é 'Mar-Azul'"): a token with a digit after the cue is the secret itself, never filler ("pin 5521 is not working").
export const FILLER = String.raw`(?:[^\S\n]+(?!(?:is|was|ist|est|es|era|war|lautet|order|number|no|nr|username|user|email|customer|id|phone|serial|reference|ref|invoice|ticket|host|hosting|provider|reseller|company|domain|site|usuario|utilisateur|identifiant|benutzername|benutzer|gebruikersnaam|gebruiker|utente|usuário|kundennummer)\b)(?:[\p{L}'’]+|(?:pfx|p12|pkcs12)-\p{L}+|\.(?:pfx|p12|pem|jks)(?=[^\S\n]*(?:[:：]|\p{L}{1,5}[^\S\n]+["“'‘«]))|p12|pkcs#?12)){0,5}?`;
export const CONNECTOR = String.raw`(?<connector>\s*[:=：]|\s+(?:is|was|would be|should be|will be|has been|(?:must|might|could|should|shall|sohuld|shuold|shoudl|shold|shoud|woudl|wuold|coudl|cuold|mihgt|migth|mgiht) be|ist|lautet|war|est|était|etait|c'est|es|era|sería|è|é|är|is nu|это|是|为|為|:)(?![\p{L}])(?:\s+(?:still|just|only|now|currently|simply|literally|actually|probably|either|maybe|perhaps|nu|gewoon|toujours|immer noch|noch|vielleicht|wahrscheinlich|misschien|waarschijnlijk|peut-être|peut-etre|probablement|quizás|quizas|probablemente|forse|probabilmente|talvez|provavelmente|kanske|może))?(?:\s*[:=])?|(?<=[\p{Script=Han}])(?:是|为|為)?)`;
/**
 * The cue, its verb, then the secret: a quoted phrase or one token. An opening quote follows no letter
 * and a closing one ends a word, so the quote closing "'incorrect password' but I'm…" opens nothing,
 * and "rock'n'roll" or « Soleil2020 », spaces inside, is one value.
 */
const cuedSecret = new RegExp(
  String.raw`${CUE}(?:[^\S\n]+(?:${cueWords})(?![\p{L}\p{N}_]))*(?:${FILLER}(?:[^\S\n]*\((?:\p{L}+[^\S\n]*[!?,-]?[^\S\n]*){1,5}\))?${CONNECTOR}\s*|\s+|(?=["“”'‘’«„]))(?:(?<![\p{L}\p{N}])(?<quote>["“”'‘’«„])(?<quoted>[^\n]{1,120}?)["“”'‘’»](?![\p{L}\p{N}])|(?<token>[^\s"“”'‘’«»，。！？、]+))`,
  'giu',
);

/** Whether `core`, said right after a cue and its verb, is the secret itself. */
function isCuedSecret(core: string, hasConnector: boolean): boolean {
  const lower = core.toLowerCase();
  if (core.length < 3 || notSecrets.has(lower) || isMisspeltState(lower) || /@/.test(core) || /^(https?:\/\/|www\.|\/\/)/i.test(core)) return false;
  // A participle says what happened to the password, or where it is: "is hard-coded into the software", "is saved", "WAS ROTATED".
  if (/^[a-z]+(?:-[a-z]+)*ed$/.test(lower)) return false;
  // "token PINs", "pin codes": another cue, not a secret.
  if (cueExact.test(lower.replace(/['’]?s$/, '')) || /^codes?$/.test(lower)) return false;
  // So does a plain adjective: "is now unreachable", "is useless", "is still pending".
  if (/^[a-z]{4,}(able|ible|ble|ous|ful|less|ive|ing|ly)$/.test(lower)) return false;
  if (hasConnector) return true;
  // "pass Hunter2024", "пароль 123456": without a verb the token must not read as a plain word.
  return /\d/.test(core) || /[^\p{L}\p{N}'-]/u.test(core) || /\p{Ll}\p{Lu}|\p{Lu}{2,}\p{Ll}/u.test(core);
}

/** "was in a password manager", "is stored somewhere", "is not working": where the phrase is, or what happened to it. */
const saysWhereOrHow =
  /^(in|on|at|from|with|inside|under|behind|somewhere|stored|saved|kept|written|still|also|never|not|no|too|probably|maybe|lost|gone|reset|changed)\b|^(i|we|you|he|she|they)('ve|'m|'re)? (typed|entered|tried|used|put|have|had|can't|cannot|don't|do not|did|didn't|know|think|set|changed|lost|forgot|copied|pasted)\b/i;
/** "was chosen by an intern", "is set in stone": how the phrase came to be, after a verb (after a colon, "told by an idiot" is the phrase). */
const cameToBe = /^(set|made|chosen|given|picked|told|sent|done|created|generated|assigned) (by|from|when|in|at|on|for|during|years|last|ages|long|back|up)\b/i;

/**
 * "password manager got wiped account is mk_harlow": the words between the cue and its verb are a clause
 * of their own, ending on the identifier the value belongs to ("password for my account is …" is not).
 */
function namesAnotherThing(matched: string, groups: Record<string, string | undefined>): boolean {
  if (groups.connector === undefined) return false;
  const filler = matched.slice(groups.cue!.length, matched.lastIndexOf(groups.connector)).trim().split(/\s+/).filter(Boolean);
  const last = filler[filler.length - 1] ?? '';
  // "usrname" as well as "username": the name typed as customers type it.
  return (
    filler.length >= 3 &&
    (userCue.test(last) || (/^(us|log)/i.test(last) && isIdentifierWord(last))) &&
    !filler.some((word) => /^(for|to|of|on|in|at|with|into|from|für|pour|para|voor)$/i.test(word))
  );
}

/**
 * "three wrong PIN tries is absurd", "the password policy is stupid": the cue names what another noun
 * is about, and that noun, right after the cue and before the verb, is what the verb describes. A
 * plain word after it is prose.
 */
const NOUN_AFTER_CUE =
  /^(tries|attempts?|policy|policies|rules?|requirements?|manager|prompt|strength|length|complexity|history|expiry|lockout|limit|counter|issue|problem|hint|reminder)$/i;
const describesAnotherNoun = (matched: string, groups: Record<string, string | undefined>, core: string): boolean => {
  if (groups.connector === undefined) return false;
  const filler = matched.slice(groups.cue!.length, matched.lastIndexOf(groups.connector)).trim().split(/\s+/).filter(Boolean);
  // Only the noun right after a cue: "the password for the admin page is sunflower" names the password.
  const noun = filler.at(-1) ?? '';
  if (!NOUN_AFTER_CUE.test(noun) || (filler.length > 1 && !cueExact.test(filler.at(-2)!))) return false;
  // A hint or reminder is never the password, whatever its shape ("password hint: 'nan's street + house number'");
  // other nouns only describe with letters ("the password policy is stupid").
  return /^(hint|reminder)$/i.test(noun) || /^\p{L}+(?:[\s'’-]+\p{L}+)*$/u.test(core.trim());
};

/** Where a passphrase's words end and the customer's own begin: "…seven and Windows says it's incorrect", "… but it's rejected". */
const PHRASE_END =
  /\s(?:but|because|although|though|which|i'm sure|i am sure|i think|i believe|and (?:now |then )?(?:\S+ ){0,2}(?:says|said|tells|rejects|refuses|won't|doesn't|does not|isn't|is not|fails|failed|keeps))\b/iu;
function phraseClause(rest: string): string {
  const clause = /^[^.,;!?\n]*/.exec(rest)![0];
  const end = PHRASE_END.exec(clause);
  return (end ? clause.slice(0, end.index) : clause).trimEnd();
}

const DIGIT_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
/** "my password is h 7 k Q 2 m x 9 (without the spaces)": a value typed one sign at a time. */
const SPACED_SIGNS = /^(?:[\p{L}\p{N}][^\S\n]){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/u;
const SPOKEN_DIGITS = new RegExp(String.raw`^${DIGIT_WORD}(?:[\s,-]+${DIGIT_WORD}){2,}(?![\p{L}])`, 'iu');

/**
 * "the password I'd noted, Riviere_2019, doesn't work", "The password for the account one of them uses,
 * Bluebell2020, no longer gets me in": the value set off by commas after the cue and a few words about it.
 */
const apposition = new RegExp(String.raw`${CUE}[^.,;:!?\n]{0,60},\s*(?<token>[^\s,]+)(?=,|\s*$|\.(?:\s|$))`, 'giu');
function appositionRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(apposition)) {
    const token = match.groups!.token!;
    const core = coreOf(token);
    const passwordShaped = /^\d{4,12}$/.test(core) || (core.length >= 5 && /\p{L}/u.test(core) && (/\d/.test(core) || /[^\p{L}\p{N}'’-]/u.test(core)));
    if (!passwordShaped || /@|^(https?:|www\.)/i.test(core) || /^(19|20)\d{2}$/.test(core) || notSecrets.has(core.toLowerCase())) continue;
    const start = match.index + match[0].length - token.length + token.indexOf(core);
    ranges.push([start, start + core.length]);
  }
  return ranges;
}

/** The cue's filler opening on "and" or "but" and another thing as the verb's subject: "password and our organisation's certificate is". */
const COORDINATED =
  /^[^\S\n]+(?:and|but|while|und|aber|et|mais|y|pero|e|ma|maar)[^\S\n]+(?:[\p{L}'’]+[^\S\n]+){0,3}(?:certificates?|certs?|account|order|renewal|subscription|site|website|domain|invoice|licen[cs]e|plan|server|file|token)(?:[^\S\n]+(?:is|was|are|were|ist|est|es|era|è|é))/iu;

const ALTERNATIVE = /^(?:[,/]?\s*(?:or|and|oder|und|ou|et|o|y|of|en|eller|och|lub|albo|,|\/)\s*(?:maybe\s+)?)(\S+)/u;

/**
 * "it's just the word butterscotch, no numbers, no capitals", "fairly sure it's ironwood. lowercase, nothing else": a word said
 * to be "it" and then described as a password is (its case, no digits, no symbols), with no cue needed; "the domain is
 * brightwater, lowercase" names its thing.
 */
const DESCRIBED =
  /(?<![\p{L}])(?:it's|it is|its|it was)\s+(?:just\s+|simply\s+|only\s+)?(?:the\s+(?:single\s+|one\s+)?word\s+)?["'“‘]?(?<value>\p{L}[\p{L}\p{N}]{3,30})["'”’]?\s*[,.;:—–-]?\s*(?:all\s+|in\s+|just\s+)?(?:lower ?case|lower-case|small letters|no (?:numbers|digits|capitals|caps|capital letters|symbols|special characters|upper ?case)|without (?:numbers|digits|capitals|symbols))(?=\s*(?:[,.;!?]|$|and\b|or\b|nothing\b|no\b|all\b|just\b))/giu;
/** The words a description needs, looked for first: the pattern opens with a lookbehind, tried at every position. */
const DESCRIPTION =
  /lower ?case|lower-case|small letters|\bno (?:numbers|digits|capitals|caps|capital|symbols|special|upper)|\bwithout (?:numbers|digits|capitals|symbols)/i;
function describedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(DESCRIBED)) {
    const value = match.groups!.value!;
    const start = match.index + match[0].indexOf(value, match[0].search(/\s/));
    // "the username is jsmith, all lowercase", "my user name? it's jsmith": a value just after an identifier's name is that identifier.
    const before = text.slice(Math.max(0, start - 80), start);
    if (notSecrets.has(value.toLowerCase()) || before.split(/[^\p{L}]+/u).some((word) => userCue.test(word) || isIdentifierWord(word))) continue;
    ranges.push([start, start + value.length]);
  }
  return ranges;
}

const SERIAL_BEFORE =
  /\b(serial|serial number|serial no|seriennummer|numéro de série|número de serie|serienummer)( (on|of|for|from|van|von|de|del|du))?( (the|our|my|this|that|het|de|der|die|das|le|la|el))?\s*$/i;

/** "şifrem 2023'ten beri aynı": a year with its case ending says since when. */
const YEAR_WITH_ENDING = /^(19|20)\d{2}['’]\p{L}+/u;

/** Spans of secrets introduced by a cue word. */
export function cuedRanges(text: string): Range[] {
  const ranges: Range[] = [...appositionRanges(text), ...(DESCRIPTION.test(text) ? describedRanges(text) : [])];
  for (const match of text.matchAll(cuedSecret)) {
    const groups = match.groups!;
    // Spanish "es" is German's "it" ("Passwort zurücksetzen Es wird …"): after a German cue it is no verb.
    const germanIt = groups.connector?.trim().toLowerCase() === 'es' && /^(passwort|kennwort)/i.test(groups.cue!);
    const hasConnector = groups.connector !== undefined && !germanIt;
    if (groups.quoted !== undefined) {
      const quoted = groups.quoted;
      // "pasword's reset … I'll": the apostrophes of two contractions, not a quotation.
      if (groups.quote === "'" && /^(s|d|ll|re|ve|t|m)\s/.test(quoted)) continue;
      if (quoted.trim().length < 3 || notSecrets.has(quoted.trim().toLowerCase()) || describesAnotherNoun(match[0], groups, quoted)) continue;
      const start = match.index + match[0].length - quoted.length - 1;
      ranges.push([start + quoted.length - quoted.trimStart().length, start + quoted.trimEnd().length]);
      continue;
    }
    let token = groups.token!;
    // After a cue in a script without spaces the secret ends where that script starts again.
    token = token.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*$/u, '');
    const tokenStart = match.index + match[0].length - groups.token!.length;
    const core = coreOf(token);
    const clause = phraseClause(text.slice(tokenStart));
    // A first token shaped like a password is the secret alone: "was Kestrel-Orbit-19 I'm sure but…". A
    // clause longer than any passphrase is the customer's own sentence, its full stops left out ("is fine
    // our build server has it and signing works What I've lost is…").
    const words = clause.split(/\s+/).length;
    const phrase =
      phraseCue.test(groups.cue!) &&
      hasConnector &&
      /^\p{L}+$/u.test(core) &&
      words >= 3 &&
      words <= 12 &&
      !saysWhereOrHow.test(clause) &&
      !(cameToBe.test(clause) && !/[:=：]/.test(groups.connector!));
    if (phrase) {
      // A passphrase runs to the end of its clause: "my passphrase is correct horse battery staple".
      ranges.push([tokenStart, tokenStart + clause.length]);
      continue;
    }
    // "pin is four nine one six": digits said as words, one secret.
    const spoken = hasConnector ? (SPOKEN_DIGITS.exec(text.slice(tokenStart)) ?? SPACED_SIGNS.exec(text.slice(tokenStart))) : null;
    if (spoken) {
      ranges.push([tokenStart, tokenStart + spoken[0].length]);
      continue;
    }
    const coreStart = tokenStart + token.indexOf(core);
    // "the only person who knew the PIN was Margaret, who retired": a person, said by the "who" after the name.
    const person = /^\p{L}+$/u.test(core) && /^\s*,?\s*(who|whom|whose)\b/i.test(text.slice(coreStart + core.length));
    // "the pfx password I was handd …": the subject of a clause about the password, whose verb is no "is" of it.
    const clauseAbout =
      groups.connector !== undefined &&
      /\s(i|we|you|he|she|they)$/i.test(match[0].slice(0, match[0].length - groups.token!.length).replace(/\s*(was|were|is|are)\s*$/i, ''));
    // "my password and our organisation's certificate is due for renewal": the verb is another subject's, joined after the cue; a plain word after it is prose.
    // "the serial on the token is SN-4410-392": the cue names where the serial is, not a secret.
    const serialOfIt = SERIAL_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index));
    const otherSubject = /^\p{L}+$/u.test(core) && COORDINATED.test(match[0].slice(groups.cue!.length));
    if (
      person ||
      clauseAbout ||
      otherSubject ||
      YEAR_WITH_ENDING.test(text.slice(tokenStart)) ||
      serialOfIt ||
      !isCuedSecret(core, hasConnector) ||
      namesAnotherThing(match[0], groups) ||
      describesAnotherNoun(match[0], groups, core)
    )
      continue;
    ranges.push([coreStart, coreStart + core.length]);
    // "the password is mango123 or mango1234", "backup codes: 7H2K-9QW4, 3MZP-88XL, R5TN-2V6C": the alternatives offered are secrets too.
    let after = coreStart + core.length;
    for (let alternative = ALTERNATIVE.exec(text.slice(after)); alternative !== null; alternative = ALTERNATIVE.exec(text.slice(after))) {
      const next = coreOf(alternative[1]!);
      if (!/\d|[^\p{L}\p{N}'-]/u.test(next) || notSecrets.has(next.toLowerCase()) || isTechnicalName(next)) break;
      const at = after + alternative[0].length - alternative[1]!.length + alternative[1]!.indexOf(next);
      ranges.push([at, at + next.length]);
      after = at + next.length;
    }
  }
  return ranges;
}
