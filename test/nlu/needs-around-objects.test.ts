// Needs said around their object rather than by name: not having been told the user name, and a
// certificate missing from an account the customer can get into.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('not knowing the user name or customer number is asking for it', () => {
  it.each([
    'our IT contractor set everything up and nobody here was ever told the login name',
    "I've got the password but what I'm missing is the account number",
    'the hosting firm never passed on our customer number',
    'none of us remembers the user id for the certificate account',
  ])('"%s" reads recover_username', async (text) => {
    expect((await understand(text)).needs).toContain('recover_username');
  });

  it('not needing the user name is no need for it', async () => {
    expect((await understand("I don't need my username, it's the password I forgot")).needs).toEqual(['reset_password']);
  });
});

describe('a certificate missing from an account the customer gets into', () => {
  it.each([
    'I can log in just fine but the dashboard is empty, and our shop still shows your SSL certificate',
    'When I log in I only see two certificates; where are the other ones?',
  ])('"%s" reads find_account', async (text) => {
    expect((await understand(text)).needs).toContain('find_account');
  });

  it('an empty dashboard after failing to log in is no such case', async () => {
    expect((await understand("I can't log in, and last time the dashboard was empty anyway")).needs).not.toContain('find_account');
  });
});

describe("the login page's two halves, described", () => {
  it.each(['which name am I supposed to sign in under?', 'no idea what to type above the password', 'the upper field is the part I never knew'])(
    '"%s" reads recover_username',
    (text) => {
      expect(readByRules(text).needs).toContain('recover_username');
    },
  );

  it.each(['the bottom box is what it keeps rejecting', 'what goes after my email on your login page? I forgot it'])('"%s" reads reset_password', (text) => {
    expect(readByRules(text).needs).toContain('reset_password');
  });
});

describe('a certificate file that will not open with its password', () => {
  it.each([
    "the pfx won't open, it says the password is wrong",
    'our keystore file refuses the passphrase we wrote down',
    'got the p12 from a colleague, it will not import - bad password',
  ])("%j is the certificate's password, not the account's", (text) => {
    expect(readByRules(text).needs).toEqual(['codesign_password']);
  });
});

describe("the account's password said fine, the certificate's asked for", () => {
  it.each([
    'the account password is fine, i need the password of the code signing certificate',
    'login password I have already. the password protecting our code signing certificate is lost',
  ])("%j is the certificate's password", (text) => {
    expect(readByRules(text).needs).toEqual(['codesign_password']);
  });
});

describe('the account password said to work, the certificate\'s asked for by "the … one"', () => {
  it.each(['the account password works, no problem there. I need the code signing password.', 'login password i have it, only the code signing one is lost'])(
    "%j is only the certificate's password",
    (text) => {
      expect(readByRules(text).needs).toEqual(['codesign_password']);
    },
  );
});

describe('a half of the login named by its place or its use', () => {
  it.each([
    ['the user name goes in fine, it is the field underneath that keeps refusing', ['reset_password']],
    ['The box right below the username wants a word nobody ever gave us', ['reset_password']],
    ['after a browser reset I lost the secret for your login; I still know my ID', ['reset_password']],
    ['I know the password, but what I log in as has slipped my mind', ['recover_username']],
    ['Please advise the account identifier for our firm, we only hold the password', ['recover_username']],
    ['the second field not accept what i type', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(readByRules(text).needs).toEqual(needs);
  });

  it('a box under something else is not the password', () => {
    expect(readByRules('the box under the address field is where my order number goes').needs).toEqual([]);
  });
});

describe('values offered with doubt', () => {
  it.each([
    ['the password is probably Tulip2019 or Tulip2020, neither gets me in', ['reset_password']],
    ['my username might be ops_team or ops.team, I cannot remember which one', ['recover_username']],
    ['I believe the login is either k.oneill or koneill, but I forgot the password', ['reset_password']],
    ['what was the password again... no idea', ['reset_password']],
    ["can't remember which customer number we signed up with", ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(readByRules(text).needs).toEqual(needs);
  });

  it('"the username or the password, not sure which" is still doubt between two things', () => {
    expect(readByRules("it's either the username or the password that's wrong, not sure which").needs).toEqual([]);
  });
});
