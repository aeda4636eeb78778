// Whether the customer has the order number is read within its own clause: a "not" about the password
// in the clause before does not deny it, and a number given with it says they have it. And "I don't
// remember" in other languages reads as forgetting, like "vergessen" and "oublié" already did.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const hasOrderNumber = (text: string) => readByRules(text).slots.hasOrderNumber;

describe('rules: the order number, clause by clause', () => {
  it.each([
    'need to get into my account, password not working, order number is 887766',
    "password isn't accepted; order no. 5512093 if that helps",
    'the reset link never came, my order number: CA-20931',
  ])('"%s" has the order number', (text) => {
    expect(hasOrderNumber(text)).toBe(true);
  });

  it.each(["I don't have the order number", 'order number is lost, sorry', 'we never kept the order number, and the password is gone'])(
    '"%s" does not',
    (text) => {
      expect(hasOrderNumber(text)).toBe(false);
    },
  );
});

describe('rules: not remembering, in other languages', () => {
  it.each(['Je ne me souviens plus de mon mot de passe', 'No recuerdo mi contraseña', 'Ich weiß nicht mehr mein Passwort', 'Não me lembro da senha'])(
    '"%s" is a password reset',
    (text) => {
      expect(readByRules(text).needs).toEqual(['reset_password']);
    },
  );
});
