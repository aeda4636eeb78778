// Negation scope over normalised text: a negator reaches a few words forward, within its clause, so
// "not the account password, the certificate's" denies the one and affirms the other.
const NEGATOR = /\b(not|no|never|don't|do not|didn't|did not|isn't|wasn't|aren't|without|nor|rather than|instead of)\b/;
/** Words that end a negation's reach: a new clause usually states the positive fact, and so does a subordinate one ("aren't showing since the ISO login went"). */
const SCOPE_BREAK =
  /(^|\s)(\.|-|:|but|just|only|i|we|it's|its|it was|instead|rather|so|because|since|after|when|while|although|though|whereas|until|get|give|can|could)(\s|$)/;

/** A subject after a comma starts a new clause; so do a request ("I'm not typing that again, get an agent") and a bare "is" ("no is the username, is the password"). */
const SUBJECT = /^(i|i'm|im|we|we're|it|it's|is|they|they're|he|she|my|our|get|give|put|connect|transfer|send|tell|please|can|could|just|only|the)$/;

/** Verbs of refusing, which a negator before them turns into trouble: "does not accept", "will not take", "did not recognise". */
const REFUSAL = /^(accept|accepts|take|takes|recognise|recognize|recognises|recognizes|allow|allows|let|lets|unlock|unlocks|open|opens)$/;

const NEW_SUBJECT = /^(it|that|they|this)$/;
const BEING = /^(was|is|were|are|'s)$/;
/** Words whose clause a negation before them reaches into: "don't think (that) it was", "not sure which cert it is", "not 100% it was". */
const THINKING =
  /^(think|thought|believe|reckon|suppose|guess|sure|certain|convinced|positive|clear|aware|impression|saying|say|said|claim|record|proof|evidence|idea|feeling|know|remember|recall|mean|if|whether|which|what|that|\d+)$/;

/** True when `index` in `text` falls within a few words after a negator in the same clause. */
function negatedAt(text: string, index: number): boolean {
  const before = text.slice(0, index).split(' ').filter(Boolean).slice(-7);
  const firstWordAt = (i: number) => before[i] ?? text.slice(index).split(' ')[0] ?? '';
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    // "not a webmaster, I'm the client": a comma and a new subject or a request start a new clause.
    if (word === ',' && SUBJECT.test(firstWordAt(i + 1))) return false;
    // "not because of…", "not just…": a negator right before the break word carries across it.
    const negatedBreak = NEGATOR.test(before[i - 1] ?? '');
    if (
      word === '.' ||
      (word === '-' && !negatedBreak) ||
      (i < before.length - 1 && !negatedBreak && SCOPE_BREAK.test(` ${word} `) && !NEGATOR.test(before.slice(i).join(' ')))
    )
      return false;
    // "we didnt buy direct it was thru a reseller": a new subject and its verb start a clause, typed without a comma too;
    // "I don't think it was the host" still denies what is thought.
    if (NEW_SUBJECT.test(word) && BEING.test(before[i + 1] ?? '') && !before.slice(Math.max(0, i - 4), i).some((w) => THINKING.test(w))) return false;
    // "it will not accept my password": a refusal is the trouble with what follows, not a denial of it.
    if (NEGATOR.test(word) && REFUSAL.test(firstWordAt(i + 1))) return false;
    if (NEGATOR.test(word) || (word === 'do' && before[i + 1] === 'not') || (word === 'did' && before[i + 1] === 'not')) return true;
  }
  return false;
}

/** The global form of each pattern, compiled once: compiling it on every call cost a quarter of the rules' time. */
const globalForms = new WeakMap<RegExp, RegExp>();
export function globalFormOf(pattern: RegExp): RegExp {
  let global = globalForms.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalForms.set(pattern, global);
  }
  return global;
}

/** Where a clause ends inside a match: a comma or stop, a dash, "but". */
const CLAUSE_BREAK = / [,;:.!?-] | but /;

/**
 * Whether any match of `pattern` in `text` passes `accept` (given the match's index). Reads through the
 * shared global form, reset on entry: matchAll would copy the regex on every call, which cost half of
 * `affirmed`'s time. `accept` must not itself match `pattern` (none does: they look at words before).
 */
export function someMatch(text: string, pattern: RegExp, accept: (index: number) => boolean): boolean {
  const global = globalFormOf(pattern);
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (accept(match.index)) return true;
    // A match turned down is looked past from the first clause break inside it, if any, not from its end: "not my account
    // password , it's the password on the pfx" matches from the first "password", and the second, in a clause of its own,
    // lies inside that match. Within one clause the match's start stands for all of it.
    const inside = CLAUSE_BREAK.exec(match[0].slice(1));
    global.lastIndex = inside ? match.index + 1 + inside.index + inside[0].length : match.index + Math.max(match[0].length, 1);
  }
  return false;
}

/** First match of `pattern` in `text` that is not negated. */
export function affirmed(text: string, pattern: RegExp): boolean {
  return someMatch(text, pattern, (index) => !negatedAt(text, index));
}

/** "It's not like I don't know my username", "it's not that I can't remember the username": a denial denied, said of what is known. */
const DENIAL_DENIED =
  /\b(?:it's|it is|its) not (?:like|that) (i|we) (?:(?:don't|do not|dont|can't|cannot|cant) (know|have|remember|recall|find)|(?:have )?(?:forgot|forgotten|lost|misplaced))\b/g;
export const denialsDenied = (t: string): string => t.replace(DENIAL_DENIED, (_, who: string, verb?: string) => `${who} ${verb === 'have' ? 'have' : 'know'}`);
