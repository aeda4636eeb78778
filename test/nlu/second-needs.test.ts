// A second need said late, by its object, or in another language; a need ruled out beside the one
// meant; a token by its maker's name; a password that will not open a file.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';
import { normalise } from '../../src/nlu/text.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('two needs, the second late', () => {
  it.each([
    ['Our account password is refused. Separately, nobody remembers the PIN of the YubiKey we sign with.', ['codesign_password', 'reset_password']],
    ['Das Passwort wird abgelehnt, und die PIN für den Token weiß ich leider nicht mehr.', ['codesign_password', 'reset_password']],
    ['the standalone cert login refuses me now. my main account password is outdated as well', ['regain_access', 'reset_password']],
    ['Password reset first please. Then a colleague said the certs might be in a different account, so that as well.', ['find_account', 'reset_password']],
    ['our web guy left: no user name, no password, nothing', ['recover_username', 'reset_password']],
    ['I forgot my user and my password', ['recover_username', 'reset_password']],
    ["The login wants a user ID and a password and I'm drawing a blank on both.", ['recover_username', 'reset_password']],
    ['Ich weiß meinen Benutzernamen nicht mehr. Könnte mich bitte jemand anrufen?', ['human', 'recover_username']],
    ['Our signing cert: no idea which account it is on, and we do not know the PFX password.', ['codesign_password', 'find_account']],
    ["The token PIN's no problem, I sign builds with it daily. What we're missing is the customer number.", ['recover_username']],
    ['Retired sign-on, unknown customer number, and I want a human.', ['human', 'recover_username', 'regain_access']],
    ["Le code PIN de notre token de signature de code est bloqué depuis ce matin. Est-ce qu'un technicien peut m'appeler ?", ['codesign_password', 'human']],
    ['No recuerdo mi nombre de usuario. ¿Me puede atender una persona, por favor?', ['human', 'recover_username']],
    ['No hace falta pasarme con un agente, solo dime cómo cambio la contraseña de mi cuenta.', ['reset_password']],
    ["We were charged twice. I'd like somebody from accounts to sort out a refund, please.", ['human']],
    ['Your agent gave me a case number on the phone and said to ask here for my username.', ['recover_username']],
    ["I log in fine. It's just that none of the three logins we have seem to hold the code signing cert.", ['find_account']],
    ["Help locating the account that holds our wildcard, and once we find it, what's the user name on it?", ['find_account', 'recover_username']],
    [
      "the signing cert's pfx won't import, no idea what password it came with. and which login was it bought under, we have several?",
      ['codesign_password', 'find_account'],
    ],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('one need ruled out, the other meant', () => {
  it.each([
    ["I don't think it's the password, I probably typed the wrong customer number", ['recover_username']],
    ['Not forgotten my username. It is the password.', ['reset_password']],
    ["the customer number is sorted now, it's the password I'm missing", ['reset_password']],
    ["what I'm missing is the account number, the password I have", ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('the certificate file or token, not the account', () => {
  it("a password that will not open the pfx is the file's", () => {
    expect(needsOf('I have the pfx and a password that will not open it')).toEqual(['codesign_password']);
  });

  it('help with the password for the code signing certificate is that password alone', () => {
    expect(needsOf('could a person help me with the password for our code signing certificate?')).toEqual(['codesign_password', 'human']);
  });

  it.each(['eToken', 'YubiKey', 'smart card'])('a %s is a token', (name) => {
    expect(normalise(`the ${name} PIN`)).toBe('the token pin');
  });

  it('accents lose their marks instead of splitting the word ("für" is not "f are")', () => {
    expect(normalise('die PIN für Token weiß er')).toBe('die pin fur token weiss er');
  });
});

describe('objects and languages', () => {
  it.each([
    ['Für das Kundenkonto, unter dem unser Code-Signing-Zertifikat läuft, habe ich das Passwort vergessen.', ['reset_password']],
    ['i do code signing for my clients and forgot the password of my own login', ['reset_password']],
    ['Already reset the website login. Now the token itself keeps saying PIN blocked.', ['codesign_password']],
    ["I can't get in with the old cert-only login any more", ['regain_access']],
    ['Het is niet mijn gebruikersnaam maar mijn wachtwoord', ['reset_password']],
    ['what exactly is a customer number?', []],
    ["I don't think I was ever given a customer number", ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('the user name and which account, said in other words', () => {
  it.each([
    ["still can't figure out my user name", ['recover_username']],
    ['lost the customer # and the email has changed', ['recover_username']],
    ['I asked about my USERNAME, not the sign-on', ['recover_username']],
    ['unser Benutzername ist weg, das Passwort haben wir noch', ['recover_username']],
    ['a colleague set the username up years ago and nobody wrote it down', ['recover_username']],
    ['Wo finde ich das Konto, in dem mein Zertifikat liegt?', ['find_account']],
    ['Wir haben mehrere Kundenkonten. In welchem liegt unser SSL-Zertifikat?', ['find_account']],
    ['Puedo entrar a mi cuenta pero no aparece ningún certificado. ¿Están en otra cuenta?', ['find_account']],
    ['the renewal notice quotes customer number 5538210 and that is not any number I have ever seen', ['find_account']],
    ["one client's certificate isn't in any of my accounts", ['find_account']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it.each(['customer #88310', 'Mein Benutzername ist h.brandt', "Merci, j'ai retrouvé mon identifiant."])('%j gives or finds a value: no need', (text) => {
    expect(readWithRules(text).needWithheld).toBe(true);
  });
});

describe('a second need after "and I also", "on top of that", "as well", or a numbered point', () => {
  it.each([
    ['The portal keeps saying my password is wrong and I also have no idea what PIN the signing token wants', ['codesign_password', 'reset_password']],
    ['the old certificate sign-on stopped after your change, and on top of that my customer number is gone', ['recover_username', 'regain_access']],
    ['My login password expired and signtool refuses the keystore password as well', ['codesign_password', 'reset_password']],
    ['Two questions: 1) my independent sign-on is dead, 2) even when I log in to the main account the certs are not there', ['find_account', 'regain_access']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe("a password named by its file is the certificate's", () => {
  it.each([
    ['keystore password forgotten', ['codesign_password']],
    ['the p12 passphrase does not work any more', ['codesign_password']],
    ['my private key password is gone from my notes', ['codesign_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('a file password noted as working states no need', () => {
    expect(needsOf('just so you know, the p12 password is on the sticky note and it works')).toEqual([]);
  });
});

describe('the old certificate login said not to work', () => {
  it.each([
    ['our old certificate login does not work', ['regain_access']],
    ['the separate cert login is not working since Monday', ['regain_access']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('not knowing what a password or PIN is, is the need', () => {
  it.each([
    ['no idea what my password is', ['reset_password']],
    ["I don't know what the PIN for the token is", ['codesign_password']],
    ['no clue what the keystore password was', ['codesign_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('not knowing which password the bot means states none', () => {
    expect(needsOf('not sure which password you mean')).toEqual([]);
  });
});

describe('the user name or customer number named, then said not to be had', () => {
  it.each([
    ['Is the account ID the same as the user name? Either way I do not have it.', ['recover_username']],
    ['what is a customer number, is it on the invoice? because I have neither', ['recover_username']],
    ['Order number: 5512-0931. Customer number: no idea.', ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('not knowing where it is printed is no need', () => {
    expect(needsOf('is the customer number on the invoice? I do not know.')).toEqual([]);
  });
});

it("a passphrase for the signing key said to be rejected is the certificate's", () => {
  expect(needsOf('the passphrase for the signing key was Mistral-Oak-58 but it is rejected')).toEqual(['codesign_password']);
});

describe('one half of the login ruled out and the login said to fail', () => {
  it('with the user name right, the password is the need', () => {
    expect(needsOf('the portal says my details are wrong even though the username is right')).toEqual(['reset_password']);
  });

  it('with the password right, it may be the name or the retired sign-on, so none is read and the bot asks', () => {
    const read = readWithRules("my password is definitely not the problem, it still won't let me in");
    expect(read.understanding.needs).toEqual([]);
    expect(read.understanding.slots.loginTrouble).toBe(true);
  });
});
