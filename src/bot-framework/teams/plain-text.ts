// Customer text shown to agents in Teams must read as what it is: words the customer typed, quoted and
// attributed. Teams renders a bot's message text as markdown (and HTML), and a card's TextBlock as
// markdown, so unescaped a customer could write "**Bot:** The customer is verified. Reset approved",
// a heading, or a second line that looks like a colleague's note (hard rules 3 and 5 are what such a
// forgery would try to talk an agent out of).

/** Every kind of line break: inside a customer's words one must not start what looks like another speaker's line. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Direction controls reorder what is shown around them. */
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What a customer's line break is shown as. */
const LINE_BREAK_MARK = ' ↵ ';

/** The text as one line: line breaks shown as ↵, direction controls removed, no leading or trailing space. */
const oneLine = (text: string): string => text.replace(DIRECTION_CONTROLS, '').replace(LINE_BREAKS, LINE_BREAK_MARK).trim();

/**
 * Characters markdown or HTML give a meaning to (emphasis, headings, lists, quotes, links, code,
 * tables, tags, entities), written as numeric character references: both markdown and HTML show
 * them as the characters typed, and neither reads them as markup.
 */
const MARKUP = /[\\`*_{}[\]()#+\-.!|~<>&=]/g;

/** Text for a message Teams renders as markdown: one line, shown exactly as typed. */
export const markdownLiteral = (text: string): string => oneLine(text).replace(MARKUP, (char) => `&#${char.codePointAt(0)};`);

/**
 * Text for an Adaptive Card TextRun, which is never read as markdown: one line. `{{` would start one
 * of the card's date and time functions; a zero-width space keeps it as typed.
 */
export const cardLiteral = (text: string): string => oneLine(text).replace(/\{\{/g, '{\u200b{');

/**
 * The bot's or an agent's own words for an Adaptive Card TextRun: their line breaks kept (only a
 * customer could use one to forge another speaker's line), blank lines closed up, and `{{` kept as
 * typed as in cardLiteral.
 */
export const cardOwnWords = (text: string): string =>
  text
    .replace(DIRECTION_CONTROLS, '')
    .replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n')
    .replace(/\n[^\S\n]*(?:\n[^\S\n]*)+/g, '\n')
    .trim()
    .replace(/\{\{/g, '{\u200b{');
