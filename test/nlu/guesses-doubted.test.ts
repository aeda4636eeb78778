// A guess at how the certificate was bought, doubted in the same breath ("I think it was through our host?
// not sure"), is the customer not knowing: the bot works out how they bought (the "not sure" step) rather
// than giving one route's steps on a guess. A plain "I think it was our host" still counts.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('a guess doubted at once', () => {
  it.each(['I think it was through our host? not sure', 'through our host I think, not 100% sure', 'im not 100% sure but it was the host i think'])(
    '%j says no way of buying and is unsure',
    (text) => {
      const read = readByRules(text);
      expect(read.slots.customerType).toBeUndefined();
      expect(read.answer).toBe('unsure');
    },
  );

  it('a guess followed by "don\'t quote me" says no way of buying', () => {
    expect(readByRules("i believe a reseller sold it to us. don't quote me").slots.customerType).toBeUndefined();
  });
});

describe('a guess left standing', () => {
  it.each([
    ['I think it was our host', 'web_host'],
    ['i believe it was a reseller', 'reseller'],
    ['we bought it from a reseller, not completely sure which one', 'reseller'],
  ] as const)('%j is %s', (text, type) => {
    expect(readByRules(text).slots.customerType).toBe(type);
  });
});
