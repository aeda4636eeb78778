// Certificates not there in an account the customer is in, told in another sentence ("I'm in. The cert just
// isn't there."), not where they used to be, counted as none, or an account looked up for them: which account
// holds them. Not yet issued is no such case.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('certificates not there', () => {
  it.each([
    "I know my username fine, it's k.adeyemi, and I'm in. The cert just isn't there.",
    'our certs are not where they used to be in the account since last week',
    "my certs aren't where they used to be. login works fine, the page is just bare now",
    'my dashboard says 0 certificates',
    'account lookup for my certificates please',
    'login works fine. the certificates are not showing though',
    // Missing, or lost by the account, with no "not there" said.
    'Can I talk to someone about the missing SSL certificates?',
    'Since the change our account seems to have lost all the certs.',
  ])('%j reads find_account', (text) => {
    expect(readByRules(text).needs).toContain('find_account');
  });

  it.each([
    "the certificate isn't there yet, I ordered it an hour ago, I'm logged in fine",
    "I'm in, but the certificate file isn't there in my downloads",
    "login works fine, the password reset isn't showing in my inbox",
    'the server is missing the intermediate certificates',
    'I lost the certificates on my laptop when it died, the files are gone',
    'we lost our certificates when the laptop died, how do we get new ones?',
    'Outlook lost all my certificates after the profile reset',
    'Our IIS shows the missing certificate warning again',
  ])('%j does not', (text) => {
    expect(readByRules(text).needs).not.toContain('find_account');
  });
});

it('"yet" as "but" keeps the certificates missing', () => {
  expect(readByRules("I'm logged in fine, yet the certificates aren't showing in the account").needs).toContain('find_account');
});

it.each([
  'i am in Germany and the cert is not there',
  'I can login fine. The cert does not show in the keychain',
  "We're in. The SSL isn't showing on the site, still the old one",
  "I can't see the certificate on the checkout page",
])('%j is no account question', (text) => {
  expect(readByRules(text).needs).not.toContain('find_account');
});

it('"not in my account yet" after they were there is vanished', () => {
  expect(readByRules("My certs aren't in my account yet, I'm logged in. They were there last week").needs).toContain('find_account');
});
