// Finding secrets a customer pastes into the chat and masking them before the text reaches a
// snapshot, a log, a transcript or an agent. A secret is judged by its shape first (secret-shapes.ts:
// key formats, the character mix of a typed password, entropy), and by the words before it second: a
// plain word or an all-digit PIN is a secret when a cue in any of the customers' languages says so
// ("password: hunter2", "Passwort ist 123456", "我的密码是abc"); token by token in secret-tokens.ts,
// and by what the sentence does with them in passphrases.ts. User names, email addresses and order
// or customer numbers are identifiers the bot asks for and stay as typed.
import { CONNECTOR, cuedRanges, FILLER, withCuesSpelled } from './cued-secrets.js';
import { secretsSaidByUse, type Range } from './passphrases.js';
import { coreOf, DOMAIN_ACCOUNT, FILE_NAME, knownFormats, PLACE_OR_VERSION } from './secret-shapes.js';
import { shapeRanges } from './secret-tokens.js';
import { offeredVariants, repeatedRanges, variantRanges } from './secret-variants.js';
import { CUE, cueWords, namedAsIdentifier, notSecrets, plainReplies } from './secret-words.js';

export const SECRET_MASK = '[secret removed]';

/** An order, invoice, ticket or customer reference by its prefix ("ORD-55102", "INV/2024/003318"): an identifier, whatever comes before it. */
/** A serial number by its prefix ("SN-0092-771"): an identifier where no cue names it a secret. */
const SERIAL = /^sn[-/#_]?\d+(?:[-/]\d+)*$/i;
const REFERENCE_CODE = /^(?:ord|order|inv|invoice|po|so|cust|acct?|ref|tkt|ticket|case|chg|req|inc)[-/#_]?\d+(?:[-/]\d+)*$/i;
/** An error's constant ("SEC_ERROR_UNKNOWN_ISSUER") or a version ("4.2.0-beta.3"), copied from a screen. */
/** The words right before a value given: "is", "was", "=", "still", "now", "set to", "tried", a quote. */
const VALUE_GIVEN = /(?:\bis|\bwas|\bto|\btried|\bnow|\bstill|[=:])\s*["'“‘]?\s*$/i;
/** A variable's name in capitals whose parts name the secret it holds: "CODESIGN_PFX_PASS", "SIGNING_KEY_PIN". */
const SECRET_VARIABLE =
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASS|PASSWORD|PWD|PW|PIN|SECRET|KEY|TOKEN|PASSPHRASE)(?:_[A-Z0-9]+)*$|^(?:PASS|PASSWORD|PWD|PIN|SECRET|TOKEN)_[A-Z0-9_]+$/;
const ERROR_OR_VERSION = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}|0x[0-9a-fA-F]{8}|CS-\d{3,})$/;
/** A digest, serial or commit in hex, named so before it ("the hash of the installer is …", "git commit …", "Seriennummer des Zertifikats ist …"). */
const HEX_NAMED =
  /\b(hash|md5|sha-?\d*|commit|serial|serie|seriennummer|serienummer|thumbprint|fingerprint|impronta|empreinte|huella|impressão|txt record|record value|sid|digest|checksum)\b[^.\n]{0,40}$/i;

/** A token named as the password after it: "Violet_Rain7 is my old password", "exported it with Nordlicht.Kaffee.7 as the export password". */
const tokenBeforeCue = new RegExp(
  String.raw`(?<![^\s"“”'‘’«»])(?<token>[^\s"“”'‘’«»]{4,})\s+(?:is|was|=|as|ist|war|est|es|era|è|é)\s+(?:(?:just|only|simply)\s+)?(?:my|the|our|their|his|her|a|mein|meine|unser|unsere|mon|ma|notre|mi|nuestra|nuestro|il mio|la mia|meu|minha|mijn|ons|onze)\s+(?:(?:old|new|current|previous|real|actual|temporary)\s+)?(?:(?:signing|token|account|login|admin|user|keystore|pfx|p12|certificate|cert|export|import|backup)\s+){0,2}${CUE}`,
  'giu',
);
/** "Kowalski1961 — that's the password": a token named after it, a clause on. */
const tokenNamedAfter = new RegExp(
  String.raw`(?<![^\s"“”'‘’«»])(?<token>[^\s"“”'‘’«»]{4,})\s*(?:[—–-]|,)?\s+(?:that's|that is|thats|which is)\s+(?:my|the|our)\s+(?:(?:old|new|current|real|actual)\s+)?(?:(?:account|login|pfx|keystore|token)\s+)?${CUE}(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|i|we|it|that|which|so)\b))`,
  'giu',
);
/** A token named by its use after it: "Tamarind_88 is what I've always typed and today it says incorrect". */
const tokenTypedBefore =
  /(?<![^\s"“”'‘’«»])(?<token>[^\s"“”'‘’«»]{4,})\s+(?:is|was) (?:what|the one) (?:i|we)(?:'ve| have)? (?:\p{L}+ )?(?:ty\p{L}{1,4}|us(?:e|ed|ing)|ent\p{L}{2,5}|put in)\b(?![^.]{0,30}\b(?:user ?name|login name|user id|e-?mail|customer number)\b)/giu;
/** A quoted phrase named as the password after it: "I set 'orange river at dawn' as the passphrase". */
const quotedBeforeCue = new RegExp(
  String.raw`["“'‘«](?<quoted>[^"“”'‘’«»\n]{3,120}?)["”'’»]\s+(?:as|is|was)\s+(?:the|my|our|a|its|their)\s+(?:new\s+|old\s+)?${CUE}`,
  'giu',
);

/** Words typed in, unquoted, named by their use after them: "I typed tiger lily garden hose as passphrase when generating the CSR". */
const phraseTypedAsCue = new RegExp(
  String.raw`(?<![\p{L}])(?:typed|entered|used|chose|picked|set|put in)\s+(?<phrase>(?!(?:the|my|our|a|an|it|that|this|same|his|her|their|your|what|an?other)\s)\p{L}+(?:\s+\p{L}+){2,5})\s+as\s+(?:(?:the|my|our|a|its)\s+)?(?:(?:new|old)\s+)?${CUE}`,
  'giu',
);

/** A quoted phrase typed in: 'Typed "purple otter dishwasher lamp" about ten times' (not a button or link: "tried 'Forgot password'"). */
const quotedAfterEntry =
  /(?<![\p{L}])(?:typed|typing|entered|entering|tried|trying|put in|keyed in)\s+(?:in\s+)?["“'‘«](?<quoted>[^"“”'‘’«»\n]{3,80}?)["”'’»](?![\p{L}\p{N}])/giu;
const quotedAlternative = /^\s*(?:,|\/|\s(?:and|or))\s*["“'‘«]([^"“”'‘’«»\n]{3,80}?)["”'’»](?![\p{L}\p{N}])/u;
const namesTheScreen =
  /(?<![\p{L}])(forgot|forgotten|reset|password|passwort|log ?in|sign|user|e-?mail|link|button|account|help|support|search|menu|tab|id|error|invalid|incorrect|wrong|not|file)(?![\p{L}])|@/iu;

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
  // Values a cue names ("password: BLUE_SKY_2024", "PIN is 12:34:56") are secrets whatever their shape; the identifier
  // shapes below only spare what was found by its shape alone.
  const named: Range[] = [];
  if (options.afterCue) named.push(...followingCueRanges(text));
  const spelled = withCuesSpelled(text);
  named.push(...cuedRanges(spelled));
  const namedAfter = /\b(?:that's|that is|thats|which is)\b/i.test(spelled) ? [...spelled.matchAll(tokenNamedAfter)] : [];
  for (const match of [...spelled.matchAll(tokenBeforeCue), ...spelled.matchAll(tokenTypedBefore), ...namedAfter]) {
    const token = coreOf(match.groups!.token!);
    // Shaped like a password: a digit or a symbol, or the case changing inside it (not a word in capitals).
    const shaped = /\d|[^\p{L}'’-]/u.test(token) || /\p{Ll}\p{Lu}/u.test(token);
    if (!shaped || notSecrets.has(token.toLowerCase())) continue;
    const start = match.index + match[0].indexOf(token);
    named.push([start, start + token.length]);
  }
  for (const match of spelled.matchAll(phraseTypedAsCue)) {
    const start = match.index + match[0].indexOf(match.groups!.phrase!);
    named.push([start, start + match.groups!.phrase!.length]);
  }
  for (const match of spelled.matchAll(quotedBeforeCue)) {
    const start = match.index + 1;
    named.push([start, start + match.groups!.quoted!.length]);
  }
  ranges.push(...named);
  for (const match of text.matchAll(quotedAfterEntry)) {
    const quoted = match.groups!.quoted!;
    if (namesTheScreen.test(quoted) || notSecrets.has(quoted.trim().toLowerCase()) || plainReplies.has(quoted.trim().toLowerCase())) continue;
    const start = match.index + match[0].length - quoted.length - 1;
    ranges.push([start, start + quoted.length]);
    // "tried 'granite falcon' and 'granite falcon 2'": the others offered beside it are tries too.
    let end = match.index + match[0].length;
    for (let next = quotedAlternative.exec(text.slice(end)); next; next = quotedAlternative.exec(text.slice(end))) {
      const at = end + next[0].length - next[1]!.length - 1;
      if (!namesTheScreen.test(next[1]!)) ranges.push([at, at + next[1]!.length]);
      end += next[0].length;
    }
  }
  ranges.push(...offeredVariants(text));
  const taken = (start: number, end: number) => ranges.some(([s, e]) => start < e && end > s);
  ranges.push(...[...shapeRanges(spelled), ...secretsSaidByUse(spelled)].filter(([s, e]) => !taken(s, e)));
  const hexNamed = (s: number, e: number) => /^[0-9a-f]{16,}$/i.test(text.slice(s, e)) && HEX_NAMED.test(text.slice(Math.max(0, s - 60), s));
  // "$KEYSTORE_PASS", "%SIGN_PIN%", "secret CODESIGN_PFX_PASS": the name of a variable holding the secret, not the secret ("the pfx password is MY_CERT_PASS_1" is).
  const variable = (s: number, e: number) =>
    /^[$%]\{?[A-Z][A-Z0-9_]*\}?%?$/.test(text.slice(s, e)) ||
    (/^[A-Z][A-Z0-9_]*$/.test(text.slice(s, e)) &&
      (/[$%{]$/.test(text.slice(0, s)) || (SECRET_VARIABLE.test(text.slice(s, e)) && !VALUE_GIVEN.test(text.slice(0, s)))));
  // "-storepass file:/etc/pass.txt", "-passin env:PFXPASS": where the secret is read from, named after its cue, is no secret.
  const readFrom = (s: number, e: number) =>
    /^(?:file|env|fd|exec):\S+$/.test(text.slice(s, e)) || /\b(?:file|env|fd|exec):$/.test(text.slice(Math.max(0, s - 5), s));
  const byShapeOnly = (s: number, e: number) => !named.some(([ns, ne]) => s < ne && e > ns && !readFrom(ns, ne));
  const identifierShaped = (s: number, e: number) =>
    byShapeOnly(s, e) &&
    (ERROR_OR_VERSION.test(text.slice(s, e)) ||
      SERIAL.test(text.slice(s, e)) ||
      DOMAIN_ACCOUNT.test(text.slice(s, e)) ||
      PLACE_OR_VERSION.test(text.slice(s, e)) ||
      hexNamed(s, e));
  const found = ranges.filter(
    ([s, e]) => !FILE_NAME.test(text.slice(s, e)) && !REFERENCE_CODE.test(text.slice(s, e)) && !identifierShaped(s, e) && !readFrom(s, e) && !variable(s, e),
  );
  const beside = [...found, ...variantRanges(text, found)];
  const secrets = [...beside, ...repeatedRanges(text, beside)].map(wholeAcrossSlash(text));
  const redacted = mask(text, secrets);
  return { containsSecret: secrets.length > 0, redacted };
}

/** "tried V3lvet/Rain": a secret found after a slash inside one token is the whole token, unless the token is a path, a URL or a domain's page. */
const wholeAcrossSlash =
  (text: string) =>
  ([s, e]: Range): Range => {
    if (text[s - 1] !== '/') return [s, e];
    const start = /[^\s"'“”‘’«»(]*$/u.exec(text.slice(0, s))!.index;
    const token = text.slice(start, e);
    return /^([a-z][a-z0-9+.-]*:|\/|~|\.)/i.test(token) || /\.[a-z]{2,}\//i.test(token) || token.split('/').length > 2 ? [s, e] : [start, e];
  };

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
