// Whose account a password question is about (hard rule 5), and a password held by the customer's
// software (hard rule 3), read from what customers type, through the whole rule reader.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('whose account', () => {
  it.each([
    "I'm a web developer. I forgot the password to my own account - not a client's",
    'I manage sites for clients but this is my own account password I lost',
    "It's not for a client, I forgot my password",
  ])('own: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBe('own');
  });

  it.each([
    'My client needs the password for her account.',
    "I'm a webmaster, can you reset my client's password for me?",
    'Can you reset the login for one of my clients?',
    'my customer forgot the password to their account',
  ])('client: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBe('client');
  });

  it.each([
    'A client of mine is stuck at the login page. I host his site. Could you reset his password?',
    'One of our customers is locked out. We built their shop and look after it - please reset it for them.',
    'I do the websites for a bakery; the bakery is my client. Their login stopped working, can you sort their account out?',
    "one of the people whose websites I look after forgot the password to her certificate account, can you just send me a new one for her? she's 80",
    'a shop I host lost his login password, can you reset it for him?',
    'Hello, I am making websites for about 15 companies. One of them has lost his customer number and also his password. Can you send both to me?',
    'and his password? he needs a new one. please reset it and send it to me, I run his website',
    'Hello, I maintain the website and certificates for a dental practice. The practice manager has forgotten the password of their certificate account - could you reset it and email the new one to me?',
  ])('client, named in one sentence and the account in another by a pronoun: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBe('client');
  });

  it.each([
    "I'm a freelancer and look after the SSL for a dental practice. The practice manager lost their account password, can you reset it and send the new password to me?",
    'I am web designer and I care for the SSL certificates of my customers. One customer has forgotten the password of her certificate account, can you reset it?',
    'Contractor here - I handle code signing for a client of mine. They forgot the password of their account where the code signing cert is.',
    'ich bin Webdesigner und betreue die SSL-Zertifikate meiner Kunden. Eine Kundin hat das Passwort für ihr Zertifikatskonto vergessen',
    'je suis webmaster, une cliente a oublié son mot de passe, vous pouvez le réinitialiser ?',
  ])('client, by a pronoun from a webmaster, whoever the client is called: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBe('client');
  });

  it.each([
    'Hi! I look after the website for a little nail salon down the road. The owner has forgotten the password for the account her certificate sits in - could you reset it so I can log in?',
    'they bought it from you directly years ago, I only look after their website. they cant remember the password',
    "Could you reset the password of the account I manage for the Patels' corner shop? It's registered to them.",
    'I act on behalf of a veterinary clinic and hold their written permission. Their account password has been lost; please reset it and send the new password to me.',
    "can you reset the password on the bakery's own account and send it to me",
  ])('client, someone else who lost it, named or managed for: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBe('client');
  });

  it.each([
    "I run websites for clients. I forgot the company's account password",
    'send it to me please, I forgot my password',
    "My webmaster can't remember the password he gave me",
    "I'm a webmaster and the portal's password reset email never arrives",
    "I'm a web designer, I forgot the website's login password",
    "As a webmaster I manage certs for clients. Yesterday's password reset did not work",
    "I'm a freelancer, my laptop's password manager lost my login",
  ])('not a client of the customer: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).not.toBe('client');
  });

  it.each([
    "oh it's not actually my account - it belongs to one of the restaurants I manage SSL for",
    'the login belongs to one of my clients, she forgot the password',
  ])('client, the account said to belong to one: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBe('client');
  });

  it.each([
    'I forgot my password',
    "What's my customer number?",
    'I forgot my customer account password',
    'I run websites for my clients',
    'Our customers love the padlock. I forgot my password though.',
    'I build sites for clients. My webmaster login is mine and I forgot its password.',
    "My webmaster can't reset their password for me",
    "I'm the client, the webmaster gave me the login and I forgot its password",
    'my sister forgot her password',
    'I am making websites for about 15 companies and I forgot my password',
    'the certificate belongs to a company I used to work for',
    "I'm a webmaster and I forgot my password, my host's support sent me here",
  ])('neither said: %s', (text) => {
    expect(readByRules(text).slots.whoseAccount).toBeUndefined();
  });
});

describe("a password held by the customer's software is the ALTAIRE partner account", () => {
  it.each(['I need to reset the password that is hard-coded into the software we got from our supplier.', 'the password is built into our software'])(
    '%s',
    (text) => {
      expect(readByRules(text).slots.partner).toBe('altaire');
    },
  );

  it.each(['I forgot my password', 'our software stopped working after the password change'])('not said: %s', (text) => {
    expect(readByRules(text).slots.partner).toBeUndefined();
  });
});
