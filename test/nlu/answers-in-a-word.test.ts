// Answers to the bot's questions as customers type them: one letter, a sound before the word, "both"
// or "neither", or another language's "no idea" and "we don't have it".
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('rules: answers in a word, after a sound or in another language', () => {
  it.each([
    ['y', 'yes'],
    ['y, I set that login up for her myself', 'yes'],
    ['hmm no', 'no'],
    ['well yes', 'yes'],
    ['both', 'yes'],
    ['neither', 'no'],
    ['n', 'no'],
    ['idk', 'unsure'],
    ['Keine Ahnung, wie das gekauft wurde', 'unsure'],
    ['ni idea', 'unsure'],
  ])('%j answers %s', (text, answer) => {
    expect(readByRules(text).answer).toBe(answer);
  });

  it.each(['yo', 'yellow', "both still don't work"])('%j is no yes or no', (text) => {
    expect(readByRules(text).answer).toBeUndefined();
  });

  it.each([
    ["No, il numero d'ordine originale non ce l'abbiamo più", false],
    ['die Bestellnummer haben wir nicht mehr', false],
  ])('%j: the order number no longer had, in other languages', (text, has) => {
    expect(readByRules(text).slots.hasOrderNumber).toBe(has);
  });

  it('"nunca creé un login para nadie más" made no login for anyone', () => {
    expect(readByRules('nunca creé un login para nadie más').slots.delegated).toBe(false);
  });
});
