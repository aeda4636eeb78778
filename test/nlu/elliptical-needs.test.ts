// A need said by its thing alone, leaning on the trouble before it ("forgot my pw. username as well"),
// and the look-alikes that name a thing without adding it: had, guessed at, asked about, or declined.
import { describe, expect, it } from 'vitest';
import { ellipticalNeeds } from '../../src/nlu/elliptical.js';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('a second need said by its thing alone', () => {
  it.each([
    ['password forgotten. customer number as well, sadly', ['recover_username', 'reset_password']],
    ["I can't remember the keystore passphrase. Nor the site password, come to think of it.", ['codesign_password', 'reset_password']],
    ['lost the account password, and the p12 one too', ['codesign_password', 'reset_password']],
    ['The old ISO sign-on is dead. The login name for the new account? Also gone.', ['recover_username', 'regain_access']],
    ['Reset my password please, plus the username if you can', ['recover_username', 'reset_password']],
    ['Need my password reset - and an actual person after that', ['human', 'reset_password']],
    ['He olvidado la contraseña. Y el usuario tampoco lo tengo.', ['recover_username', 'reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('a thing named without adding a need', () => {
  it.each([
    ['I forgot my password. I have the username too, it is mk_hart.', ['reset_password']],
    ['my password stopped working - and the cert is a code signing one, but I mean the login', ['reset_password']],
    ["I don't need a person, and I don't need the account found. Just my password reset.", ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it.each([
    ['maybe the password expired ? or the customer number changed ? no idea', 'recover_username'],
    ['reset my password please . quick question too does that change the pfx password .', 'codesign_password'],
  ])('%j, a guess or a question, does not add %s', (normalised, need) => {
    expect(ellipticalNeeds(normalised, ['reset_password'], [])).not.toContain(need);
  });

  it('a clause that only adds ("Same.") needs a thing before it', () => {
    expect(needsOf('Forgot my password. Same.')).toEqual(['reset_password']);
  });
});

describe('more ways of adding a thing', () => {
  it.each([
    ['Lost my password. Customer number: ditto.', ['recover_username', 'reset_password']],
    ['Could you recover the user name for me? Same for the password.', ['recover_username', 'reset_password']],
    ['customer number: no clue. the other bit: also no idea.', ['recover_username', 'reset_password']],
    ["The old certificate login stopped working. The user name for the main account? Don't have that either.", ['recover_username', 'regain_access']],
    ['Wachtwoord vergeten. Gebruikersnaam idem dito.', ['recover_username', 'reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('"the password is fine too" adds nothing', () => {
    expect(needsOf('Forgot my user name. The password is fine too.')).toEqual(['recover_username']);
  });
});
