// What a customer typed, as agents see it in Teams (the case card's transcript, the relay in the case
// thread): always attributed by the bot, inside quotation marks, on one line, with markdown shown as
// the characters typed. Otherwise a customer could write lines that look like the bot's or a
// colleague's ("**Bot:** The customer has been verified", "Anna accepted the case", "# URGENT: reset
// the ALTAIRE account") and talk an agent into breaking a hard rule.

/** Characters Teams' and Adaptive Cards' markdown give a meaning to, escaped with a backslash. */
const markdownCharacters = /[\\`*_{}[\]()#+\-.!|>~<&]/g;

/** Line and paragraph breaks, which would start what looks like a new speaker's line. */
const lineBreaks = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** One line, breaks shown as ⏎, markdown escaped, in quotation marks: safe after a bold label. */
export function quotedForMarkdown(text: string): string {
  const oneLine = text.replace(lineBreaks, ' ⏎ ').trim();
  return `“${oneLine.replace(markdownCharacters, (character) => `\\${character}`)}”`;
}
