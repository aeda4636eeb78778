// Which password: the account's, when it fails where the customer logs in and the code signing
// certificate is only what the account holds; the certificate's, when it is on a file or token.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => [...readByRules(text).needs].sort();

describe("the account's password, beside a code signing certificate it holds", () => {
  it.each([
    'When I try to log in to renew our code signing certificate your site says the password is wrong.',
    'The pfx password sits in our vault and works. The login page for the code signing account rejects our password though.',
    'We set the token PIN and told it to everyone, so signing is fine. Logging into your portal fails on the password.',
    'I must log into the account that ordered our code signing cert, and the freelancer was the only one who knew its password.',
  ])('%j is the account password', (text) => {
    expect(needsOf(text)).toEqual(['reset_password']);
  });
});

describe("the certificate's password", () => {
  it.each([
    'the code signing certificate password is lost',
    'the pfx for our code signing cert will not import, it says wrong password',
    'The code signing cert password AND the ISO login are both gone.',
  ])('%j is the code signing password', (text) => {
    expect(needsOf(text)).toContain('codesign_password');
    expect(needsOf(text)).not.toContain('reset_password');
  });
});
