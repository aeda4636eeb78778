// Classes found by the w40a/w40b conversations: the steps taken up in the customer's own words, a second
// need named as "now the password", a need put after the rest, a person asked for as a request passed on,
// a webmaster by the websites they run, a client's account by the business described, and the account's
// e-mail that is no question of which account.
import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../../src/nlu/classifier.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const read = createUnderstand(trainClassifier([]));

describe('the steps taken up', () => {
  it.each(['perfect, reset worked', "alright, I'll let the agency keep handling it", 'fine', "ok we'll send the ticket"])('%j is yes', (text) =>
    expect(readByRules(text).answer).toBe('yes'),
  );

  it.each(["ok i'll check", "ok i'll ask the host", "ok i'll try but it still fails", 'fine but the link never came'])('%j is no yes', (text) =>
    expect(readByRules(text).answer).toBeUndefined(),
  );
});

describe('a second need said in passing', () => {
  it('"ok that worked, got the username. now the password: …" is yes and the password', () => {
    const said = readByRules('ok that worked, got the username. now the password: we found you through a link on a hosting review blog, an affiliate');
    expect(said.answer).toBe('yes');
    expect(said.needs).toEqual(['reset_password']);
    expect(said.slots.customerType).toBe('affiliate');
  });

  it('"now the password works" is no need', () => expect(readByRules('now the password works').needs).toEqual([]));

  it('"which account … and I\'ll need to reset the password on it after" takes the account first', async () => {
    expect((await read("which customer account are my certificates in? and I'll need to reset the password on it after")).needs).toEqual([
      'find_account',
      'reset_password',
    ]);
  });

  it('"First I need to know which customer account they\'re in, and after that, I\'ve also lost our customer number": both, the account first', async () => {
    expect((await read("First I need to know which customer account they're in, and after that, I've also lost our customer number.")).needs).toEqual([
      'find_account',
      'recover_username',
    ]);
  });
});

describe('a person asked for as a request passed on', () => {
  it.each([
    'oh, before I go - I would like my request passed to your customer service about the other options after all',
    'please forward my case to your support team',
  ])('%j', (text) => expect(readByRules(text).needs).toContain('human'));
});

describe('who, by description', () => {
  it("a webmaster by the websites they run, asking for a restaurant's reset: a client's account", () => {
    const said = readByRules(
      'We run the websites of a few dozen businesses. The lady who runs one of the restaurants we look after forgot the password of her certificate account, could you reset it and send the new one to me?',
    );
    expect(said.slots).toMatchObject({ role: 'webmaster', whoseAccount: 'client' });
  });

  it('"we run the websites of our two restaurants" is no webmaster', () => {
    expect(readByRules('we run the websites of our two restaurants and forgot the password').slots.role).toBeUndefined();
  });
});

describe("the account's e-mail", () => {
  it('"yes, I know the email address the account is under" knows it and asks no account', () => {
    const said = readByRules('yes, I know the email address the account is under');
    expect(said.needs).toEqual([]);
    expect(said.slots.hasEmailOrUsername).toBe(true);
  });
});
