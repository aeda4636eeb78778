// Classes found by the w40d conversations (the edges of policy): requests outside the sources (moving
// certificates to a new account, automatic renewal, invoices, revocation beside a password said changed),
// a person only spoken of, a list answer with the thing first ("user name i know too"), a correction of
// who did what, "never mind" as no "no", the password "I don't remember", the sign-on "killed".
import { describe, expect, it } from 'vitest';
import { readRole } from '../../src/nlu/roles.js';
import { readByRules } from '../../src/nlu/rules.js';
import { normalise } from '../../src/nlu/text.js';

describe('outside the sources', () => {
  it.each([
    'How do I move our 3 SSL certificates over from my old personal customer account into the new one?',
    "pls turn off the automatic renewal on our wildcard cert, we're switching to a different CA in june",
    'Our invoice for the EV certificate shows the wrong VAT ID. Who can correct and reissue the invoice?',
    'Our former employee still knew the account password (it was Lavender#Field9). I already changed it, login is fine now, but I want the certificate he had access to revoked.',
  ])('%j goes to a person', (text) => {
    const read = readByRules(text);
    expect(read.outsideSources).toBe(true);
    expect(read.needs).toEqual([]);
  });

  it.each(['I have the invoice with the order number, but forgot the password', 'the renewal reminder came but I forgot my password'])(
    '%j is still the reset',
    (text) => expect(readByRules(text).needs).toEqual(['reset_password']),
  );
});

describe('a person spoken of, not wanted', () => {
  it.each([
    'i am not with ALTAIRE or any partner, the lady on your phone line kept asking me that. i simply forgot the password to my certificate account',
    "Was about to ask for a real person but let's try you first. I've lost the password for the account our SSL sits in.",
  ])('%j', (text) => expect(readByRules(text).needs).toEqual(['reset_password']));

  it('"the password for the account our SSL sits in" is that account\'s password, not which account', () => {
    expect(readByRules("I've lost the password for the account our SSL sits in.").needs).toEqual(['reset_password']);
    expect(readByRules("I can't find the account our certificates are in").needs).toEqual(['find_account']);
  });

  it('"I was about to ask for a person, so please put me through" still wants one', () => {
    expect(readByRules("I've waited an hour. Please put me through to a person").needs).toContain('human');
  });
});

describe('answers as a list, the thing first', () => {
  it('"order number yes, from the receipt email. user name i know too" has both', () => {
    expect(readByRules('order number yes, from the receipt email. user name i know too').slots).toMatchObject({
      hasOrderNumber: true,
      hasEmailOrUsername: true,
    });
  });

  it('"the username i know is wrong" says no user name known', () => {
    expect(readByRules('the username i know is wrong').slots.hasEmailOrUsername).toBeUndefined();
  });
});

describe('who did what', () => {
  it('"I created a login for him so he could look after the certs" is no webmaster', () => {
    expect(readRole(normalise("I'm the one who created a login for HIM so he could look after the certs"))).toEqual({ role: undefined, delegated: undefined });
  });

  it('"I look after the certificates for several clients" still is', () => {
    expect(readRole(normalise('I look after the certificates for several clients')).role).toBe('webmaster');
  });

  it('a helper said backwards and corrected: the owner (the models read the delegation)', () => {
    const read = readByRules(
      "my web guy gave me the login... no wait I have that backwards. I'm the one who created a login for HIM so he could look after the certs. The certificates are mine, I bought them.",
    );
    expect(read.slots.role).toBe('owner');
  });
});

describe('needs said plainly in passing', () => {
  it('"oh never mind, found the user name … it\'s the password i don\'t remember" is no "no", and the password', () => {
    const read = readByRules(
      "oh never mind, found the user name written in my notebook. turns out it's the password i don't remember, can you help with that instead",
    );
    expect(read.answer).toBeUndefined();
    expect(read.needs).toEqual(['reset_password']);
  });

  it('"since you killed the independent sign-on my login (password …) is dead" is the sign-on, not a reset', () => {
    expect(readByRules("since you killed the independent sign-on my login (password Birke#4471) is dead and I can't manage my certificates").needs).toEqual([
      'regain_access',
    ]);
  });
});
