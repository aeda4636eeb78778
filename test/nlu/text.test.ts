// The edit distance behind typo tolerance: exact where callers read the figure, and a bounded
// comparison that never calls a near word far or a far word near.
import { describe, expect, it } from 'vitest';
import { editDistance, normalise, plainTyped, questionsMarked } from '../../src/nlu/text.js';

/** The textbook table, kept here as the reference the fast version is checked against. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Deterministic pseudo-random words over a small alphabet, so near misses are common. */
function* words(count: number): Generator<[string, string]> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const word = () => Array.from({ length: Math.floor(next() * 12) }, () => 'abcde'[Math.floor(next() * 5)]).join('');
  for (let n = 0; n < count; n++) yield [word(), word()];
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('password', 'password')).toBe(0);
    expect(editDistance('pasword', 'password')).toBe(1);
    expect(editDistance('passwrod', 'password')).toBe(1);
    expect(editDistance('certifcate', 'certificate')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('agrees with the full table on 5,000 random pairs, and within a limit never misplaces a pair', () => {
    for (const [a, b] of words(5_000)) {
      const exact = referenceDistance(a, b);
      expect(editDistance(a, b)).toBe(exact);
      for (const limit of [0, 1, 2]) {
        const bounded = editDistance(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(limit);
      }
    }
  });
});

describe('normalise', () => {
  it('corrects the same misspelling the same way every time (corrections are remembered)', () => {
    expect(normalise('I forgot my pasword')).toBe('i forgot my password');
    expect(normalise('I forgot my pasword')).toBe('i forgot my password');
    expect(normalise('my certifcate resseller')).toBe('my certificate reseller');
  });
});

describe('normalise keeps valid words', () => {
  it.each(['manages', 'removes', 'changes', 'supporting', 'orders'])('%j is another form of a known word, not a typo', (word) => {
    expect(normalise(`she ${word} it`)).toBe(`she ${word} it`);
  });

  it.each(['though', 'indirectly', 'passport', 'personal', 'required', 'older', 'border', 'resolved', 'december'])(
    '%j is an English word a letter or two from a known one, not a typo of it',
    (word) => {
      expect(normalise(`she ${word} it`)).toBe(`she ${word} it`);
    },
  );

  it.each([
    ['thorugh', 'through'],
    ['pasword', 'password'],
    ['remmeber', 'remember'],
  ])('%j is still a typo of %j', (typo, word) => {
    expect(normalise(typo)).toBe(word);
  });
});

describe('normalise joins a misspelt user name', () => {
  it.each(['usr name', 'user-name', 'usrname'])('%j is "username"', (text) => {
    expect(normalise(`i forgot my ${text}`)).toBe('i forgot my username');
  });
});

describe('questionsMarked', () => {
  it('writes back the question marks normalise made stops of, sentence by sentence', () => {
    const typed = 'The order number? Possibly. Where is it?! No idea';
    expect(questionsMarked(normalise(typed), typed)).toBe('the order number ? possibly . where is it ? no idea');
  });

  it('leaves the text as it was when the sentence ends do not pair up', () => {
    expect(questionsMarked('one . two .', 'one? two')).toBe('one . two .');
  });
});

describe('state words corrected, the real words near them kept', () => {
  it.each([
    ['it says incorect', 'it says incorrect'],
    ['pasword wrnog', 'password wrong'],
    ['rejcted again', 'rejected again'],
    ['the PIN is injected from a secret store', 'the pin is injected from a secret store'],
    ['I selected the wrong option', 'i selected the wrong option'],
  ])('%j reads as %j', (typed, read) => {
    expect(normalise(typed).replace(/ \.$/, '')).toBe(read);
  });
});

describe('typographic marks and letters with a stroke', () => {
  it.each([
    ['inscrit… peut-être', 'inscrit... peut-être'],
    ['le “perso”', 'le "perso"'],
    ['bonjour\u202f!', 'bonjour !'],
  ])('%j is typed plainly as %j, one byte a character', (typed, plain) => {
    const result = plainTyped(typed);
    expect(result).toBe(plain);
    expect(/[\u{100}-\u{10FFFF}]/u.test(result)).toBe(false);
  });

  it.each([
    ['Łódź, Wrocław', 'lodz , wroclaw'],
    ['Søren', 'soren'],
  ])('%j reads as %j, the stroked letters kept as their plain ones', (typed, read) => {
    expect(normalise(typed)).toBe(read);
  });
});
