// A value of letters and digits the customer says stopped working, or was set by someone, with no cue word
// before it: "Dolphin1985 used to work, now it doesn't", "MarieCurie1867 is what the old IT guy set". What
// customers say works or fails is what they typed: a password. A value named as a user name or a number, an
// address, a file or a product version is not one.
import type { Range } from './passphrases.js';
import { FILE_NAME, PRODUCT_NAME } from './secret-shapes.js';
import { isAddress, isTechnicalName, namedAsIdentifier, namedAsIdentifierAfter } from './secret-words.js';

const SAID_TO_FAIL =
  /(?<![\p{L}\p{N}_@.#/\\-])(?<value>[\p{L}\p{N}][^\s,;:"'“”‘’()]{3,40}?)[.!]?\s+(?:(?:still|just|also|now|suddenly|no longer)\s+)?(?:used to work|(?:doesn['’]?t|does not|dosent|didn['’]?t|did not|won['’]?t|wont|will not|no longer) (?:work|works|unlock|get me in)|stopped working|is(?:n['’]?t| not) working|worked (?:until|till|last|yesterday|before|fine|for years)|is what (?:(?:the|my|our|his|her|their) (?:[\p{L}-]+ ){0,3}|(?:i|we) (?:always |usually |normally )?)(?:set|chose|picked|gave|made|used|uses|use|typed)\b)(?! with\b)/giu;
const AS_IDENTIFIER = /\b(?:as|for) (?:the |my |our |a )?(?:user ?name|login name|login|user id|email|customer number|account number|order number)\b/iu;
/**
 * A short code in capitals ("BF2024", "HX-4410", "WS-LON-114") or a host ("srv-dc01"): no password. A word in capitals
 * with digits ("SUMMER2020") may well be one.
 */
const CODE_OR_HOST = (value: string) => (!/\p{Ll}/u.test(value) && !/\p{Lu}{4}/u.test(value.replace(/-/g, ''))) || /^[a-z]+(?:-[a-z]+)+\d+$/i.test(value);
const letterAndDigit = (value: string) => /\p{L}/u.test(value) && /\d/.test(value);

/** A value shaped as something else than a password: a code or host, a product, an address, a file, a version, a hex number or a UUID. */
export const shapedAsOtherThing = (value: string): boolean =>
  /=|^0x/i.test(value) ||
  /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value) ||
  PRODUCT_NAME.test(value) ||
  CODE_OR_HOST(value) ||
  isAddress(value) ||
  isTechnicalName(value) ||
  FILE_NAME.test(value) ||
  /^v?\d+([.-]\d+)+$/i.test(value);

/** Named as a user name, number or address before it, or further on in its clause ("jsmith_2019 is what the agency set as my username"). */
export function valueNamedAsIdentifier(text: string, at: number, value: string): boolean {
  const rest = /^[^.!?\n]{0,60}/u.exec(text.slice(at + value.length))![0];
  return namedAsIdentifier(text, at) || namedAsIdentifierAfter(text, at, at + value.length) || AS_IDENTIFIER.test(rest);
}

export function valuesSaidToFailRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(SAID_TO_FAIL)) {
    const value = match.groups!.value!;
    const at = match.index + match[0].indexOf(value);
    if (!letterAndDigit(value) || shapedAsOtherThing(value) || valueNamedAsIdentifier(text, at, value)) continue;
    ranges.push([at, at + value.length]);
  }
  return ranges;
}
