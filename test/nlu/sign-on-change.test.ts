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
    'independent sign-on gone, codesign cert stuck behind it, help',
  ])('%j is the retired sign-on', (text) => {
    expect(read(text).understanding.needs).toEqual(['regain_access']);
  });

  it('a customer account number asked for is not the retirement', () => {
    expect(read('it says I must use the customer account number and I have no idea what it is').understanding.needs).not.toContain('regain_access');
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
