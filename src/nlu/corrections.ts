// A customer taking back what they just said, mid-message: "I need my username — no wait, I have
// that, it's the password", "password reset pls — ugh sorry, I mean username". What follows the last
// such marker is what they mean; rules.ts reads the role and the way of buying from it, understand.ts
// the needs.

/** Punctuation and spaces between a marker's words, in typed or normalised text ("no, wait", "no , wait"). */
const GAP = String.raw`[\s,.;:!?…—–-]+`;
const markers = [
  'no wait',
  'wait no',
  'oh wait',
  'wait actually',
  'no sorry',
  'sorry no',
  'sorry i mean',
  'sorry i meant',
  'i meant',
  'i mean',
  'well no',
  'no actually',
  'actually no',
  'actually hold on',
  'hold on',
  'hang on',
  'scratch that',
  'correction',
  'or rather',
  'or actually just',
  'or actually only',
  'misspoke',
  'my mistake',
  'my bad',
  'let me rephrase',
  'on second thought',
  'actually never mind',
  'actually forget that',
  'ignore that',
  'well not really',
  // The same "no, wait" in the languages the rules read (foreign-trouble.ts).
  'no espera',
  'no espere',
  'não espera',
  'non attends',
  'non attendez',
  'nein warte',
  'nein moment',
  'no aspetta',
  'nee wacht',
];
/**
 * A thing put aside for what follows: "forget the password for now", "never mind the username for now",
 * "actually forget the password, I just need…". Said as a bidding, not by a subject ("I forget the password
 * every time") nor as a reminder ("don't forget the password,").
 */
const PUT_ASIDE = String.raw`(?<!\b(i|we|they|you|he|she|always|often|sometimes|usually|to|don't|dont|not|never)\s)(forget|never${GAP}?mind|leave|scrap|drop|skip)(${GAP}about)?${GAP}(the|my|our|that)${GAP}\w+(${GAP}(thing|part|bit|issue|question|one|reset|stuff))?(${GAP}for${GAP}now|(?=\s*[,.;:!—–-]))`;
// Not "sorry, no idea…" nor "on hold on the phone": an apology before a doubt, a phone queue.
const CORRECTION = new RegExp(
  String.raw`(?<!\bon )\b(${[...markers.map((marker) => marker.split(' ').join(GAP)), PUT_ASIDE].join('|')})\b(?!${GAP}(idea|clue)\b)`,
  'giu',
);

/** "Oh wait, I also forgot…": what follows adds to what came before instead of taking it back. */
const ADDS = /\b(also|too|either|as well|another|plus|and also|besides|on top)\b/iu;

/** Whether the text after a correction adds to the message rather than taking something back. */
export const addsToIt = (after: string): boolean => ADDS.test(after);

/** The text after the last correction, if the customer corrected themselves. */
export function afterCorrection(text: string): string | undefined {
  const last = [...text.matchAll(CORRECTION)].at(-1);
  return last === undefined ? undefined : text.slice(last.index + last[0].length).replace(/^[\s,.;:!?…—–-]+/u, '');
}
