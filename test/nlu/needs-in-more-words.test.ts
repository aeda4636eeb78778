// Needs said in the words customers use for them rather than ours: the password as what goes after
// the user name, certificates that live somewhere else, one half of the login said to be fine, and
// the same in the languages customers mix in.
import { describe, expect, it } from 'vitest';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => [...readByRules(text).needs].sort();

describe('the password as what goes with the user name', () => {
  it.each([
    'the characters I put after my username got changed by a colleague and nobody noted them',
    'Can you send me a link to set a new one? The thing that goes with my login, not the login name itself.',
    'the word I type under my user name, I forgot it',
  ])('%j is the password', (text) => {
    expect(needsOf(text)).toEqual(['reset_password']);
  });
});

describe('one half of the login said fine', () => {
  it.each([
    ["Nothing's wrong with the user name, it's Lark#2231 that gets refused", ['reset_password']],
    ["I need the password reset but not the username, I've got that", ['reset_password']],
    ['My customer number is 55120 and I need my user name', ['recover_username']],
    ['I have my password on a card but not the username', ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('certificates that live somewhere else', () => {
  it.each([
    'I made a new account and expected our certificates to appear. Clearly they live somewhere else.',
    "A renewal email mentions an account I can't match to anything we have.",
    'I can log in fine but the dashboard is empty.',
    "Our SSL came with the hosting package and it doesn't show up in my customer account.",
    'The staff certificates are missing from the admin account I use.',
  ])('%j is finding the account', (text) => {
    expect(needsOf(text)).toEqual(['find_account']);
  });

  it('a certificate that shows up is no need', () => {
    expect(needsOf('the certificate shows up in my account, all good')).toEqual([]);
  });

  it.each([
    'quick one, i cant see the wildcard for tidewater-inn.com in there anywhere, where did it go',
    'We run two logins with you. The code signing cert for our installer, I cannot spot it in either of them.',
    'no clue which login our S/MIME certificates sit under these days',
    'our designer did the whole site, cert and all, and now nobody knows where any of it lives',
    'the ssl is somewhere in one of the old accounts from before the merger',
    'I managed to log in, but the page where the certificates should be is completely empty.',
  ])('%j, a certificate not seen in an account or asked where it lives, is finding the account', (text) => {
    expect(needsOf(text)).toEqual(['find_account']);
  });

  it.each([
    "I can't find the certificate file on the build server",
    "I can't find the renewal email for my certificate",
    "I don't know the account password and I can't find the code signing certificate's PIN either",
    'since you retired the separate logins my old certificate login just goes nowhere',
  ])('%j is no account question', (text) => {
    expect(needsOf(text)).not.toContain('find_account');
  });
});

describe('in the languages customers mix in', () => {
  it.each([
    ['Unsere Agentur hat das Konto eingerichtet, ich kenne den Benutzernamen nicht', ['recover_username']],
    ['Mein Kennwort wird nicht mehr akzeptiert, den Benutzernamen weiß ich aber noch.', ['reset_password']],
    ["Je ne retrouve plus mon nom d'utilisateur.", ['recover_username']],
    ['Ik zie mijn certificaten niet in mijn account.', ['find_account']],
    ['El hosting compró el certificado. ¿Usuario? No lo sé', ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('both halves, a contrast, and an order of needs', () => {
  it.each([
    ['The user name box and the password box both defeat me.', ['recover_username', 'reset_password']],
    ['user name? password? neither, honestly', ['recover_username', 'reset_password']],
    ['my login name has gone from my head, and the thing that goes with it', ['recover_username', 'reset_password']],
    ['Password first please, then the customer number.', ['recover_username', 'reset_password']],
    ["it's not my username but my password", ['reset_password']],
    ['not the user the other thing', ['reset_password']],
    ['No is the username, is the password what I am forget.', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('a person asked for in the languages customers mix in', () => {
  it.each([
    ['Não lembro o nome de usuário e gostaria de falar com uma pessoa.', ['human', 'recover_username']],
    ['Quero falar com um atendente, o meu login separado para certificados foi desativado', ['human', 'regain_access']],
    ['Het is niet mijn gebruikersnaam maar mijn wachtwoord, en ik wil graag iemand spreken.', ['human', 'reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('a bare login symptom in more words', () => {
  it.each([
    'NOTHING LETS ME IN',
    'the sign-in page says something went wrong',
    'My login used to work and now it does not',
    'Your portal will not accept my details',
    'the details I always use have stopped working',
    'it keeps saying session expired as soon as I log in',
    'Impossible de me connecter.',
  ])('%j is login trouble naming nothing: no need, the bot asks which', (text) => {
    const { understanding, symptomOnly } = readWithRules(text);
    expect(understanding.needs).toEqual([]);
    expect(understanding.slots.loginTrouble).toBe(true);
    expect(symptomOnly).toBe(true);
  });

  it('a symptom naming the password is that need', () => {
    expect(needsOf('the portal will not accept my password any more')).toEqual(['reset_password']);
  });
});

describe('the user name asked for or said to be written nowhere', () => {
  it.each([
    'Which handle did I sign up under? Could have been something daft, it was 2015.',
    'The password is in our safe, but the name she signed in with is not written anywhere.',
    "Password's in my manager but there's no username saved next to it.",
    'Where is the number from the welcome email? I need it to log in.',
  ])('%j is a lost user name', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['recover_username']);
  });
});

describe('which of several logins holds the certificate', () => {
  it.each([
    'The IT firm we hire made all the logins. Which one has our SSL certificate?',
    'Two departments each have their own login, and the staff certificates show up in neither.',
    "The SSL shows as renewed, yet it's in neither my account nor his.",
  ])('%j asks which account', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['find_account']);
  });
});

describe('a pasted password said to fail, the password by other names, and a reset asked about while it fails', () => {
  const needsOf = (text: string) => [...readByRules(text).needs];
  it.each([
    ['Sandp1per#72 doesn’t get me in any more', ['reset_password']],
    ['tried Lantern88 and lantern88 and LANTERN88, none of them', ['reset_password']],
    ['pasword is Quokka_31 and it says incorect every time', ['reset_password']],
    ['Mijn wachtwoord is Zeemeeuw#5 maar het wordt geweigerd', ['reset_password']],
    ["The site knows my name. It's the secret half I changed last week that's gone.", ['reset_password']],
    ['what I usually type after my username is suddenly wrong', ['reset_password']],
    ['Order number is not to hand. Can you still sort out my password?', ['reset_password']],
    ['Zapomniałem hasła do konta', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('a question about the reset e-mail asked while waiting for one is not withheld from the models', () => {
    expect(readWithRules('How long does the reset email take? Been waiting half an hour for mine.').needWithheld).toBe(false);
  });

  it.each([
    'Does the retirement of the separate sign-on affect my clients? Their ISO logins still work for now.',
    'We had to retrain our whole office because of your sign-on change. Hope it was worth it.',
  ])('%j states no need', (text) => {
    expect(readWithRules(text).needWithheld).toBe(true);
  });
});
