// Facts said by what happened rather than by their names: a reseller by the order link it sent and the
// money it asked for, an affiliate by the blog or video whose link led to paying Example CA, an owner by
// buying or handling the certificates personally, a login made for a helper by setting them up with
// access, and none made by "nobody else ever had a login from me".
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const slots = (text: string) => readByRules(text).slots;

describe('how it was bought, by what happened', () => {
  it.each([
    'some guy on a forum sold us a cheap one, he emailed us an order link and we paid him, not you',
    'The agency that built our site sent us an order link and we paid them for the certificate, not you',
    'A chap from our IT supplier emailed us a link to place the order and then sent an invoice',
    'the renewal invoices come from Tillbrook Digital, not from you',
  ])('reseller: %j', (text) => expect(slots(text).customerType).toBe('reseller'));

  it.each([
    'I was reading a blog post comparing SSL providers, clicked the link to yours and paid by card',
    'clicked through from one of those top 5 cheapest certificates articles and bought it on your site',
    'a YouTube tutorial had a link in the description with a discount, I followed it and paid you',
  ])('affiliate: %j', (text) => expect(slots(text).customerType).toBe('affiliate'));

  it.each([
    'you sent me a reset link but it expired, I paid for the cert last year',
    'your tutorial has a link to the login page, I bought it directly',
    'the link in your email about the change does not work',
  ])('not a reseller or an affiliate: %j', (text) => expect(['direct', undefined]).toContain(slots(text).customerType));
});

describe('an owner, by buying or handling the certificates personally', () => {
  it.each([
    "I've bought certificates for my three shops myself and I can't tell which customer account each one is in",
    'I look after the certs for my three shops personally, always have.',
    'I do myself all the certificates for my practice',
  ])('owner: %j', (text) => expect(slots(text).role).toBe('owner'));

  it.each(['I buy the certificates for my clients myself', "I'm a webmaster, I bought the certs for my clients myself"])('webmaster: %j', (text) =>
    expect(slots(text).role).toBe('webmaster'),
  );
});

describe('a login made for a helper, or none', () => {
  it.each([
    "Our daughter-in-law does the website and I set her up with access to the SSL a while back. Now she can't get in",
    'For our web agency I have created one user so they can make the renewals of the certificates.',
    'I set the agency up with a login last year, it stopped working after the change',
  ])('made: %j', (text) => expect(slots(text)).toMatchObject({ role: 'owner', delegated: true }));

  it.each([
    'I buy them myself, and I never give any login to other person.',
    "They're mine, I bought them for my own consultancy and manage them on my own; no one else ever had a login from me.",
  ])('none made: %j', (text) => expect(slots(text)).toMatchObject({ role: 'owner', delegated: false }));

  it('a webmaster set up with access by the client made no login for anyone: "I\'m the web designer, the client set me up with access"', () => {
    expect(slots("I'm the web designer, the client set me up with access")).toMatchObject({ role: 'webmaster' });
    expect(slots("I'm the web designer, the client set me up with access").delegated).toBeUndefined();
  });
});
