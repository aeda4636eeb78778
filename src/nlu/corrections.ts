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
  'misspoke',
  'my mistake',
  'my bad',
  'let me rephrase',
  'on second thought',
];
const CORRECTION = new RegExp(String.raw`\b(${markers.map((marker) => marker.split(' ').join(GAP)).join('|')})\b`, 'giu');

/** The text after the last correction, if the customer corrected themselves. */
export function afterCorrection(text: string): string | undefined {
  const last = [...text.matchAll(CORRECTION)].at(-1);
  return last === undefined ? undefined : text.slice(last.index + last[0].length).replace(/^[\s,.;:!?…—–-]+/u, '');
}
