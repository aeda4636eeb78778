// Words that look like a need or an answer only in passing, and answers typed the short way: a person
// spoken of is not a person wanted, a person wanted after a complaint still is; the CA's change said
// without its name; a need put aside; a thumbs up, "ye", "only me", "were an agency", "web hsot".
import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../../src/nlu/classifier.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

// The whole reader (emoji, corrections) with no trained models: what the rules make of the typed message.
const read = createUnderstand(trainClassifier([]));

describe('a person spoken of or wanted', () => {
  it.each([
    ['My colleague already talked to one of your people yesterday and they told her I should just reset the account password myself', ['reset_password']],
    [
      'The lady on your phone line told me to use this chat to find out which customer account my certificates sit in, so no need to put me back to her.',
      ['find_account'],
    ],
  ])('spoken of: %j', (text, needs) => expect(readByRules(text).needs).toEqual(needs));

  it.each([
    'and how long does that take? our cert runs out friday, is there really nobody I can talk to today',
    "that's ridiculous, she's 79 and won't manage it herself. let me talk to your manager",
    "that shop closed down last year, so that's no help. who at your company can sort this out for me?",
    'I talked to your support yesterday, I want to talk to a person again',
  ])('wanted: %j', (text) => expect(readByRules(text).needs).toContain('human'));
});

describe('the sign-on change said as something the CA did', () => {
  it.each(['since you updated the system I cant get to my certs at all', "I can't manage my SSL anymore since you changed everything"])(
    '%j is the retired sign-on',
    (text) => expect(readByRules(text).needs).toEqual(['regain_access']),
  );

  it('"since you updated the website I can\'t find my invoices" is no need of the sources', () => {
    expect(readByRules("since you updated the website I can't find my invoices").needs).toEqual([]);
  });
});

describe('a need put aside for another', () => {
  it.each([
    ['actually forget the password, I just need to know which customer account holds my certificates', ['find_account']],
    ['forget the password. which account are my certificates in?', ['find_account']],
  ])('%j', async (text, needs) => expect((await read(text)).needs).toEqual(needs));

  it.each(['I forget the password, every single time', 'we always forget the password, can you reset it'])('%j is not a need put aside', async (text) =>
    expect((await read(text)).needs).toEqual(['reset_password']),
  );
});

describe('answers typed the short way', () => {
  it.each([
    ['👍', 'yes'],
    ['✅ thx', 'yes'],
    ['👎', 'no'],
    ['ye', 'yes'],
    ['yh', 'yes'],
    ['got it', 'yes'],
    ['sorted', 'yes'],
  ])('%j answers %s', async (text, answer) => expect((await read(text)).answer).toBe(answer));

  it('"only me" says no login was made for anyone', () => expect(readByRules('only me').slots.delegated).toBe(false));
  it('"were an agency" is a webmaster', () => expect(readByRules('were an agency').slots.role).toBe('webmaster'));
  it('"web hsot" is bought through the web host', () => expect(readByRules('web hsot').slots.customerType).toBe('web_host'));
});

describe('outside the sources, said as a plain question', () => {
  it.each([
    'Is it possible to transfer a certificate to another account? I bought it on my personal customer account by mistake',
    'we changed our company name last month, how do we update the certificates',
  ])('%j', (text) => expect(readByRules(text).outsideSources).toBe(true));
});
