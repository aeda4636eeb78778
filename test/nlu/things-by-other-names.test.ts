// Things named in other words, and a second need after ", and I've…": "my handle on your site" is the
// user name, "the USB stick we sign with" is the token, "my username reminded" asks for it.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';
import { loginHalvesNamed } from '../../src/nlu/login-halves.js';
import { normalise } from '../../src/nlu/text.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('things by other names', () => {
  it.each([
    ['no clue what my login handle is on your site, can you look it up?', ['recover_username']],
    ['please send my password reset and get my username reminded to me', ['recover_username', 'reset_password']],
    ['can you remind me of my customer number?', ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('"the usb stick we sign with" is the token, and a stick only storing files is not', () => {
    expect(loginHalvesNamed(normalise('the usb stick we sign the installers with says the PIN is wrong'))).toContain('the token we sign');
    expect(loginHalvesNamed(normalise('the pfx is on a usb stick in the drawer'))).not.toContain('token');
    // The models' features are not changed by it: they stay those the models were trained on.
    expect(normalise('the usb stick we sign with')).toContain('usb stick');
  });

  it('"I handle the SSL for my clients" names no user name', () => {
    expect(needsOf('I handle the SSL for my clients, all on one account')).not.toContain('recover_username');
  });
});

describe("a second need after ', and I've…'", () => {
  it('the old certificate login and the normal account password, each in its own clause', () => {
    expect(needsOf("our old certificate login died after your change, and I've forgotten the password for the main account too")).toEqual([
      'regain_access',
      'reset_password',
    ]);
  });
});

describe('the password named by how it shows', () => {
  it.each([
    'I know the email but not the other bit, the one that shows up as dots.',
    "the part that shows as stars when I type it is what I've forgotten",
    "i have the username, it's the hidden one i cant remember",
  ])('%j is the password', (text) => {
    expect(needsOf(text)).toEqual(['reset_password']);
  });

  it('"the other one" is no half of the login', () => {
    expect(loginHalvesNamed('i know the email but the other one is wrong')).toBe('i know the email but the other one is wrong');
  });
});

describe('the password by what goes with the name, or by every one tried', () => {
  it.each([
    ["Whatever goes with the username - that's what I've lost.", ['reset_password']],
    ['I HAVE TRIED EVERY PASSWORD I KNOW. RESET IT.', ['reset_password']],
    ['tried every password i know on the pfx', ['codesign_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});
