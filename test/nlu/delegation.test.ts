// A login an owner made for their helper, or none made for anyone (src/nlu/delegation.ts beside the
// phrases in roles.ts): granting verbs, what was granted and who got it, in either order.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const slots = (text: string) => readByRules(text).slots;

describe('a login granted to a helper: an owner who delegated', () => {
  it.each([
    'i added the designer as a user when we redid the site, now my own password is gone',
    'Gave the web agency a sub-login so they could renew. Which account is the wildcard in?',
    'We bought it ourselves, and created a user on the account for the contractor who signs our builds.',
    'I granted our outside IT firm a login of their own last spring.',
    'Our webmaster signs in with credentials I made for him, and since Monday they are refused.',
    'I make for my web programmer one user in the account, now his user is not working',
    'I am owner of small hotel, the certificates is mine. Before I make a second login (this ISO one) for the boy who make our website so he can renew.',
  ])('%j', (text) => {
    expect(slots(text)).toMatchObject({ role: 'owner', delegated: true });
  });
});

describe('a grant denied, asked about, or made for staff', () => {
  it.each([
    "No sub-logins, no extra users, nothing like that. It's my certificate.",
    "I've not handed out any logins, not to the designer, not to anyone.",
    'No, I did NOT make a login for the developer; he used his own account',
    'The certificates are from me, I manage them alone, nobody other have a login from me',
    'no one besides me has a login',
  ])('%j says no login was made', (text) => {
    expect(slots(text).delegated).toBe(false);
  });

  it.each([
    'Should I make a separate login for the agency that builds our site?',
    'could we add our freelancer as a user on the account?',
    'I set up a user for Priya, our in-house developer.',
  ])('%j says nothing of a login made for a helper', (text) => {
    expect(slots(text).delegated).not.toBe(true);
  });
});

describe('a login granted to a helper named before, by pronoun', () => {
  it('"my daughter does the website, so I made her a login" is an owner who delegated', () => {
    const read = slots('My daughter does the website for my salon, so I made her a login on my account. They are my certs.');
    expect(read.delegated).toBe(true);
    expect(read.role).toBe('owner');
  });

  it.each([
    'The agency that runs our site says the ISO login I made for them has stopped working since your change',
    'our designer is great, I created a separate login for him last year',
  ])('%j: the login named before the pronoun it was made for', (text) => {
    expect(slots(text)).toMatchObject({ role: 'owner', delegated: true });
  });

  it('a pronoun with no helper named says nothing', () => {
    expect(slots('I made her a login last year and now I forgot my password').delegated).not.toBe(true);
  });
});
