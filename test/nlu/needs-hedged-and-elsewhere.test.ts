// Needs said with a hedge ("I think it might be the password?"), certificates placed on someone else's or the wrong
// account, a password set by someone who has since gone, the password placed by the user name: what the customer lacks.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('the password named with a hedge', () => {
  it.each(['I think it might be the password?', "probably the password, I can't get in", 'must be my password, the username is right'])(
    '%j is the account password',
    (text) => {
      expect(needsOf(text)).toEqual(['reset_password']);
    },
  );

  it.each(['maybe it’s the password on the pfx', 'it might be the password for the token'])('%j is the file’s password', (text) => {
    expect(needsOf(text)).toEqual(['codesign_password']);
  });

  it.each(['must be the password for the signing certificate, signtool rejects it', 'it could be the password to unlock the pfx'])(
    '%j is no account password',
    (text) => {
      expect(needsOf(text)).not.toContain('reset_password');
    },
  );

  it('a password said to be fine is no need', () => {
    expect(needsOf('probably the password is fine, I just need my username')).toEqual(['recover_username']);
  });
});

describe('certificates on someone else’s or the wrong account', () => {
  it.each([
    "the certificates might be on my old boss's account",
    "I'm probably just looking in the wrong account",
    'we may have logged into the wrong account',
  ])('%j is finding the account', (text) => {
    expect(needsOf(text)).toEqual(['find_account']);
  });

  it.each([
    "I signed into the wrong account earlier, now I'm in the right one and everything's there",
    'How do I avoid looking in the wrong account next time?',
  ])('%j is no account to find', (text) => {
    expect(needsOf(text)).not.toContain('find_account');
  });
});

describe('a password set by someone who has gone', () => {
  it.each(['Password was set by our old IT guy, who left on bad terms.', 'the password got changed by our contractor who has since left'])(
    '%j is the password to reset',
    (text) => {
      expect(needsOf(text)).toEqual(['reset_password']);
    },
  );

  it.each([
    'the password was set by IT who left, but I have it written down and it works',
    'The password was set by me before I left for holiday and it works fine',
    'The token password was picked by our old admin who retired',
  ])('%j is no account password to reset', (text) => {
    expect(needsOf(text)).not.toContain('reset_password');
  });
});

describe('the password placed by the user name', () => {
  it.each(["Whatever goes with the username - that's what I've lost", 'forgot what goes with my username'])(
    '%j is the password, by the models too',
    async (text) => {
      expect((await understand(text)).needs).toEqual(['reset_password']);
    },
  );

  it.each(['I can’t remember the bit that goes with my email, and I also forgot the email', 'whatever goes with the username, I forgot both'])(
    '%j is both, the user name said lost too',
    async (text) => {
      expect([...(await understand(text)).needs].sort()).toEqual(['recover_username', 'reset_password']);
    },
  );

  it('both lost are both', async () => {
    expect([...(await understand('I lost the username and whatever goes with the username')).needs].sort()).toEqual(['recover_username', 'reset_password']);
  });
});

describe('a trouble denied with "it\'s not that…" is not the need', () => {
  it.each([
    ["It's not that I can't remember the username - the whole separate login for certificates is gone", ['regain_access']],
    ["it's not that I can't find the username, the password just won't work", ['reset_password']],
    ["it's not that I forgot the password, I never had the username", ['recover_username']],
  ])('%j reads %j, by the models too', async (text, needs) => {
    expect((await understand(text)).needs).toEqual(needs);
  });
});

describe('the user name nobody knows', () => {
  it.each([
    'The previous admin has gone and nobody knows the account ID to sign in with.',
    'Our bookkeeper retired and she was the only one who knew what we log in as.',
    'none of us remembers the username for the certificate account',
  ])('%j is the user name to recover', (text) => {
    expect(needsOf(text)).toEqual(['recover_username']);
  });
});

describe('certificates asked after by a pronoun', () => {
  it('"…I can log in, but there is empty inside. Where are they now?" is finding the account', () => {
    expect(
      needsOf('I pay for these certificates myself. After your change I can log in to the new account, but there is empty inside. Where are they now?'),
    ).toEqual(['find_account']);
  });
});
