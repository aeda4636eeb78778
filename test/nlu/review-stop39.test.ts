// Fifteen defects a second reader reproduced in this stop's diff, each kept here read rightly: ALTAIRE
// named beside "nothing to do with" or "isn't working with us", a customer's own reset taken for a
// client's, a password said lacking read as had, a reset that failed read as done, the sign-on's loss
// dropped, an invoice held read as one asked for, a guess doubted about something else, an
// acknowledgement of progress, background mentions ordering needs, a user name given in doubt.
import { describe, expect, it } from 'vitest';
import { inOrderSaid } from '../../src/nlu/need-order.js';
import { readByRules } from '../../src/nlu/rules.js';
import { normalise } from '../../src/nlu/text.js';

describe('hard rules: ALTAIRE and whose account', () => {
  it.each([
    'the password on our altaire account has nothing to do with the certificates, it just won’t let me log in. please reset it',
    'Our certificates come through ALTAIRE but that has nothing to do with it, I just forgot my login password. Please reset it',
  ])('%j is an ALTAIRE account', (text) => expect(readByRules(text).slots.partner).toBe('altaire'));

  it.each([
    "ALTAIRE isn't working with us anymore, we went direct with you last year. I need to reset my password",
    'hi, we use ALTAIRE for our appointment booking but that has nothing to do with this. I need a password reset on the certificate account',
  ])('%j is not', (text) => expect(readByRules(text).slots.partner).not.toBe('altaire'));

  it.each([
    'I paid for the certificates and renewed them, I waited for them to be issued, now I need to reset the password',
    "We renewed both certificates but I can't see them. We've been waiting for them for days. Please reset the password",
    'Like every client, I got your email about the login change and now I need my password reset',
    'A friend who is another client of yours said you can reset the login password by email. Mine has expired',
  ])('%j is no client’s account', (text) => expect(readByRules(text).slots.whoseAccount).toBeUndefined());
});

describe('the password lacking, or still failing', () => {
  it.each([
    'I have my username, not my password',
    "I remember the email address, not the password. Can't log in",
    'tried the reset link twice and I still don’t have the password though',
    "My password expired so I reset it and now it won't let me log in at all",
    "I've forgotten the password - not the password our admin set originally, the new one I chose last month",
  ])('%j is the reset', (text) => expect(readByRules(text).needs).toContain('reset_password'));

  it('"signtool asks for the password of our pfx file. I\'ve tried a few things…" is the file\'s alone', () => {
    expect(readByRules("signtool asks for the password of our pfx file. I've tried a few things and the password is still rejected").needs).toEqual([
      'codesign_password',
    ]);
  });
});

describe('the sign-on, the account and the way of buying', () => {
  it.each(['ISO login retired, understood. What do I log in with now?', "We moved off the ISO login like you asked and now I can't see any certificates"])(
    '%j keeps the sign-on’s loss',
    (text) => expect(readByRules(text).needs).toContain('regain_access'),
  );

  it.each(['Nobody ever told us which account the certificates are on', "I still haven't figured out which account our certs are in"])(
    '%j asks which account',
    (text) => expect(readByRules(text).needs).toContain('find_account'),
  );

  it.each([
    ["I think we bought it direct from you, not sure which account it's on though", 'direct'],
    ['I believe we bought through our hosting company, no idea what the password is', 'web_host'],
  ] as const)('%j is %s', (text, type) => expect(readByRules(text).slots.customerType).toBe(type));

  it.each(['I have a PDF of the invoice with the order number on it', "yes, it's on my copy of the invoice"])('%j asks nothing outside the sources', (text) =>
    expect(readByRules(text).outsideSources).toBeUndefined(),
  );

  it('"got the link from your email, what do I click next?" is no yes', () => {
    expect(readByRules('got the link from your email, what do I click next?').answer).toBeUndefined();
  });

  it('"…but that\'s not the problem, I did that. Please help" keeps the password', () => {
    expect(
      readByRules('My password keeps getting rejected. Your FAQ says to clear cookies but that’s not the problem, I did that. Please help').needs,
    ).toContain('reset_password');
  });
});

describe('order and names', () => {
  it('"The password reset page wants my username…" puts the user name first', () => {
    const text = normalise("The password reset page wants my username, which I've forgotten. Also the pfx password is lost");
    expect(inOrderSaid(['codesign_password', 'recover_username'], text, true)).toEqual(['recover_username', 'codesign_password']);
  });

  it.each(['login failed for user dk_steel_77, is that even my username? password also rejected', 'shop.example.com'])(
    '%j does not say the user name is known',
    (text) => expect(readByRules(text).slots.hasEmailOrUsername).not.toBe(true),
  );
});
