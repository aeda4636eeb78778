// The shortcuts that keep understand() within its time budget read exactly what the plain way reads:
// a feature met twice counts once, answers remembered per word are the answers, a pattern shared by
// many calls keeps no state between them, and the one-pass check for other languages misses none.
import { describe, expect, it } from 'vitest';
import { inEnglishWords } from '../../src/nlu/foreign.js';
import { affirmed, someMatch } from '../../src/nlu/negation.js';
import { rememberedPerWord } from '../../src/nlu/text.js';
import { buildVocabulary, vectorise } from '../../src/nlu/vocabulary.js';

describe('vectorise', () => {
  const vocabulary = buildVocabulary([
    ['w:password', 'w:forgot', 'c:<pa'],
    ['w:password', 'w:username'],
  ]);

  it('counts a feature met twice once, skips unknown ones, and has unit length', () => {
    const x = vectorise(['w:forgot', 'w:password', 'w:forgot', 'w:unknown', 'c:<pa', 'c:<pa'], vocabulary);
    expect([...x.ids]).toEqual(['w:forgot', 'w:password', 'c:<pa'].map((f) => vocabulary.index.get(f)));
    expect(x.values.reduce((sum, v) => sum + v * v, 0)).toBeCloseTo(1, 5);
  });

  it('weighs a character n-gram at a quarter of a word of the same rarity', () => {
    const x = vectorise(['w:forgot', 'c:<pa'], vocabulary);
    expect(x.values[1]! / x.values[0]!).toBeCloseTo(0.25, 5);
  });

  it('reads each message afresh: what the one before held is not a duplicate in the next', () => {
    vectorise(['w:username', 'w:password'], vocabulary);
    expect(vectorise(['w:username'], vocabulary).ids).toHaveLength(1);
  });
});

describe('rememberedPerWord', () => {
  it('answers as the test does, asking it once per word', () => {
    const asked: string[] = [];
    const long = rememberedPerWord((word) => (asked.push(word), word.length > 4));
    expect(['password', 'pin', 'password', 'pin'].map(long)).toEqual([true, false, true, false]);
    expect(asked).toEqual(['password', 'pin']);
  });

  it('forgets everything when full, so novel words cannot grow it without end', () => {
    const asked: string[] = [];
    const remembered = rememberedPerWord((word) => (asked.push(word), true), 2);
    for (const word of ['a', 'b', 'c', 'a']) remembered(word);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('affirmed over a shared pattern', () => {
  const pattern = /\bpassword\b/;

  it('finds the match after a negated one, call after call', () => {
    const text = "not the password . it's the password i forgot";
    for (let i = 0; i < 3; i++) expect(affirmed(text, pattern)).toBe(true);
    expect(affirmed('not the password', pattern)).toBe(false);
  });

  it('is not thrown off by a call that stopped half-way through another text', () => {
    expect(someMatch('password one , password two', pattern, () => true)).toBe(true);
    expect(affirmed('password', pattern)).toBe(true);
  });

  it('steps past empty matches instead of looping on them', () => {
    const seen: number[] = [];
    someMatch('ab', /x*/, (index) => (seen.push(index), false));
    expect(seen).toEqual([0, 1, 2]);
  });
});

describe('inEnglishWords', () => {
  it('leaves a message in English as typed', () => {
    const text = 'i forgot my password and my webmaster is on holiday';
    expect(inEnglishWords(text)).toBe(text);
  });

  it.each([
    ['mein passwort geht nicht', /password/],
    ['ich habe meinen benutzernamen vergessen', /username/],
    ['wo finde ich die kundennummer', /customer number/],
  ])('puts %j into English words', (text, english) => {
    expect(inEnglishWords(text)).toMatch(english);
  });
});
