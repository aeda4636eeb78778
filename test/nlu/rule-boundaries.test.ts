// Messages next to what a rule reads that it must leave alone: a customer who is the helper, an
// employer who is no client, an answer word next to a fact, a price word that asks no price.
import { describe, expect, it } from 'vitest';
import { scopedWords } from '../../src/nlu/features.js';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';

const slots = (text: string) => readByRules(text).slots;

describe('the helper is the customer: "them" are the clients, not a helper given a login', () => {
  it.each([
    "I'm the webmaster for a bakery, I set up a login for them when the sign-on was retired. Now I can't get in.",
    'I run a small web agency; we registered the accounts for them and now the sign-on is gone',
  ])('%j', (text) => {
    expect(slots(text).delegated).not.toBe(true);
    expect(slots(text).role).toBe('webmaster');
  });
});

describe("an employer's or one's own account is not a client's (hard rule 5 is not for them)", () => {
  it.each([
    "I handle the certificates for the firm and I've forgotten their account password",
    'Hi, I look after the SSL for the practice I work for. I need to reset their login',
    'My clients all have their own logins now. I forgot my password though',
  ])('%j', (text) => {
    expect(slots(text).whoseAccount).not.toBe('client');
  });
});

describe('look-alikes of an answer or a solved problem', () => {
  it('"typed it into the wrong box and now I need a password reset" still needs the reset', () => {
    expect(readByRules('I was typing it into the wrong box and now I need a password reset. Thanks.').needs).toEqual(['reset_password']);
  });

  it('"I know my email no problem" knows it', () => {
    expect(slots('I know my email no problem').hasEmailOrUsername).toBe(true);
  });

  it('"username was never given to me" does not know it', () => {
    expect(slots('nope, username was never given to me').hasEmailOrUsername).not.toBe(true);
  });

  it.each(["I forgot my account password. You need the order number? No problem, it's 1234567", "the order number? no wait, it's 1234-5678"])(
    '%j does not say the order number is lacking',
    (text) => {
      expect(slots(text).hasOrderNumber).not.toBe(false);
    },
  );
});

describe('price words and ways of buying beside other things', () => {
  it('"I can\'t log in and the cost of this outage is huge" asks no price', () => {
    expect(readWithRules("I can't log in and the cost of this outage is huge").understanding.outsideSources).toBeUndefined();
  });

  it.each([
    ['The web host sent us the bill and I paid their invoice', undefined],
    ['we bought it through the company that sold us our hosting', 'web_host'],
    ['We bought the certificate from your team directly', 'direct'],
  ])('%j reads %s', (text, type) => {
    expect(slots(text).customerType).toBe(type);
  });
});

describe('a sentence end typed with no space after it', () => {
  // Capitalised after the mark ("one!The") the two words are shaped like a password and masked first.
  const text = 'not the ssl one!the code signing password is lost';

  it('"not the ssl one!the code signing password is lost": the negation ends at the "!", for the models', () => {
    const { words, negated } = scopedWords(text);
    expect(negated[words.indexOf('codesigning')]).toBe(false);
  });

  it('…and for the rules', () => {
    expect(readByRules(text).needs).toEqual(['codesign_password']);
  });
});
