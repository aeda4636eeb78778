// A thing ruled out and another named as the trouble: "it isn't my username, it's…", "I haven't lost the
// password", a thing said fine without a verb ("pw fine"), a negation typed without its apostrophe ("arent"),
// and certificates told missing beside a login said to work. Read with the trained models, as the bot reads.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { normaliseForRules, normalise } from '../../src/nlu/text.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
const needsOf = async (text: string) => [...(await understand(text)).needs].sort();

describe('a thing ruled out is not read, the thing named is', () => {
  it.each([
    ["It isn't the username that's wrong, I know it by heart. I've forgotten the password.", ['reset_password']],
    ["I haven't lost my password, I've lost the customer number.", ['recover_username']],
    ["We didn't forget the password; the separate certificate login you retired stopped working.", ['regain_access']],
    ['password fine, customer number gone', ['recover_username']],
    ['email is k.lowe@brandt.de, password ok, its the customer no. i cant remember', ['recover_username']],
    ['username ok. the certs are missing from the account though', ['find_account']],
    ['El usuario lo tengo, lo que no recuerdo es la contraseña.', ['reset_password']],
    ["Ce n'est pas un problème de mot de passe : l'ancienne connexion ISO ne marche plus depuis le changement.", ['regain_access']],
    ["A password reset won't help, it's the customer number we're missing.", ['recover_username']],
    ['We thought it was the username but it turns out the password is what nobody knows.', ['reset_password']],
    ['username not the issue, password not the issue, the token PIN is locked', ['codesign_password']],
    ["I haven't lost any passwords, I just can't see our certificates in the account.", ['find_account']],
    ['Login works, but the certs are missing and the pfx password is gone too.', ['codesign_password', 'find_account']],
  ] as const)('%j is %j', async (text, needs) => {
    expect(await needsOf(text)).toEqual([...needs].sort());
  });

  it.each([
    ["It isn't the password that's fine, it's rejected every time.", 'reset_password'],
    ["I didn't forget the PIN but the token says it's wrong and locks.", 'codesign_password'],
    ['is the password fine? it keeps failing', 'reset_password'],
    ["I haven't forgotten my password but it stopped working on Monday.", 'reset_password'],
    ["We haven't lost the PIN, but the token keeps locking us out.", 'codesign_password'],
  ] as const)('%j still reads %s', async (text, need) => {
    expect(await needsOf(text)).toContain(need);
  });
});

describe('a sentence telling a thing done adds no need when read alone', () => {
  it.each([
    ['The account password reset worked fine last week. It is the separate certificate login our techs used that died with your change.', ['regain_access']],
    [
      'Talked to your support on the phone already, she reset my password. But I still cannot see the SSL for our domain anywhere. Which account is it in?',
      ['find_account'],
    ],
  ] as const)('%j is %j', async (text, needs) => {
    expect(await needsOf(text)).toEqual(needs);
  });

  it('sorting a thing out oneself is no thing done: "I sorted the certificate out myself, through a separate login…"', async () => {
    const needs = await needsOf(
      "Morning. I sorted the certificate out myself, through a separate login only for certificates. Since your change it won't have me. I'd like a human to take me through it.",
    );
    expect(needs).toEqual(['human', 'regain_access']);
  });
});

describe('certificates missing beside a login that works', () => {
  it.each([
    'my password works, my username works, my certs dont show',
    "Whatever it is, it's not the login. The certs are missing from the list.",
    'nope, not the customer number, we have that - the certs just arent in it',
    "I'm logged in, but our old certificates didn't come across.",
    "I'm in - the certificates page is just blank.",
    'password not the problem. certificates not there',
    'la contraseña funciona pero no veo los certificados',
    'inloggen lukt, maar de certificaten zijn weg',
    'mijn wachtwoord werkt wel gewoon, ik zie alleen de certificaten niet',
    "Didn't forget anything, the certificates just vanished.",
  ])('%j is find_account', async (text) => {
    expect(await needsOf(text)).toEqual(['find_account']);
  });

  it.each(['the certificate vanished from the server after the reboot', 'the certificates page is blank, I cannot log in at all, password rejected'])(
    '%j is not find_account',
    async (text) => {
      expect(await needsOf(text)).not.toContain('find_account');
    },
  );
});

describe('a negation typed without its apostrophe', () => {
  it('is read as the negation by the rules, and the models keep the words they were trained on', () => {
    expect(normaliseForRules('the certs arent in it')).toContain("aren't");
    expect(normaliseForRules('it wasnt the password')).toContain("wasn't");
    expect(normalise('the certs arent in it')).not.toContain("aren't");
  });

  it('a number named short ("customer no.") does not end the sentence for the rules', () => {
    expect(normaliseForRules("its the customer no. i can't remember")).toContain('customer number i');
    expect(normaliseForRules('no order no. want a person')).toContain('order no .');
  });
});
