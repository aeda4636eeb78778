// Eleven defects a second reader reproduced in this stop's diff, each kept here: hard rule 5 both ways
// (a client's account described by its certificate, a business's own manager, Turkish), trouble beside an
// acknowledgement, a person not wanted, "now the password went through", the customer's own login, a
// franchise's own sites, a number's whereabouts, a person wanted beside "keeps saying", "and then".
import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../../src/nlu/classifier.js';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const read = createUnderstand(trainClassifier([]));

describe('hard rule 5: whose account', () => {
  it.each([
    "I'm the web designer for a bakery. I need to reset the password for their account where their SSL certificate is",
    'Müşterimin şifresini sıfırlamanız gerekiyor, ben web tasarımcısıyım',
  ])("%j is a client's", (text) => expect(readByRules(text).slots.whoseAccount).toBe('client'));

  it.each([
    "The restaurant I manage uses your certificate; the owner can't remember the password to our account",
    "I'm the general manager of the hotel. The hotel I manage bought an SSL from you directly and the owner has forgotten the password",
  ])('%j is their own', (text) => expect(readByRules(text).slots.whoseAccount).not.toBe('client'));
});

describe('an acknowledgement with trouble is no yes', () => {
  it.each([
    "ok I can't find it anywhere",
    "ok I'll ask my boss",
    'Understood. The link in the email has expired though.',
    "ok I'll do that. The reset email never arrived",
    "Fair enough. But I don't have access to that email address any more",
    "ok i can't do that, the admin email belongs to a former employee",
  ])('%j', (text) => expect(readByRules(text).answer).not.toBe('yes'));
});

describe('a person not wanted', () => {
  it.each([
    "Please don't pass my case on to customer service, I just need a reset link for my password",
    "Our developer already forwarded the issue to your support team, but we haven't heard back. I forgot the password",
    "I passed the question to the team here and they don't know which account our certificates are on",
    'Bir insanla konuşmak istemiyorum, sadece şifremi sıfırlamak istiyorum',
  ])('%j', (text) => expect(readByRules(text).needs).not.toContain('human'));

  it.each([
    "I'd like a person to phone me as the site keeps saying invalid password",
    'Can a real person look at this because the login page keeps saying my account is locked',
    "I want to speak to an agent because your system keeps asking me for a customer number I don't have",
  ])('%j still wants one', (text) => expect(readByRules(text).needs).toContain('human'));
});

describe('"now the password" said of something else', () => {
  it.each(["ok, now our password went through but the certificates aren't there", 'Brilliant, now my password went through'])('%j is no reset', (text) =>
    expect(readByRules(text).needs).not.toContain('reset_password'),
  );

  it('"Next the password for our code signing token, it\'s locked" is the token\'s only', () => {
    expect(readByRules("Thanks! Next the password for our code signing token, it's locked").needs).toEqual(['codesign_password']);
  });
});

describe("the customer's own login and sites", () => {
  it.each(["The account I made for our shop won't let me in anymore", 'the login I set up for my business stopped working'])('%j is no sign-on', (text) =>
    expect(readByRules(text).needs).not.toContain('regain_access'),
  );

  it("a franchise maintaining its own shops' sites is no webmaster", () => {
    expect(
      readByRules(
        "We are a franchise; I maintain the websites of 12 shops in our chain and the certificates are ours. Since the independent sign-on was retired I can't reach them",
      ).slots.role,
    ).not.toBe('webmaster');
  });
});

describe('needs', () => {
  it.each(['I forgot the username, could you find my account by email', "I need my customer number, I can't find it anywhere in the account"])(
    '%j adds no which-account need',
    (text) => expect(readWithRules(text).understanding.needs).not.toContain('find_account'),
  );

  it('"…I reset it and then the customer number was not accepted": the password is done, the customer number is the need', async () => {
    const needs = (await read('My password expired, I reset it and then the customer number was not accepted anymore')).needs;
    expect(needs).toEqual(['recover_username']);
  });
});
