// A login half that fails since the sign-on change belongs to the retired sign-on, unless another
// login or a second trouble is told beside it.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const read = (text: string) => readWithRules(text);

describe('a password or user name failing since the change', () => {
  it.each([
    'my old iso password Quartz-71 gets refused since the changeover',
    'the certificate user name I always used shows unknown user after your switchover',
    'Since the migration my login name is rejected every time',
    'My niece set me up with a username and a password for the certificates. After your letter about the changes it refuses them.',
    'My cousin runs our website and gave me a username and password so I could check the SSL now and then. I still have them written down. Ever since you changed the sign-in system it just says invalid.',
  ])('%j is the retired sign-on, and the login need is ruled out for the models too', (text) => {
    const { understanding, needsRuledOut } = read(text);
    expect(understanding.needs).toEqual(['regain_access']);
    expect(needsRuledOut.some((need) => need === 'reset_password' || need === 'recover_username')).toBe(true);
  });
});

describe('the retirement told as the customer met it', () => {
  it.each([
    'a message says our type of login is no longer supported, whatever that means',
    'Since Tuesday it tells us we have to use a customer account. We never had one.',
    "Clicked my saved link for the SSL page and got 'This page no longer exists. Please sign in with your customer account.'",
    'independent sign-on gone, codesign cert stuck behind it, help',
  ])('%j is the retired sign-on', (text) => {
    expect(read(text).understanding.needs).toEqual(['regain_access']);
  });

  it('a customer account number asked for is not the retirement', () => {
    expect(read('it says I must use the customer account number and I have no idea what it is').understanding.needs).not.toContain('regain_access');
  });
});

describe("the password said to be the sign-on's own", () => {
  it.each([
    "Tried my ISO password three times, then clicked 'forgot password' on the ISO page. No email, nothing.",
    'I renew through the certificate-only login (username release-mgr). This year it claims the password is wrong. Did your sign-on changes kill that login?',
    "I don't want a new password for my customer account. The password that's failing belongs to the old independent sign-on.",
  ])('%j is the retired sign-on only', (text) => {
    expect(read(text).understanding.needs).toEqual(['regain_access']);
  });

  it('with the customer account named too, both stand', () => {
    expect(read('My ISO password is refused, and my customer account password is wrong as well.').understanding.needs).toEqual([
      'reset_password',
      'regain_access',
    ]);
  });
});

describe('the sign-on only as the story before the account', () => {
  it.each([
    "my ISO days are over, fine. but the customer account won't take Quill-Harbor-7, which is what I set when I migrated.",
    "When the sign-on was retired I pulled everything into our main customer account, and that part went fine. Then a colleague changed that account's password and never passed it on.",
  ])('%j is the account password', (text) => {
    expect(read(text).understanding.needs).toEqual(['reset_password']);
  });

  it('"this login type is deactivated" is the retirement, and "also the username" beside what is had is had', () => {
    const text = 'The password from the separate certificate login I still have, also the username, but the system says this login type is deactivated.';
    expect(read(text).understanding.needs).toEqual(['regain_access']);
  });
});

describe('another login or trouble beside it', () => {
  it.each([
    ['the cert login died after the switch, and I also forgot the password for the main account', ['reset_password', 'regain_access']],
    ['since your change my username is unknown and I forgot the password', ['recover_username', 'reset_password']],
    ['my password is wrong, I changed it last week', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(read(text).understanding.needs).toEqual(needs);
  });
});

describe('certificates missing because the sign-on went', () => {
  it.each([
    'since the separate certificate login was retired, our certs are not visible anymore',
    "my certificates aren't showing since the ISO login was switched off",
  ])('%j is regaining access only', (text) => {
    expect(read(text).understanding.needs).toEqual(['regain_access']);
  });

  it('asking which account in so many words keeps both needs', () => {
    expect(read('the ISO login is gone and I do not know which account my certificates are in').understanding.needs).toEqual(['find_account', 'regain_access']);
  });
});

describe('a login a helper made, or a certificate-only one, gone', () => {
  it.each([
    "my customer's login to the certificate site was created by me and it no longer works",
    'my niece did our website and set up a certificate account for me, it is gone now',
    'I gave our web designer his own login to our certificate account. Is his login affected by the change?',
    'Onze webbouwer heeft een login voor mij gemaakt, die werkt niet meer sinds jullie mail.',
    'Mia figlia mi aveva creato un accesso per i certificati, dopo il vostro cambiamento non entra più',
  ])('%j is regaining access', (text) => {
    expect(read(text).understanding.needs).toEqual(['regain_access']);
  });
});

describe('the password of the retired sign-on said to fail, in more words', () => {
  it.each([
    "It's not the customer account password, that one works. It's the old ISO login that keeps saying wrong password.",
    'the logins I set up for my clients all say invalid password since you switched off ISO',
    'My password manager still fills in the ISO login but the page says that sign-on does not exist anymore.',
  ])('%j is the sign-on, not a reset', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['regain_access']);
  });
});
