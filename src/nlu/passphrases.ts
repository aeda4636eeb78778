// Secrets made of plain words or shaped like a user name, which neither their shape nor a cue word
// gives away, found by what the sentence does with them:
// - a passphrase of three or more ordinary words the customer says they set or chose ("i set it to
//   tall green ladder falling when…", "we went with the xkcd style, horse staple lamp orbit, for the
//   account"). Runs of small words, or of the words a support question is made of, are prose.
// - the old value of something they say was changed ("it's not Tulip-9931 any more, someone changed
//   it"): customers change passwords, not user names.

import { cueExact, isAddress, isIdentifierWord, namedAsIdentifier, namedAsIdentifierAfter } from './secret-words.js';
import { valuesSaidToFailRanges } from './values-said-to-fail.js';
import { valuesGuessedRanges } from './values-guessed.js';

/** A span of the text, start inclusive, end exclusive. */
export type Range = [start: number, end: number];

/** Words a sentence is built from, and the words of this domain: any of them in a run makes it prose. */
const proseWords = new Set(
  `a an the my our your his her their its it this that these those i we you he she they me us them is are was were be been am
  do does did have has had will would can could should may might must to of in on at for with from by about as into like through
  after over out up down off all any some every each what which who when where why how there here then now still again never
  always just only also very really too so not no and or but if because since until while once than one two three four five
  please thanks thank hi hello sorry ok okay yes yeah auto automatically renew renewal expire expiry every year month day week
  password passwords passphrase phrase pin code login account accounts user username name email certificate certificates cert
  certs ssl tls signing sign portal site website host hosting reseller order number customer support help reset access key
  token new old same different long short random simple something anything nothing thing things words letters digits numbers
  style format kind type xkcd diceware generator manager vault validation extended wildcard domain organisation organization
  standard premium basic business personal individual plan option package bundle cheapest cheaper trial free paid`.split(/\s+/),
);
/**
 * What introduces a value the customer chose: "set it to", "changed it to", "went with", "picked",
 * "chose", the passphrase named as what something was done with ("exported it with the passphrase …"),
 * or the password said to be words ("my password is four words: blue tractor happy window").
 */
const chosen =
  /\b(?:(?:set (?:it|that|the \w+|a \w+) to|changed it to|went with|picked|chose|chosen|made it)\b(?:[^.,;:!?\n]{0,30}[,:])?|(?<named>(?:with|using|use|uses|used|under) (?:the|a|our|my)(?: usual| old| normal| new| own)? pass ?phrase)\b|(?<described>(?:pass ?phrase|phrase (?:de passe|secr[eè]te)|frase (?:segreta|secreta|de paso|de contraseña)|wachtzin|kennsatz)\b(?:[^.!?\n:]|\.(?=\S)){0,80}(?::|with spaces\b)|(?:pass ?word|passwort|pw)\b[^.!?\n:]{0,30}\b(?:two|three|four|five|six|\d) w\p{L}{2,5}\b\s*:?))\s+/giu;
/** A passphrase may end in a number said as words ("blue kettle forty two"). */
const numberWord = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/iu;
const runEnd = /^(?:\s*(?:[,.;:!?\n(»"”']|$)|\s+(?:when|for|and|but|now|because|so|then|since|after|before|until|which|as|on|at|in)\b)/iu;
const passwordSaid =
  /\b(?:pass ?(?:word|phrase|code)s?|pw|pin|bad password|password|kennwort|passwort|mot de passe|phrase de passe|frase (?:segreta|secreta)|contraseña|senha|wachtwoord|wachtzin)\b/iu;

function passphraseRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const lead of text.matchAll(chosen)) {
    // The chosen words may follow a few words saying what kind they are ("the xkcd style").
    const words = [...text.slice(lead.index + lead[0].length).matchAll(/\p{L}+|[^\p{L}\s]+/gu)].slice(0, 10);
    for (let first = 0; first < words.length; first++) {
      let last = first;
      // A lower-case run ends where a capitalised word starts the next sentence, its full stop left out ("…turnip parade Windows keeps…").
      const capitalisedAfterLower = (at: number) => at > first && /^\p{Ll}/u.test(words[first]![0]) && /^\p{Lu}/u.test(words[at]![0]);
      while (
        last < words.length &&
        !capitalisedAfterLower(last) &&
        (isChosenWord(words[last]![0]) || (last > first && (numberWord.test(words[last]![0]) || /^\d{1,4}$/.test(words[last]![0]))))
      )
        last++;
      if (last - first < 3) {
        // Named as the passphrase, the words follow at once ("with the passphrase blue kettle forty two").
        // …after an article at most ("pass phrase: the quick brown fox jumps 42 times").
        if (first === 0 && /^(the|a|an|le|la|il|el|der|die|das|de|het)$/iu.test(words[0]![0])) continue;
        if (lead.groups?.named || lead.groups?.described || !/^\p{L}/u.test(words[first]![0])) break;
        continue;
      }
      const start = lead.index + lead[0].length + words[first]!.index;
      const end = lead.index + lead[0].length + words[last - 1]!.index + words[last - 1]![0].length;
      if ((runEnd.test(text.slice(end)) || /^\s+\p{Lu}/u.test(text.slice(end))) && (last - first >= 4 || passwordSaid.test(text))) ranges.push([start, end]);
      break;
    }
  }
  return ranges;
}

const isChosenWord = (word: string) => /^\p{L}{3,}$/u.test(word) && !proseWords.has(word.toLowerCase());

/** "it's not Tulip-9931 any more", "it used to be Tulip-9931": a former value, with "changed" or "reset" said of it. */
const formerValue =
  /\b(?:it(?:'s| is|’s) not|it was|it used to be|used to be)\s+(?<value>[\p{L}][\p{L}\p{N}_.!#$%&*+-]*\p{N}[\p{L}\p{N}_.!#$%&*+-]*)(?=\s+(?:any ?more|before|until|till|but)\b)/giu;
const changedSaid = /\b(?:change|reset|replace)\w*/iu;
const identifierSaid = /\b(?:user ?name|login name|user id|email|e-mail|order|customer (?:number|no|id)|account (?:number|no|id)|serial)\b/iu;

function formerValueRanges(text: string): Range[] {
  if (!changedSaid.test(text) || identifierSaid.test(text)) return [];
  return [...text.matchAll(formerValue)].map((match) => {
    const at = match.index + match[0].length - match.groups!.value!.length;
    return [at, at + match.groups!.value!.length];
  });
}

/**
 * "we tried changeit and Tr0mbone-44": a plain word tried alongside a password-shaped one is a password
 * too (a default one, often); "tried Tr0mbone-44 and changeit" the same.
 */
const triedTogether = /\b(?:tried|typed|entered|used|tested)\s+(?<first>[^\s,()]+)(?:\s+(?:and|or)|,)\s+(?<second>[^\s,.;!?()]+)/giu;
const passwordShaped = (token: string) => /\p{L}/u.test(token) && /\d/.test(token) && !/^\d+$/.test(token) && !/[@/]/.test(token);
/** "tried Tr0mbone-44, neither works": words that say how the tries went are no tried value. */
const outcomeWords = new Set(['neither', 'either', 'both', 'none', 'nope', 'nothing', 'twice', 'again', 'failed', 'works', 'worked']);
const plainWord = (token: string) => /^\p{L}{4,}$/u.test(token) && !proseWords.has(token.toLowerCase()) && !outcomeWords.has(token.toLowerCase());

/**
 * "I tried android123 but it doesn't work": a value of letters and digits the customer says they tried, in a
 * message about a password that fails, is that password, unless it is named as a user name or a number.
 */
const triedValue =
  /\b(?:tried|typed|entered|tried typing|tried entering)\s+(?:(?:the|my|our) )?(?:(?:old |usual )?(?:password|passphrase|pin) )?(?<value>[^\s,()'"]+)/giu;
/** Formats, algorithms, systems and sizes are tried too, and are no password: "I tried p12", "tried SHA256", "the 6-digit code". */
const FORMAT_NAME =
  /^(p12|pkcs#?\d+|sha-?\d+|md5|rsa-?\d*|ecc-?\d*|tls-?[\d.]*|ssl-?[\d.]*|x\.?509|2fa|mfa|windows-?\d*|win\d+|ios-?\d*|macos-?\d*|jdk-?\d*|java-?\d*|utf-?8|base64|\d+-\p{L}+)$/iu;
const triedAsName =
  /^\s+(?:(?:as|for|in) (?:the |my |our |a )?(?:user ?name|login name|login|user id|email|e-mail|order|customer|account|serial)|(?:page|site|portal|button|link|url|tab|screen|menu|browser|app)\b)/iu;

function triedValueRanges(text: string): Range[] {
  if (!passwordSaid.test(text)) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(triedValue)) {
    const value = match.groups!.value!.replace(/[.!?]+$/, '');
    const at = match.index + match[0].length - match.groups!.value!.length;
    const after = text.slice(at + value.length, at + value.length + 40);
    if (
      !passwordShaped(value) ||
      FORMAT_NAME.test(value) ||
      isAddress(value) ||
      namedAsIdentifier(text, at) ||
      namedAsIdentifierAfter(text, at, at + value.length)
    )
      continue;
    // "tried JSmith_2019 as the username", "tried login2 page": what the value was tried as, or a place.
    if (triedAsName.test(after)) continue;
    ranges.push([at, at + value.length]);
  }
  return ranges;
}

function triedTogetherRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(triedTogether)) {
    const { first, second } = match.groups!;
    const firstAt = match.index + match[0].indexOf(first!);
    const secondAt = match.index + match[0].length - second!.length;
    // Both are tried values: the password-shaped one as much as the plain word beside it.
    if ((plainWord(first!) && passwordShaped(second!)) || (plainWord(second!) && passwordShaped(first!)))
      ranges.push([firstAt, firstAt + first!.length], [secondAt, secondAt + second!.length]);
  }
  return ranges;
}

/**
 * "lemon-ladder-quiet-engine ... typed it three times": four or more words joined by hyphens, dots
 * or underscores into one token, none of them a word prose or a page is made of, are a passphrase
 * wherever they stand. Three are as often a user name ("pki-admin-okafor"), and a domain
 * ("green-kettle-studio.com") is an address.
 */
const joinedWords = /(?<![\p{L}\p{N}@./_-])\p{L}{3,}(?:[-._]\p{L}{3,}){2,}(?![\p{L}\p{N}@_-]|\.\p{L})/gu;

function joinedWordRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(joinedWords)) {
    const words = match[0].split(/[-._]/);
    // "codesign-pfx-pass", "CODESIGN_PFX_PASS": a name that says what it holds names a stored secret, not the secret.
    if (isAddress(match[0]) || words.some((word) => proseWords.has(word.toLowerCase()) || cueExact.test(word) || /^(?:pfx|p12|jks)$/i.test(word))) continue;
    if (words.length >= 4 && !namedAsIdentifier(text, match.index)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * "482019, then 482091 … the signing token rejected both": numbers of four to eight digits in a
 * message about a PIN or a token that failed are the PINs tried, unless named as something else
 * (an order or customer number, a phone) or shaped like a year or a date.
 */
const pinSaid = /\b(?:pinn?|pin ?code|tokens?|dongle|smart ?card|usb (?:key|stick))\b/iu;
const failureSaid =
  /\b(?:reject\w*|refus\w*|wrong|incorrect|invalid|locks?|locked|tries|try|attempts?|fail\w*|(?:didn['’]?t|did not|won['’]?t|doesn['’]?t|does not) (?:unlock|open))\b/iu;
// Not a group of a phone number ("+1 617 555 0142") or a date.
const bareNumber = /(?<![\p{L}\p{N}#/.:+-]|\d[ .-])\d{4,8}(?![\p{L}\p{N}/:-]|[.,]\d|[ .-]\d)/gu;
const notAPin =
  /\b(?:order|customer|account|invoice|ticket|case|serial|phone|tel|call|number|nr|no|model|modell|modelo|modello|version|versie|versione|versão|firmware|driver|build|etoken|epass|yubikey|safenet)\b[^.,;!?]{0,20}$/iu;

function pinTryRanges(text: string): Range[] {
  if (!pinSaid.test(text) || !failureSaid.test(text)) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(bareNumber)) {
    if (/^(?:19|20)\d\d$/.test(match[0]) || notAPin.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** "¿les vale algo tipo Olivo_2024?", "would something like Bramble#44 do?": a password the customer proposes. */
const proposed =
  /\b(?:something|algo|qualcosa|quelque chose|etwas|iets)\s+(?:like|tipo|como|comme|come|wie|als|zoals)\s+(?<value>[\p{L}\p{N}][^\s,;?!]*\d[^\s,;?!]*|[\p{L}\p{N}][^\s,;?!]*[^\p{L}\p{N}\s,;?!.][^\s,;?!]*)/giu;

const passwordNamed = /\b(?:pass ?word|passwort|pw|contraseña|mot de passe|senha|wachtwoord)\b/iu;
/** "something like sdavies-admin" in a message about the user name proposes a user name. */
const identifierNamed = /\b(?:user ?name|login name|user id|account name|e-?mail|nome utente|usuario|benutzername)\b/iu;

function proposedRanges(text: string): Range[] {
  if (!passwordNamed.test(text) || identifierNamed.test(text)) return [];
  return (
    [...text.matchAll(proposed)]
      // "something like 200 certificates" counts them.
      .filter((match) => !(/^\d+$/.test(match.groups!.value!) && /^\s+\p{L}/u.test(text.slice(match.index + match[0].length))))
      .map((match): Range => {
        const value = match.groups!.value!.replace(/[.]+$/, '');
        const at = match.index + match[0].length - match.groups!.value!.length;
        return [at, at + value.length];
      })
  );
}

/**
 * "the phrase he wrote on a sticky note, it's 'correct horse battery staple', no longer gets me in": three
 * or more quoted words, none of them prose, in a message about getting in, are a passphrase. A quoted
 * error message ("The specified PFX password is not correct") is made of prose words.
 */
const quotedWords = /(?<quote>['"‘“])(?<words>\p{L}+(?: \p{L}+){2,6})(?:\k<quote>|['’”])/gu;
const gettingInSaid = /\b(?:pass ?(?:word|phrase)|phrase|pin|gets? (?:me|us) in(?:to)?|lets? (?:me|us) in|log ?in|login|sign ?in|unlock)\b/iu;

/** Said to be the value ("it's '…'", "tried '…'", "the passphrase '…'"), not what a page or a job answered ("failed with '…'"). */
const givenAsValue = /\b(?:it's|it is|its|is|was|tried|typed|entered|used|phrase|passphrase|password|pw)\s*[:,]?\s*$/iu;

function quotedPassphraseRanges(text: string): Range[] {
  if (!gettingInSaid.test(text)) return [];
  return [...text.matchAll(quotedWords)]
    .filter((match) => givenAsValue.test(text.slice(Math.max(0, match.index - 20), match.index)) && !namedAsIdentifier(text, match.index))
    .filter((match) => !/\bname\b[^.!?]{0,12}$/iu.test(text.slice(Math.max(0, match.index - 20), match.index)))
    .filter((match) => match.groups!.words!.split(' ').every(isChosenWord))
    .map((match): Range => {
      const at = match.index + 1;
      return [at, at + match.groups!.words!.length];
    });
}

/**
 * "it's Lantern.Moss.61", "maybe Orchard_Lane_12?": capitalised words joined by a dot, dash or
 * underscore and ending in digits are how people build passwords, with or without a word saying so.
 * A user name of that shape is named as one ("usuário Padaria_Estrela2020").
 */
const titledWordsAndDigits = /(?<![\p{L}\p{N}@./_-])\p{Lu}\p{Ll}{2,}(?:[-._]\p{Lu}\p{Ll}{2,})+[-._]?\d{1,4}[!#$%&*?]?(?![\p{L}\p{N}@_-]|\.\p{L})/gu;

function titledWordRanges(text: string): Range[] {
  return [...text.matchAll(titledWordsAndDigits)]
    .filter(
      (match) =>
        !namedAsIdentifier(text, match.index) &&
        !isIdentifierWord(previousWord(text, match.index)) &&
        !namedAsIdentifierAfter(text, match.index, match.index + match[0].length) &&
        !/^[^.!?]{0,30}\b(?:unknown user|user not found|no such user)\b/iu.test(text.slice(match.index + match[0].length)),
    )
    .map((match): Range => [match.index, match.index + match[0].length - (/[?]$/.test(match[0]) ? 1 : 0)]);
}

/**
 * "marbleteapotwinterfox doesnt get me in anymore": one run of sixteen or more lower-case letters,
 * said not to get the customer in, is a passphrase typed without spaces (no word customers use is
 * that long and then said to be refused).
 */
const longRunRefused =
  /(?<![\p{L}\p{N}@./_-])\p{Ll}{16,}(?![\p{L}\p{N}@_-])(?=[^.!?]{0,12}\b(?:doe?s+n+'?t|does not|won'?t|will not|did+n+'?t|isn'?t|is not|no longer)\s+(?:work|works|working|get me in|let me in|open|opens|accepted)\b|[^.!?]{0,12}\b(?:rejected|refused|invalid|incorrect|wrong)\b)/gu;

/** What follows a run that names the thing refused, not the secret: "entrepreneurship account rejected". */
const thingAfter = /^\s+(?:account|login|user|username|user ?name|page|portal|site|email|address|number)\b/iu;

function longRunRanges(text: string): Range[] {
  return [...text.matchAll(longRunRefused)]
    .filter(
      (match) =>
        !namedAsIdentifier(text, match.index) &&
        !isIdentifierWord(previousWord(text, match.index)) &&
        !thingAfter.test(text.slice(match.index + match[0].length)),
    )
    .map((match): Range => [match.index, match.index + match[0].length]);
}

/** The word just before `at` ("login" in "the login Jane.Smith.1985"). */
const previousWord = (text: string, at: number): string => /(\p{L}+)[\s:=]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';

/** Spans of plain-word passphrases, former values, plain words tried as passwords, PINs tried and passwords proposed; secrets.ts masks them with the rest. */
export function secretsSaidByUse(text: string): Range[] {
  return [
    ...passphraseRanges(text),
    ...formerValueRanges(text),
    ...triedTogetherRanges(text),
    ...triedValueRanges(text),
    ...joinedWordRanges(text),
    ...pinTryRanges(text),
    ...proposedRanges(text),
    ...quotedPassphraseRanges(text),
    ...titledWordRanges(text),
    ...longRunRanges(text),
    ...valuesSaidToFailRanges(text),
    ...valuesGuessedRanges(text),
  ];
}
