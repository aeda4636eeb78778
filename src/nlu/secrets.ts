// Finding secrets a customer pastes into the chat and masking them before the text reaches a
// snapshot, a log, a transcript or an agent. A secret is judged by its shape first (secret-shapes.ts:
// key formats, the character mix of a typed password, entropy), and by the words before it second: a
// plain word or an all-digit PIN is a secret when a cue in any of the customers' languages says so
// ("password: hunter2", "Passwort ist 123456", "我的密码是abc"); token by token in secret-tokens.ts,
// and by what the sentence does with them in passphrases.ts. User names, email addresses and order
// or customer numbers are identifiers the bot asks for and stay as typed.
import { secretsSaidByUse, type Range } from './passphrases.js';
import { coreOf, FILE_NAME, knownFormats } from './secret-shapes.js';
import { editDistance } from './text.js';
import { shapeRanges } from './secret-tokens.js';
import {
  CUE,
  cueExact,
  cueWords,
  fuzzyCues,
  isMisspeltState,
  namedAsIdentifier,
  nearCueWords,
  notSecrets,
  phraseCue,
  plainReplies,
  userCue,
} from './secret-words.js';

export const SECRET_MASK = '[secret removed]';

/**
 * The text with misspelt cue words written as "pw" and padded to their length, so that every offset
 * still points into the original.
 */
function withCuesSpelled(text: string): string {
  return text.replace(/[\p{L}]{5,}/gu, (word) => {
    const lower = word.toLowerCase();
    const near = fuzzyCues.some((cue) => {
      if (Math.abs(cue.length - lower.length) > 2) return false;
      const allowed = cue.length >= 8 ? 2 : 1;
      return editDistance(lower, cue, allowed) <= allowed;
    });
    return near && !cueExact.test(word) && !nearCueWords.has(lower) ? `pw${' '.repeat(word.length - 2)}` : word;
  });
}
/** Words between the cue and its verb: "password I've been using is", "Passwort für das Konto ist". */
// Letters only, and the file names "p12" and "pkcs12": a token with a digit after the cue is the secret itself, never filler ("pin 5521 is not working").
const FILLER = String.raw`(?:\s+(?!(?:is|was|ist|est|es|era|war|lautet|order|number|no|nr|username|user|email|customer|id|phone|serial|reference|ref|invoice|ticket|host|hosting|provider|reseller|company|domain|site|usuario|utilisateur|identifiant|benutzername|benutzer|gebruikersnaam|gebruiker|utente|usuário|kundennummer)\b)(?:[\p{L}'’]+|p12|pkcs#?12)){0,5}?`;
const CONNECTOR = String.raw`(?<connector>\s*[:=：]|\s+(?:is|was|would be|should be|will be|has been|ist|lautet|war|est|était|etait|c'est|es|era|sería|è|é|is nu|это|是|为|為|:)(?![\p{L}])(?:\s+(?:still|just|only|now|currently|simply|literally|actually|probably|either|maybe|nu|gewoon|toujours|immer noch|noch))?(?:\s*[:=])?|(?<=[\p{Script=Han}])(?:是|为|為)?)`;
/**
 * The cue, its verb, then the secret: a quoted phrase or one token. An opening quote follows no letter
 * and a closing one ends a word, so the quote closing "'incorrect password' but I'm…" opens nothing,
 * and "rock'n'roll" or « Soleil2020 », spaces inside, is one value.
 */
const cuedSecret = new RegExp(
  String.raw`${CUE}(?:${FILLER}${CONNECTOR})?\s*(?:(?<![\p{L}\p{N}])(?<quote>["“”'‘’«„])(?<quoted>[^\n]{1,120}?)["“”'‘’»](?![\p{L}\p{N}])|(?<token>[^\s"“”'‘’«»，。！？、]+))`,
  'giu',
);
/** A token named as the password after it: "Violet_Rain7 is my old password". */
const tokenBeforeCue = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<token>[^\s"“”'‘’«»]{4,})\s+(?:is|was|=)\s+(?:my|the|our|their|his|her|a)\s+(?:(?:old|new|current|previous|real|actual|temporary)\s+)?${CUE}`,
  'giu',
);
/** A quoted phrase named as the password after it: "I set 'orange river at dawn' as the passphrase". */
const quotedBeforeCue = new RegExp(
  String.raw`["“'‘«](?<quoted>[^"“”'‘’«»\n]{3,120}?)["”'’»]\s+(?:as|is|was)\s+(?:the|my|our|a|its|their)\s+(?:new\s+|old\s+)?${CUE}`,
  'giu',
);

/** A message that ends on a cue and its verb: the next message is the secret ("my password is" / "hunter2"). */
const trailingCue = new RegExp(String.raw`(?:${CUE}${FILLER}${CONNECTOR}|here(?:'s| is) (?:my|the) (?:${cueWords}))\s*[.…]*\s*$`, 'iu');

function mask(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  const merged = ranges
    .sort((a, b) => a[0] - b[0])
    .reduce<Range[]>((out, range) => {
      const last = out[out.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else out.push([...range]);
      return out;
    }, []);
  let result = '';
  let at = 0;
  for (const [start, end] of merged) {
    result += text.slice(at, start) + SECRET_MASK;
    at = end;
  }
  return result + text.slice(at);
}

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
  /^(in|on|at|from|with|inside|under|behind|somewhere|stored|saved|kept|written|still|also|never|not|no|too|probably|maybe|lost|gone|reset|changed)\b/i;

/**
 * "password manager got wiped account is mk_harlow": the words between the cue and its verb are a clause
 * of their own, ending on the identifier the value belongs to ("password for my account is …" is not).
 */
function namesAnotherThing(matched: string, groups: Record<string, string | undefined>): boolean {
  if (groups.connector === undefined) return false;
  const filler = matched.slice(groups.cue!.length, matched.lastIndexOf(groups.connector)).trim().split(/\s+/).filter(Boolean);
  const last = filler[filler.length - 1] ?? '';
  return filler.length >= 3 && userCue.test(last) && !filler.some((word) => /^(for|to|of|on|in|at|with|into|from|für|pour|para|voor)$/i.test(word));
}

/**
 * "three wrong PIN tries is absurd", "the password policy is stupid": the cue names what another noun
 * is about, and that noun, right after the cue and before the verb, is what the verb describes. A
 * plain word after it is prose.
 */
const NOUN_AFTER_CUE =
  /^(tries|attempts?|policy|policies|rules?|requirements?|manager|prompt|strength|length|complexity|history|expiry|lockout|limit|counter|issue|problem|hint|reminder)$/i;
const describesAnotherNoun = (matched: string, groups: Record<string, string | undefined>, core: string): boolean => {
  // Letters only (a quoted hint may be a few words: "password hint was 'first dog'").
  if (groups.connector === undefined || !/^\p{L}+(?:[\s'’-]+\p{L}+)*$/u.test(core.trim())) return false;
  const filler = matched.slice(groups.cue!.length, matched.lastIndexOf(groups.connector)).trim().split(/\s+/).filter(Boolean);
  // Only the noun right after a cue: "the password for the admin page is sunflower" names the password.
  const noun = filler.at(-1) ?? '';
  return NOUN_AFTER_CUE.test(noun) && (filler.length === 1 || cueExact.test(filler.at(-2)!));
};

/** Where a passphrase's words end and the customer's own begin: "…seven and Windows says it's incorrect", "… but it's rejected". */
const PHRASE_END =
  /\s(?:but|because|although|though|which|i'm sure|i am sure|i think|i believe|and (?:now |then )?(?:\S+ ){0,2}(?:says|said|tells|rejects|refuses|won't|doesn't|does not|isn't|is not|fails|failed|keeps))\b/iu;
function phraseClause(rest: string): string {
  const clause = /^[^.,;!?\n]*/.exec(rest)![0];
  const end = PHRASE_END.exec(clause);
  return (end ? clause.slice(0, end.index) : clause).trimEnd();
}

/** Spans of secrets introduced by a cue word. */
function cuedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(cuedSecret)) {
    const groups = match.groups!;
    const hasConnector = groups.connector !== undefined;
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
    // A first token shaped like a password is the secret alone: "was Kestrel-Orbit-19 I'm sure but…".
    const phrase = phraseCue.test(groups.cue!) && hasConnector && /^\p{L}+$/u.test(core) && clause.split(/\s+/).length >= 3 && !saysWhereOrHow.test(clause);
    if (phrase) {
      // A passphrase runs to the end of its clause: "my passphrase is correct horse battery staple".
      ranges.push([tokenStart, tokenStart + clause.length]);
      continue;
    }
    if (!isCuedSecret(core, hasConnector) || namesAnotherThing(match[0], groups) || describesAnotherNoun(match[0], groups, core)) continue;
    const coreStart = tokenStart + token.indexOf(core);
    ranges.push([coreStart, coreStart + core.length]);
    // "the password is mango123 or mango1234": the alternatives offered are secrets too.
    const rest = text.slice(coreStart + core.length);
    for (const alternative of rest.matchAll(/^(?:[,/]?\s*(?:or|and|,|\/)\s*(?:maybe\s+)?)(\S+)/gu)) {
      const next = coreOf(alternative[1]!);
      if (!/\d|[^\p{L}\p{N}'-]/u.test(next) || notSecrets.has(next.toLowerCase())) break;
      const at = coreStart + core.length + alternative.index + alternative[0].length - alternative[1]!.length + alternative[1]!.indexOf(next);
      ranges.push([at, at + next.length]);
    }
  }
  return ranges;
}

export type SecretScan = { containsSecret: boolean; redacted: string };
/** `afterCue`: the customer's previous message ended on a cue ("my password is"), so this one is likely the secret. */
export type RedactOptions = { afterCue?: boolean };

/** Masks every secret in `text`; `containsSecret` tells whether anything was masked. */
export function redactSecrets(text: string, options: RedactOptions = {}): SecretScan {
  // One message is scanned by the rules and again by the models' features: the second scan is the first's.
  if (options.afterCue) return scanForSecrets(text, options);
  if (lastScan?.text !== text) lastScan = { text, scan: scanForSecrets(text, options) };
  return lastScan.scan;
}
let lastScan: { text: string; scan: SecretScan } | undefined;

function scanForSecrets(text: string, options: RedactOptions): SecretScan {
  const ranges: Range[] = [];
  for (const format of knownFormats) {
    for (const match of text.matchAll(format)) {
      // A certificate's thumbprint or serial number is hex too: named as one, it is an identifier.
      if (namedAsIdentifier(text, match.index)) continue;
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  if (options.afterCue) ranges.push(...followingCueRanges(text));
  const spelled = withCuesSpelled(text);
  ranges.push(...cuedRanges(spelled));
  for (const match of spelled.matchAll(tokenBeforeCue)) {
    const token = coreOf(match.groups!.token!);
    // Shaped like a password: a digit or a symbol, or the case changing inside it (not a word in capitals).
    const shaped = /\d|[^\p{L}'’-]/u.test(token) || /\p{Ll}\p{Lu}/u.test(token);
    if (!shaped || notSecrets.has(token.toLowerCase())) continue;
    const start = match.index + match[0].indexOf(token);
    ranges.push([start, start + token.length]);
  }
  for (const match of spelled.matchAll(quotedBeforeCue)) {
    const start = match.index + 1;
    ranges.push([start, start + match.groups!.quoted!.length]);
  }
  const taken = (start: number, end: number) => ranges.some(([s, e]) => start < e && end > s);
  ranges.push(...[...shapeRanges(spelled), ...secretsSaidByUse(text)].filter(([s, e]) => !taken(s, e)));
  const found = ranges.filter(([s, e]) => !FILE_NAME.test(text.slice(s, e)));
  const secrets = [...found, ...variantRanges(text, found)];
  const redacted = mask(text, secrets);
  return { containsSecret: secrets.length > 0, redacted };
}

/**
 * "tried Bluebird77 and bluebird77!": a token offered beside a secret ("and", "or", a comma or a slash
 * between them) that spells the same word with other digits, case or symbols is the same password
 * tried another way, however the verb before them was typed.
 */
function variantRanges(text: string, secrets: Range[]): Range[] {
  const stem = (value: string) => value.toLowerCase().replace(/[^\p{L}]/gu, '');
  const variants: Range[] = [];
  const queue = [...secrets];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [start, end] = next;
    const secretStem = stem(text.slice(start, end));
    if (secretStem.length < 4) continue;
    const before = /(\S+)\s*(?:,|\/|\s(?:and|or))\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
    const after = /^\s*(?:,|\/|(?:and|or)\s)\s*(\S+)/u.exec(text.slice(end, end + 40));
    for (const [token, at] of [
      [before?.[1], before ? start - (text.slice(Math.max(0, start - 40), start).length - before.index) : -1],
      [after?.[1], after ? end + after[0].length - after[1]!.length : -1],
    ] as const) {
      if (token === undefined) continue;
      const core = coreOf(token);
      if (!/\d|[^\p{L}'’-]/u.test(core) || stem(core) !== secretStem || namedAsIdentifier(text, at)) continue;
      const coreAt = at + token.indexOf(core);
      if ([...secrets, ...variants].some(([s, e]) => coreAt < e && coreAt + core.length > s)) continue;
      variants.push([coreAt, coreAt + core.length]);
      queue.push([coreAt, coreAt + core.length]);
    }
  }
  return variants;
}

/** The message after "my password is": a lone token is the secret, and so is a first token that is not a plain word. */
function followingCueRanges(text: string): Range[] {
  const trimmed = text.trim();
  const offset = text.indexOf(trimmed);
  const quoted = /^["“'‘«](.+)["”'’»]$/su.exec(trimmed);
  if (quoted) return [[offset + 1, offset + trimmed.length - 1]];
  if (!/\s/.test(trimmed)) {
    const core = coreOf(trimmed);
    const plain = core.length === 0 || plainReplies.has(core.toLowerCase()) || notSecrets.has(core.toLowerCase());
    return plain ? [] : [[offset + trimmed.indexOf(core), offset + trimmed.indexOf(core) + core.length]];
  }
  const first = /^\S+/.exec(trimmed)![0];
  if (/^\p{Ll}+[,.!?]*$/u.test(first)) return [];
  const prefix = 'password is ';
  return cuedRanges(prefix + trimmed)
    .filter(([start]) => start === prefix.length || start === prefix.length + 1)
    .map(([start, end]) => [start - prefix.length + offset, end - prefix.length + offset]);
}

/** Whether a message ends on a cue and its verb, so that the customer's next message is the secret. */
export function endsWithSecretCue(text: string): boolean {
  return trailingCue.test(text.trim());
}
