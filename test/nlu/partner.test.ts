// The ALTAIRE partner (hard rule: never reset one) is read only when the customer says they are one:
// asked about, guessed at, denied or left, ALTAIRE is named without being theirs.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const partnerOf = (text: string) => readByRules(text).slots.partner;

describe('ALTAIRE said to be the customer’s partner', () => {
  it.each([
    'We buy everything through ALTAIRE and my password stopped working',
    "Something odd at ALTAIRE's side, but our account is through them and nobody can log in",
    'Nuestra cuenta es de ALTAIRE, no sé si eso cambia algo para el reset',
    'the password lives inside the altaire software, we don’t know it',
    'hi the password on our altaire account isnt working, can you reset it for us',
    'our ALTAIRE login is not accepting the password any more',
    'the altaire portal no longer lets me in',
  ])('%j is an ALTAIRE account', (text) => {
    expect(partnerOf(text)).toBe('altaire');
  });
});

describe('ALTAIRE named without being the customer’s partner', () => {
  it.each([
    'Who are ALTAIRE? Your email mentions them.',
    'is ALTAIRE one of your resellers? a colleague said so',
    'How do I find out whether our account is an ALTAIRE one?',
    'Do ALTAIRE customers use the same reset page?',
    'What if it turns out to be ALTAIRE, just wondering',
    'Could have been ALTAIRE, could have been the host, no idea. I need the username.',
    'Maybe ALTAIRE? not sure. The password fails anyway.',
    'ALTAIRE? nope, never dealt with them, we bought direct',
    'They keep sending us ALTAIRE newsletters but we are not customers of theirs',
    'We dropped ALTAIRE two years ago and buy from you now',
    'hi, we use ALTAIRE for our appointment booking but that has nothing to do with this. I need a password reset on the certificate account',
  ])('%j is not', (text) => {
    expect(partnerOf(text)).not.toBe('altaire');
  });
});
