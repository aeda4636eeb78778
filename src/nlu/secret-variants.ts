// Secrets told by their likeness to one another: the same letters offered in two spellings ("Summer2021 or
// Summer2022?"), a value tried beside a secret in another spelling, a secret typed again elsewhere in the message.
// secrets.ts masks what this finds beside the secrets it found by cue, shape and use.
import type { Range } from './passphrases.js';
import { coreOf } from './secret-shapes.js';
import { isAddress, isIdentifierWord, isTechnicalName, namedAsIdentifier, passwordCue, userCue } from './secret-words.js';

/** Words between two spellings of one value, in the customers' languages: offering a choice ("or", "ou", "oder", "lub"), or adding and correcting. */
const OR_WORD = /^(or|vs|versus|either|ou|o|oder|of|eller|lub|albo|maybe|perhaps|vielleicht|misschien|forse|talvez|quizás)$/i;
const AND_OR_NOT_WORD = /^(and|else|was|it|not|nor|nicht|niet|non|pas|i|och|e|y|und|en|ni|ne)$/i;
const RECALLING =
  /\b(remember|recall|forgot|forget|forgotten|sure|log ?(in|into|on)|login|sign ?in|signin|wrong|incorrect|refus\w*|reject\w*|(doesn't|does not|don't|didn't|won't) (work|accept)|neither|none|locked|digit|typo)\b/i;
const stemOf = (value: string) => value.toLowerCase().replace(/[^\p{L}]/gu, '');
const digitsOf = (value: string) => value.replace(/\D/g, '');
/** Letters to tell it by, and a digit or a symbol: not a word, an address, a technical name or a reference by its prefix ("ORD-4Hq8Zt2"). */
const variantShaped = (core: string) =>
  stemOf(core).length >= 4 && /\d|[^\p{L}\p{N}]/u.test(core) && !isAddress(core) && !isTechnicalName(core) && !/^[A-Z]{2,5}[-/#_]/.test(core);

/** The last cue before `at` in its clause names a user name or an account, typos and all ("I think the lgin is either pkumar77 or pkumar_77"). */
function userNamedLast(text: string, at: number): boolean {
  const words = (
    text
      .slice(0, at)
      .split(/[,.!?;\n]\s/u)
      .pop() ?? ''
  ).split(/[^\p{L}\p{N}_-]+/u);
  const last = (cue: (word: string) => boolean) => words.findLastIndex(cue);
  // "whether I registered as peter_m or peterm1975": the name one signs in as.
  if (SIGNED_IN_AS.test(text.slice(Math.max(0, at - 60), at))) return true;
  return last((word) => userCue.test(word) || isIdentifierWord(word)) > last((word) => passwordCue.test(word));
}

const SIGNED_IN_AS = /\b(registered|signed up|signed in|sign in|logged in|log in|login|logon) as\s+(\S+\s+(or|and)\s+)?$/i;

/**
 * "is it Summer2021 or Summer2022?", "Pierogi_2020 i Pierogi2020, żadne nie działa", "its either dragonfly1 or dragonfly01": the same
 * letters offered in two spellings (the digits, case or symbols unsure) are a password the customer is trying to recall, with no cue
 * needed: an identifier is copied from somewhere, not guessed at in variants.
 */
export function offeredVariants(text: string): Range[] {
  const tokens = [...text.matchAll(/\S+/g)].map((match) => {
    const core = coreOf(match[0]);
    return { core, at: match.index + match[0].indexOf(core) };
  });
  const offered = (token: { core: string; at: number }) => variantShaped(token.core) && !namedAsIdentifier(text, token.at) && !userNamedLast(text, token.at);
  // Digits differing are a choice recalled only where the message speaks of getting in or of memory ("is the cert on srv-web01 or srv-web02?",
  // "Tomcat9 or Tomcat10", "June2024 or June2025" name things; "Summer2021 or Summer2022? i cant remember which one i set" a password).
  // The second spelling is named as the first was ("oder", German for "or", is one letter from "order").
  const recalling = RECALLING.test(text) || passwordCue.test(text);
  const ranges: Range[] = [];
  tokens.forEach((first, i) => {
    if (!offered(first)) return;
    let choice = false;
    for (const second of tokens.slice(i + 1, i + 5)) {
      const sameDigits = digitsOf(second.core) === digitsOf(first.core);
      // "srv-web01 and srv-web02": things counted in a list differ in their digits; a value recalled two ways is offered as a choice.
      if (second.core !== first.core && stemOf(second.core) === stemOf(first.core) && (sameDigits || (choice && recalling)) && variantShaped(second.core)) {
        ranges.push([first.at, first.at + first.core.length], [second.at, second.at + second.core.length]);
        return;
      }
      choice ||= OR_WORD.test(second.core);
      if (second.core !== '' && !OR_WORD.test(second.core) && !AND_OR_NOT_WORD.test(second.core)) return;
    }
  });
  return ranges;
}

/** "and" and "or" in the customers' languages, between a value and its variant ("colosseo_2024 e Colosseo!!"). */
const AND_OR = String.raw`(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|i|lub|albo|ve|veya)`;
const VARIANT_BEFORE = new RegExp(String.raw`(?:(?<changed>\bfrom)\s+)?(\S+)\s*(?:,|\/|\s${AND_OR}|\s(?<to>to|into))\s*$`, 'u');
const VARIANT_AFTER = new RegExp(String.raw`^\s*(?:,|\/|${AND_OR}\s)\s*(\S+)`, 'u');
/**
 * "tried Bluebird77 and bluebird77!": a token offered beside a secret ("and", "or", a comma or a slash
 * between them) that spells the same word with other digits, case or symbols is the same password
 * tried another way, however the verb before them was typed.
 */
export function variantRanges(text: string, secrets: Range[]): Range[] {
  const variants: Range[] = [];
  const queue = [...secrets];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [start, end] = next;
    const secretStem = stemOf(text.slice(start, end));
    if (secretStem.length < 4) continue;
    const before = VARIANT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const after = VARIANT_AFTER.exec(text.slice(end, end + 40));
    for (const [token, at, changed] of [
      [
        before?.[2],
        before ? start - (text.slice(Math.max(0, start - 40), start).length - before.index - before[0].indexOf(before[2]!)) : -1,
        before?.groups?.changed && before.groups.to,
      ],
      [after?.[1], after ? end + after[0].length - after[1]!.length : -1, undefined],
    ] as const) {
      if (token === undefined) continue;
      // "Colosseo2024, colosseo_2024 e Colosseo!!": beside its variants, a value's "!" is part of it, not a shout.
      const trimmed = token.replace(/^[("'“‘«[¿¡{]+/u, '').replace(/[.,;:?)"'”’»\]}…]+$/u, '');
      const core = /^\p{L}+!+$/u.test(trimmed) ? trimmed : coreOf(token);
      // "changed my password from lighthouse to Lighthouse#2024": the value changed from, even a plain word.
      if ((!/\d|[^\p{L}'’-]/u.test(core) && !(changed && passwordCue.test(text))) || stemOf(core) !== secretStem || namedAsIdentifier(text, at)) continue;
      const coreAt = at + token.indexOf(core);
      if ([...secrets, ...variants].some(([s, e]) => coreAt < e && coreAt + core.length > s)) continue;
      variants.push([coreAt, coreAt + core.length]);
      queue.push([coreAt, coreAt + core.length]);
    }
  }
  return variants;
}

/**
 * "Amsterdam2020! didnt work, amsterdam2020 neither": a secret typed again elsewhere in the message, with other case,
 * digits or symbols, is the same secret (a token with a digit or a symbol, spelling the same letters, named as no identifier).
 */
export function repeatedRanges(text: string, secrets: Range[]): Range[] {
  const stems = new Set(secrets.map(([start, end]) => stemOf(text.slice(start, end))).filter((value) => value.length >= 4));
  if (stems.size === 0) return [];
  const repeated: Range[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const core = coreOf(match[0]);
    const at = match.index + match[0].indexOf(core);
    if (!/\d|[^\p{L}'’-]/u.test(core) || !stems.has(stemOf(core)) || /@|:\/\//.test(core) || namedAsIdentifier(text, at)) continue;
    if (secrets.some(([s, e]) => at < e && at + core.length > s)) continue;
    repeated.push([at, at + core.length]);
  }
  return repeated;
}
