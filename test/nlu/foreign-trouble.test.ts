// Trouble said in the languages customers write, as whole phrases (foreign-trouble.ts): not let in, a thing
// not seen, neither one thing nor the other, a reset asked for, a person wanted. The rules read them; the
// models' features (normalise) stay the words the models were trained on.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';
import { normalise, normaliseForRules } from '../../src/nlu/text.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('foreign phrases of trouble', () => {
  it.each([
    ['Wir wissen weder unseren Benutzernamen noch das Passwort.', ['recover_username', 'reset_password']],
    ['No tengo ni mi usuario ni mi contraseña a mano, ¿qué hago?', ['recover_username', 'reset_password']],
    ['Wij zijn ons wachtwoord kwijt sinds de nieuwe laptop.', ['reset_password']],
    ['Ich komme nicht mehr rein, das Passwort wird abgelehnt.', ['reset_password']],
    ['Desde a mudança não vejo os certificados, onde estão?', ['find_account']],
    ['Non vediamo più i nostri certificati SSL nel pannello, dove sono finiti?', ['find_account']],
    ['Mes certificats SSL ont disparu du compte, je ne les vois plus.', ['find_account']],
    ['A senha da conta deixou de funcionar ontem, podem repor por favor?', ['reset_password']],
    ['Me gustaría que me atendiera una persona, no un robot.', ['human']],
    ['Verbinden Sie mich bitte mit einer Kollegin, das ist mir zu kompliziert.', ['human']],
    ['証明書の件で担当者と話したいです。', ['human']],
    ['Dove sono finiti i nostri certificati SSL?', ['find_account']],
    ['¿Dónde están mis certificados? Ya no aparecen.', ['find_account']],
    ['ユーザー名を忘れてしまいました。', ['recover_username']],
    ['我忘了我的用户名。', ['recover_username']],
    ['パスワードは問題ありません。ユーザー名を忘れました。', ['recover_username']],
    ["J'ai un souci avec le mot de passe de mon compte client : je l'ai oublié.", ['reset_password']],
    ['Non abbiamo dimenticato la password, abbiamo dimenticato il nome utente.', ['recover_username']],
    // A file's password, and "not this but that", in the customers' languages.
    ["J'ai oublié le mot de passe de mon fichier pfx", ['codesign_password']],
    ['Hasło do pliku pfx nie działa', ['codesign_password']],
    ['Das Passwort der PFX-Datei geht nicht', ['codesign_password']],
    ['Nicht das Passwort, sondern meinen Benutzernamen habe ich vergessen', ['recover_username']],
    ['No la contraseña, sino el usuario: lo olvidé', ['recover_username']],
    ["Pas le mot de passe, mais mon identifiant : je l'ai oublié", ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it.each(['I know neither my username nor the password', 'I do file the pfx password in our vault, but the login password is gone'])(
    'English is read as before: %j',
    (text) => {
      expect(normaliseForRules(text)).toBe(normalise(text));
    },
  );

  it("the models' features keep the words they were trained on", () => {
    expect(normalise('ya no me deja entrar')).not.toContain("can't login");
    expect(normaliseForRules('ya no me deja entrar')).toContain("can't login");
  });
});

describe('a thing said fine with an aside between commas', () => {
  it.each([
    ['I just need the username. The password, Kestrel#4471, still works fine.', ['recover_username']],
    ['The customer number, which is on every invoice, is fine. What I lost is the password.', ['reset_password']],
    ['The username I still have, what I forgot is the password', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('an aside does not clear a thing said to fail after it', () => {
    expect(needsOf('My password, the one in the vault, does not work any more')).toEqual(['reset_password']);
  });
});

describe('what is had is still said to fail', () => {
  it.each([
    'The password I have, but it does not work.',
    'The password we have, but it is wrong apparently.',
    'I still have the password, but it has expired.',
  ])('%j reads a reset', (text) => {
    expect(needsOf(text)).toEqual(['reset_password']);
  });
});

describe('words that only look like a person wanted', () => {
  it.each(['有人能告诉我证书什么时候到期吗？', 'スタッフの方、ご対応ありがとうございました。'])('%j wants no person', (text) => {
    expect(needsOf(text)).not.toContain('human');
  });
});

describe('the token said to work beside the account password that fails', () => {
  it.each([
    ["token PIN 447190 works perfectly and signtool is happy. it's the web account password that's expired, can I get a reset link please", ['reset_password']],
    ['signtool is happy with the token PIN. the web account password expired though, reset please', ['reset_password']],
    ['signtool is happy but the export asks for a password I never set', ['codesign_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});
