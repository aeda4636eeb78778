// Secrets found token by token: a cue glued onto its secret ("pwhunter22", "pw=Orca_Blue_42"), a
// token shaped like a credential, and letters-and-digits or a PIN where the nearest cue before it is a
// password's rather than a user name's.
import type { Range } from './passphrases.js';
import { coreOf, looksLikeCredential, PRODUCT_NAME } from './secret-shapes.js';
import {
  cueExact,
  entryVerb,
  isAddress,
  isIdentifierWord,
  isTechnicalName,
  namedAsIdentifier,
  namedAsIdentifierAfter,
  nearCueWords,
  passwordCue,
  userCue,
} from './secret-words.js';

/** A cue written straight onto the secret: "pwhunter22", "senhaCajueiro77", "psaswwd=Orca_Blue_42". */
const gluedCue = /^(?<cue>password|passwort|pwd|pw|pass|senha|mdp|pin|kennwort|wachtwoord|contraseña|clave)(?<secret>\S{4,})$/iu;

/** The glued remainder is a secret when it is not a plain word, or when the case changes at the glue ("PWnightowl"). */
function gluedSecret(core: string): string | undefined {
  const groups = gluedCue.exec(core)?.groups;
  if (!groups) return undefined;
  const secret = groups.secret!;
  const cue = groups.cue!;
  const word = core.replace(/['’]s$/i, '');
  if (cueExact.test(word) || nearCueWords.has(word.toLowerCase())) return undefined;
  // "pinecrest-dental.com", "passmore.j@…": a domain or an address that begins with a cue's letters.
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(core) || core.includes('@')) return undefined;
  // "password-protected", "pin-less": a compound word, joined by its hyphen to a plain word.
  if (/^-\p{L}+$/u.test(secret)) return undefined;
  if (/\d|[^\p{L}\p{N}'’]/u.test(secret)) return secret;
  // Letters only: glued where the case changes at the seam ("senhaCajueiro", "PWnightowl"), not in a word shouted ("PASSPORT").
  const lowerThenUpper = /^\p{Ll}+$/u.test(cue) && /^\p{Lu}/u.test(secret);
  const upperThenLower = /^\p{Lu}{2,}$/u.test(cue) && /^\p{Ll}/u.test(secret);
  return lowerThenUpper || upperThenLower ? secret : undefined;
}
const keyValue = /^(?<key>\p{L}[\p{L}_]{1,24})[=:](?<secret>\S{4,})$/u;
/** A key naming what something is ("eab_kid=kid_71a9", "tenant_id=…", "user_name=…"): its value is that identifier, whatever its shape. */
const IDENTIFIER_KEY =
  /(?:^|_)(?:k?id|user(?:name)?|login|account|acct|customer|order|serial|host(?:name)?|domain|e?mail|name|tenant|client|alias|number|no)$/i;
/** …whose value is shaped as an identifier (no symbol but "_", "." and "-"), under a key naming no secret ("pin_for_account=…"). */
const identifierKeyValue = (core: string): boolean => {
  const groups = keyValue.exec(core)?.groups;
  return (
    groups !== undefined &&
    IDENTIFIER_KEY.test(groups.key!) &&
    !/pass|pwd|pin|secret|key|token/i.test(groups.key!) &&
    /^[\p{L}\p{N}_.@-]+$/u.test(groups.secret!)
  );
};

const PASSWORD_SPOKEN_OF = /\b(password|passwort|kennwort|passphrase|pin|mot de passe|contraseña|senha|wachtwoord)\b/i;

/** Typing or trying something, said at the end of a Dutch, German or Turkish clause ("Bosphorus2022 denedim"). */
const typedAtClauseEnd = new Set([
  'ingevoerd',
  'ingetypt',
  'ingetikt',
  'geprobeerd',
  'eingegeben',
  'eingetippt',
  'getippt',
  'versucht',
  'probiert',
  'denedim',
  'denedik',
]);

/** Spans of tokens that are credentials by shape, or read as one from the nearest cue before them. */
// Each run of lower-case letters is tried from its start only: from every letter of it, a long token took quadratic time.
const WORD_SYMBOL_DIGITS = /(?<!\p{Ll})\p{Ll}{4,}[!#$%&*^~+=]+\d|\d[!#$%&*^~+=]+\p{L}\p{Ll}{4,}/u;

export function shapeRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // "pass=Gr3y.Wolf.Moon;user=ops_team_3": a semicolon before another key and its "=" ends a token.
  const tokens = [...text.matchAll(/(?:[^\s，。！？、：；（）;]|;(?![\p{L}_]+=))+/gu)];
  const foreignNumberSaid = FOREIGN_NUMBER_WORD.test(text);
  let lastCue: { kind: 'password' | 'user'; at: number } | undefined;
  let phoneFrom = -1;
  // "the password for the account one of them uses, Bluebell2020": the account whose password it is, not a user name's cue.
  const whosePassword = (i: number) =>
    lastCue?.kind === 'password' && i - lastCue.at <= 3 && tokens.slice(lastCue.at + 1, i).some(([word]) => /^(for|of|on|to)$/i.test(word));
  tokens.forEach((match, i) => {
    const raw = match[0];
    const core = coreOf(raw);
    const start = match.index + raw.indexOf(core);
    if (core.length === 0) return;
    // "+65 9123 4567", "+1 (415) 555 0177", "0117 555 0288": a phone number in a signature, its digit groups after
    // the country code or the trunk prefix's group.
    const group = (at: number) => /^\d{3,4}$/.test(coreOf(tokens[at]?.[0] ?? ''));
    if (/^\+\d/.test(raw) || (/^0\d{3,4}$/.test(core) && group(i + 1) && group(i + 2))) phoneFrom = i;
    if (phoneFrom === i && !/^\+/.test(raw)) return;
    if (phoneFrom >= 0 && i > phoneFrom && i - phoneFrom <= 4 && /^\(?\d{1,5}\)?(?:[-.]\d{1,5})*$/.test(core)) return;
    // "account password" names a password, not an account identifier; and no order, ticket or user id
    // joins a word to digits with a symbol ("the order number Lindenbaum#42": a password given by mistake).
    const named =
      !cueExact.test(core) &&
      // Named so after it, even a password's shape is the user name: "the username is Brae_2019!admin, odd as it looks, that's definitely the username".
      ((!WORD_SYMBOL_DIGITS.test(core) && namedAsIdentifier(text, match.index)) ||
        namedAsIdentifierAfter(text, start, start + core.length) ||
        // "sipariş numarası 9910234", "číslo zákazníka 884120": an order or customer number in Turkish, Czech or Polish.
        (foreignNumberSaid && FOREIGN_ORDER_NUMBER.test(text.slice(Math.max(0, start - 30), start)))) &&
      // "log in as j.varga/Paprika_2021": a pair written after the name is the user name and its password
      // (a user name has letters: "order is 2024/0988-PL" is one reference).
      !(core.includes('/') && /^[\p{L}\p{N}._-]*\p{L}[\p{L}\p{N}._-]*\/[^/]+$/u.test(core) && looksLikeCredential(core));
    if (named) {
      if (!whosePassword(i - 1)) lastCue = { kind: 'user', at: i };
      return;
    }
    // "Error 1032: The password you entered is incorrect": the error's number, copied from the screen, not a PIN tried.
    if (/^(0x[\dA-F]+|\d+)$/i.test(core) && errorCodeBefore(tokens, i)) return;
    if (identifierKeyValue(core)) return;
    const glued = gluedSecret(core) ?? keyValueSecret(core);
    if (glued) {
      const at = start + core.length - glued.length;
      ranges.push([at, at + glued.length]);
      return;
    }
    // "m-o-o-n-l-i-g-h-t-4-2": a value spelled out, one sign at a time.
    if (/^(?:[\p{L}\p{N}][-.]){5,}[\p{L}\p{N}]$/u.test(core) && /\p{L}/u.test(core) && /\d/.test(core)) {
      ranges.push([start, start + core.length]);
      return;
    }
    // "*.shop-24.com": a wildcard certificate's domain.
    // "ePass2003", "iPhone15": a device's name and its model.
    const device = PRODUCT_NAME.test(core) && /^\p{L}+\d+$/u.test(core);
    if (looksLikeCredential(core) && !isTechnicalName(core) && !device && !(core.startsWith('*.') && isAddress(core))) {
      // "j.varga/Paprika_2021": a user name and its password written as a pair; only the second is secret.
      const pair = /^(?<user>[\p{L}\p{N}._-]+)\/(?<secret>[^/]+)$/u.exec(core)?.groups;
      const at = pair && !looksLikeCredential(pair.user!) ? core.length - pair.secret!.length : 0;
      ranges.push([start + at, start + core.length]);
      return;
    }
    const previous = tokens[i - 1]?.[0].toLowerCase() ?? '';
    const pairedWithUser = i >= 2 && /^[/|]$/.test(tokens[i - 1]![0]) && lastCue?.kind === 'user' && i - lastCue.at <= 6;
    const nearPassword = lastCue?.kind === 'password' && i - lastCue.at <= 15;
    // "I sign in as marta.g with Oktober-Regen-12": what one signs in with, beside who one signs in as.
    const withAfterUser = i >= 3 && /^with$/i.test(tokens[i - 1]![0]) && /^as$/i.test(tokens[i - 3]![0]) && /[\p{L}\p{N}]/u.test(tokens[i - 2]![0]);
    // "Ik heb Tulpen_88 ingevoerd", "ich habe 4471902 eingegeben": typed in, said after it as Dutch and German do.
    const typedBeforeVerb =
      !/^(19|20)\d{2}$/.test(core) &&
      !PRODUCT_NAME.test(core) &&
      [1, 2].some((ahead) => typedAtClauseEnd.has(coreOf(tokens[i + ahead]?.[0] ?? '').toLowerCase()));
    // "I was sure it was Kiwi-Paddle-3 but it's rejected", after a password was spoken of: the value believed is one.
    const believed =
      /^(was|is|'s)$/i.test(previous) &&
      /^(sure|thought|think|believed|certain|convinced|guessed)\s+(it|that)$/i.test(`${tokens[i - 3]?.[0] ?? ''} ${tokens[i - 2]?.[0] ?? ''}`);
    const believedSaid =
      (believed || /^(sure|thought|think|believed|certain|convinced)\s+(it's|that's)$/i.test(`${tokens[i - 2]?.[0] ?? ''} ${previous}`)) &&
      PASSWORD_SPOKEN_OF.test(text.slice(0, start));
    // "I tried our order number 55201876 and Altaire2024": another try after an identifier tried, itself no identifier's shape.
    const triedBeside =
      /^(and|or|then)$/i.test(previous) &&
      /^\d+$/.test(coreOf(tokens[i - 2]?.[0] ?? '')) &&
      !/^[A-Z]{2,5}[-#]?\d+$/.test(core) &&
      tokens.slice(Math.max(0, i - 8), i - 2).some(([word]) => entryVerb(coreOf(word)));
    // "login bob_certs / Rainbow77", "tried Summer2019 as the password": letters and digits in a password's place.
    if (
      (pairedWithUser || nearPassword || withAfterUser || typedBeforeVerb || believedSaid || triedBeside) &&
      core.length >= 5 &&
      // Digits, or a symbol between letters ("correcthorse-battery#staple").
      (/\d/.test(core) || /\p{L}[#$%&*!+=~^]\p{L}/u.test(core)) &&
      /\p{L}/u.test(core) &&
      !isAddress(core) &&
      !isTechnicalName(core) &&
      !device &&
      !/^(19|20)\d{2}['’]\p{L}+$/u.test(core) &&
      !/^[\d\W]*$/.test(core) &&
      // "getting error E-4012": a code the page showed.
      !/^(error|err|code|status)$/i.test(previous) &&
      // "I'm using JDK 17 on build-srv-2": a machine's name after where it runs.
      !(/^(on|server|host|hostname|machine|box|node|vm)$/i.test(previous) && /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(core)) &&
      // A ticket or change number ("CHG0048817", "INC0098812"): a short prefix in capitals before a long run of digits.
      !/^[A-Z]{2,5}\d{6,}$/.test(core) &&
      // A serial number or fingerprint in hex pairs ("número de serie 1D:8E:47:B2"), however a password is spoken of around it.
      !/^([0-9a-f]{2}:){3,}[0-9a-f]{2}$/i.test(core)
    ) {
      ranges.push([start, start + core.length]);
      return;
    }
    // "my pin 5521", "the token password … we type 20461937": digits where a password was just spoken of
    // (but not a year said as one: "the password we've used since 2018").
    const year =
      /^(19|20)\d{2}$/.test(core) &&
      /^(in|since|from|until|till|of|around|circa|year|back|before|after|during|roce|roku|jahr|année|año|anno|ano|jaar|år)$/i.test(previous);
    // "since 12 June 2024", "in June 2023": a date's year, after its month and a day or a preposition (not "my birth year, Oct 1979").
    const dated =
      /^(19|20)\d{2}$/.test(core) &&
      MONTH.test(coreOf(previous)) &&
      /^(\d{1,2}(st|nd|rd|th)?|in|since|from|until|till|of|by|before|after|during|seit|depuis|desde|dal|sinds|od)$/i.test(coreOf(tokens[i - 2]?.[0] ?? ''));
    // "SafeNet eToken 5110", "model 2003", "driver version 10812": a device's model or a program's version, after its name.
    const modelNumber =
      /^(etoken|epass|yubikey|safenet|model|modell|modelo|modello|modèle|version|versie|versione|versión|versão|firmware|driver|series|serie)$/i.test(
        coreOf(previous),
      );
    // "Is the order number any use …? I've got it here: 88123047": the number pointed back to, in a message about an identifier.
    const pointedBack =
      /\b((it|that)( is|'s)? (right )?here|here it is)\s*:?\s*$/i.test(text.slice(Math.max(0, start - 30), start)) && IDENTIFIER_NAMED.test(text);
    // "the key from 2024-66120": a year and a serial after "from", an order the thing came with.
    const orderCameFrom = /^(19|20)\d{2}[-/]\d{3,}$/.test(core) && /^(from|under|of|for|in)$/i.test(previous);
    if ((nearPassword || typedBeforeVerb) && pinShaped(core) && !year && !pointedBack && !orderCameFrom && !modelNumber && !dated) {
      ranges.push([start, start + core.length]);
      return;
    }
    // "the reset code you emailed, 482 913": a code read out in groups is one secret.
    const next = tokens[i + 1] === undefined ? '' : coreOf(tokens[i + 1]![0]);
    if (nearPassword && /^\d{2,4}$/.test(core) && /^\d{2,4}$/.test(next) && core.length + next.length >= 6) {
      const end = tokens[i + 1]!.index + tokens[i + 1]![0].indexOf(next) + next.length;
      ranges.push([start, end]);
      return;
    }
    const oneForPassword = /^one\W*$/i.test(raw) && /^(old|new|current|previous|last|temporary|temp)$/.test(previous);
    // A one-time code lets whoever holds it in, as a password does; a confirmation or promo code does not.
    const accessCode =
      /^codes?\W*$/i.test(raw) &&
      /^(reset|verification|verify|security|one-time|otp|sms|2fa|mfa|auth|authentication|login|access|unlock|backup|recovery)$/.test(previous);
    const allDigits = /^(numbers|digits)$/i.test(core) && /^(all|just|only)$/i.test(tokens[i - 1]?.[0] ?? '');
    // "It won't accept my customer number. I typed 3017745 …": what is typed right after a user name's cue is that.
    const typedTheIdentifier =
      entryVerb(core) &&
      lastCue?.kind === 'user' &&
      i - lastCue.at <= 8 &&
      (IDENTIFIER_NAMED.test(tokens.slice(Math.max(0, lastCue.at - 2), lastCue.at + 2).join(' ')) ||
        /\b(username|user name|user id|login name)\b/i.test(tokens.slice(Math.max(0, lastCue.at - 2), lastCue.at + 1).join(' ')));
    if (passwordCue.test(raw) || (entryVerb(core) && !typedTheIdentifier) || oneForPassword || accessCode || allDigits) lastCue = { kind: 'password', at: i };
    else if ((userCue.test(raw) || otherCode(raw, previous) || isIdentifierWord(core)) && !whosePassword(i)) lastCue = { kind: 'user', at: i };
  });
  return ranges;
}

/** The value of `key=value` when the key is no identifier's name ("pw=…", "psaswwd=…", but not "CN=…" or "user=…"). */
function keyValueSecret(core: string): string | undefined {
  const groups = keyValue.exec(core)?.groups;
  if (!groups || userCue.test(groups.key!) || /^(cn|ou|o|c|l|st|dc|uid|id|ref|order|ticket|http|https|www|mailto)$/i.test(groups.key!)) return undefined;
  // "mypass=Gr3y.Wolf.Moon": a key naming a password holds one, whatever its shape.
  if (/pass|pwd|^pw$|secret|^pin$/i.test(groups.key!) && groups.secret!.length >= 4) return groups.secret;
  if (/@|^\/\/|^[\w-]+(\.[\w-]+)+$/.test(groups.secret!)) return undefined;
  return /\d/.test(groups.secret!) ? groups.secret : undefined;
}

const MONTH =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i;
const FOREIGN_NUMBER_WORD = /numaras|objedn|z[áa]kazn|zam[óo]wienia|numer klienta/i;
const FOREIGN_ORDER_NUMBER =
  /(sipari[şs] numaras[ıi]|m[üu][şs]teri numaras[ıi]|[čc][íi]slo objedn[áa]vky|[čc][íi]slo z[áa]kazn[íi]ka|objedn[áa]vka|numer zam[óo]wienia|numer klienta)\s*:?\s*$/i;

// Typos and all: "order nmber", "custoer number".
const IDENTIFIER_NAMED = /\b(or?de?r|cu?st?o?m?e?r|invoice|account|ticket) (n[a-z]{2,5}r\b|no\b|#|ref)/i;

/** A PIN: 4 to 12 digits, or digits in groups ("4412-0937"), but not a date ("2024-05-01", "01.05.2024"). */
function pinShaped(core: string): boolean {
  if (/^\d{4,12}$/.test(core)) return true;
  const date = /^(19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./](19|20)?\d{2}$/.test(core);
  return !date && /^\d{2,6}(?:[-.]\d{2,6}){1,3}$/.test(core) && core.replace(/\D/g, '').length <= 16;
}

/** "promo code 2024", "error code 0x80", "confirmation code": a code that names something, not a way in. */
const otherCode = (raw: string, previous: string) =>
  /^codes?\W*$/i.test(raw) &&
  /^(promo|promotion|discount|coupon|voucher|confirmation|postal|post|zip|country|area|tracking|product|activation|order|invoice|reference|referral|affiliate|partner|error|status)$/.test(
    previous,
  );

const ERROR_WORD = /^(error|fehler|erreur|errore|fout)$/i;
/** The words before token `i` name an error: "Error 1032", "error code: 0x19", "Fehler Nr. 77". */
function errorCodeBefore(tokens: RegExpMatchArray[], i: number): boolean {
  const word = (at: number) => coreOf(tokens[at]?.[0] ?? '');
  return ERROR_WORD.test(word(i - 1)) || (/^(code|no|nr|number)$/i.test(word(i - 1)) && ERROR_WORD.test(word(i - 2)));
}
