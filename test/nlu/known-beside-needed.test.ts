// One thing said known beside another said lost: the known one is no need ("I know the PIN by heart.
// What I no longer know is the password"), in English and French, while a thing known only in an old
// form ("we have the PIN of the old token only") is still lost.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const read = (text: string) => readWithRules(text);

describe('the known thing beside the lost one', () => {
  it.each([
    ['I know the PIN of the signing token by heart. What I no longer know is the password I log into your website with.', ['reset_password']],
    ["Bonjour, je connais mon identifiant, c'est le mot de passe que j'ai oublié. Vous pouvez m'envoyer un lien ?", ['reset_password']],
    ["bought my code signing cert myself. Now I need to re-download it but the login name... gone. Password I've got.", ['recover_username']],
  ])('%j reads %j, and rules the known one out for the models', (text, needs) => {
    const { understanding, needsRuledOut } = read(text);
    expect(understanding.needs).toEqual(needs);
    expect(needsRuledOut.length).toBeGreaterThan(0);
  });

  it('a PIN known only for the old token is still the one lost', () => {
    const { understanding } = read(
      'the USB token of our code signing certificate asks a PIN, and we have the PIN of the old token only. The paper with the new PIN is lost.',
    );
    expect(understanding.needs).toContain('codesign_password');
  });

  it.each(['I know the PIN but the token says it is wrong every time', 'we know the PIN, the token rejects it anyway'])(
    '%j: a thing known but said to fail is not ruled out',
    (text) => {
      expect(read(text).needsRuledOut).not.toContain('codesign_password');
    },
  );
});

describe('the other thing said to work, in more words and languages', () => {
  it.each([
    ['Hola, el PIN del token funciona bien. Lo que no funciona es la contraseña de mi cuenta en vuestra web.', ['reset_password']],
    ['The login password for the account is gone. The certificate password itself is in my vault, no issue there.', ['reset_password']],
    ['Kundennummer 55-90317, den Benutzernamen weiß ich leider nicht mehr.', ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(read(text).understanding.needs).toEqual(needs);
  });
});

describe('a half said to be no problem, or the same as always', () => {
  it('"password reset isn\'t the problem" leaves the user name and the account', () => {
    const { understanding, needsRuledOut } = read(
      "Password reset isn't the problem, I did that fine this morning. The problem is I still don't know my username, and nobody here knows which account holds the certs.",
    );
    expect(understanding.needs).toEqual(['recover_username', 'find_account']);
    expect(needsRuledOut).toContain('reset_password');
  });

  it('"the username is the same too" names no lost user name', () => {
    const { understanding } = read(
      'i dont think its the password, i logged in with it fine and the username is the same too so i really dont know why it wont let me in',
    );
    expect(understanding.needs).toEqual([]);
  });

  it('neither half known, beside a login someone else made, is both needs', () => {
    expect(
      read('I didnt make any of these logins our freelancer did and hes not answering so I dont know the username OR the password').understanding.needs,
    ).toEqual(['recover_username', 'reset_password']);
  });
});

describe('what the known-thing rules must not drop', () => {
  it.each([
    ['We still have the PIN of the old token only, and I forgot the account password.', ['codesign_password', 'reset_password']],
    ["My password is the same as always but now it's rejected.", ['reset_password']],
    ["The password reset isn't the problem, the password itself is rejected. Please get me an agent.", ['human', 'reset_password']],
    ['Forgot my password, reset mail never gets to our mail server.', ['reset_password']],
    ['How many wrong passwords until a login is blocked? The login for the shop is blocked since Monday.', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(read(text).understanding.needs).toEqual(needs);
  });

  it.each(['Ik ken mijn gebruikersnaam niet meer en het wachtwoord ook niet.', 'Non conosco il mio nome utente, la password sì.'])(
    '%j: a thing not known is not cleared',
    (text) => {
      expect(read(text).needsRuledOut).not.toContain('recover_username');
    },
  );

  it.each([
    'If someone calls us claiming to be from your support, should we tell them the password?',
    'We hired two new employees and I gave them access. My son said to ask you.',
  ])('%j asks for no person and delegates nothing', (text) => {
    const { understanding } = read(text);
    expect(understanding.needs).not.toContain('human');
    expect(understanding.slots.delegated).not.toBe(true);
  });

  it('certificates for both our websites are the customer’s own', () => {
    expect(read('i renew the certificates for both our websites every year').understanding.slots.role).not.toBe('webmaster');
  });
});
