// An account named by the code signing certificate it holds is still the account: its password, or a
// lock-out, is a reset (product code signing), not the certificate's password and not a question of
// which account holds the certificate.
import { describe, expect, it } from 'vitest';
import { accountsNamedByCertificate } from '../../src/nlu/account-described.js';
import { readByRules } from '../../src/nlu/rules.js';

describe('a password of the account the code signing certificate is on', () => {
  it.each([
    'forgot the password of the account our code signing certificate is in',
    "can't log in to the account where our code signing cert lives, password rejected",
    'locked out of our code signing account, password rejected',
    'i forgot the password for the account that holds our code signing certificates',
    'the password for the account we bought the code signing cert with is not working anymore',
    'Hello, me I cannot enter in our account where is the code signing certificate. The password is refuse every time.',
    'ok so I\'ve been locked out of the account our code signing cert is on since friday. tried "correct horse battery staple", nothing',
  ])('%j is a reset of the account, product code signing', (text) => {
    const read = readByRules(text);
    expect(read.needs).toEqual(['reset_password']);
    expect(read.slots.product).toBe('code_signing');
  });
});

describe('what stays the certificate or a question of where it is', () => {
  it.each(['forgot the password of our code signing certificate', 'the code signing cert asks for a password I never set'])(
    '%j is the certificate password',
    (text) => expect(readByRules(text).needs).toEqual(['codesign_password']),
  );

  it('"which account is our code signing certificate in?" asks where it is', () => {
    expect(readByRules('which account is our code signing certificate in?').needs).toEqual(['find_account']);
  });

  it('renames only an account already known, never "which account"', () => {
    expect(accountsNamedByCertificate('i do not know which account our codesigning certificate is on')).toBe(
      'i do not know which account our codesigning certificate is on',
    );
    expect(accountsNamedByCertificate('the account our codesigning certificate is on is locked')).toBe('the codesigning account is locked');
    expect(accountsNamedByCertificate('they forgot the password of their account where the codesigning certificate is')).toBe(
      'they forgot the password of their codesigning account',
    );
  });
});
