// One half of the login contrasted with the other ("I forgot the password, not the username"), having asked
// about ("Where would I have my customer number?"), the password said missing beside a user name had, and a
// password said right and unchanged while the retired sign-on is blamed.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
/** The needs read, or the one the bot would confirm ("did you mean…?") when the models are less sure. */
const needsRead = async (text: string) => {
  const read = await understand(text);
  return read.needs.length > 0 ? [...read.needs].sort() : read.guessedNeed ? [read.guessedNeed] : [];
};

describe('one half lost and the other denied after it', () => {
  it.each([
    ["it's the password I forgot, not the username", 'reset_password'],
    ['I forgot the password, not the username', 'reset_password'],
    ['I forgot the password but not the username', 'reset_password'],
    ['password lost (not the username)', 'reset_password'],
    ['I lost my username, not my password', 'recover_username'],
  ])('%j is only %s', async (text, need) => {
    expect(await needsRead(text)).toEqual([need]);
  });

  it.each([
    ['I have the password but not the username', 'recover_username'],
    ["I've got the username, just not the password", 'reset_password'],
    ['I forgot the password, not the username or the email either way', 'reset_password'],
  ])('%j: the half lacking is still the need', async (text, need) => {
    expect(await needsRead(text)).toContain(need);
  });
});

describe('having asked about is not having', () => {
  it.each(['Where would I have my customer number?', 'where do I have my username written, do you know?'])('%j keeps the user name open', (text) => {
    expect(readWithRules(text).needsRuledOut).not.toContain('recover_username');
  });

  it.each(['I have my customer number, the password is what I lost', 'If needed I have my customer number. I forgot my password.'])(
    '%j still rules the user name out',
    (text) => {
      expect(readWithRules(text).needsRuledOut).toContain('recover_username');
    },
  );
});

describe('the password missing beside the user name had', () => {
  it.each(['got the user name, missing the password', "we're missing our password for the account"])('%j is the password', async (text) => {
    expect(await needsRead(text)).toEqual(['reset_password']);
  });

  it.each(['Got the password, missing the username.', 'My certificate is missing from the dashboard even though I logged in with my password.'])(
    '%j: something else missing is no password',
    async (text) => {
      expect(await needsRead(text)).not.toContain('reset_password');
    },
  );
});

describe('the password right and unchanged while the sign-on is blamed', () => {
  it.each([
    "my password is in our vault and hasn't changed, but since your sign-on change it gets refused. I have not forgotten it",
    "the password for the old certificate login doesn't work anymore, I haven't changed it",
    "Username and password are both right. The page says this kind of sign-in isn't accepted any more.",
  ])('%j is the retired login, not a reset', async (text) => {
    expect(await needsRead(text)).toEqual(['regain_access']);
  });

  it.each([
    "my password hasn't changed but now it says incorrect",
    "We used to have a separate login for each certificate. Now I forgot my account password, I never changed it since setup and now I can't remember it.",
    'If my username and password were correct it would let me in, so I must have forgotten the password.',
    'My email and password were both correct until yesterday, now it says wrong password.',
  ])('%j is still the password', async (text) => {
    expect(await needsRead(text)).toContain('reset_password');
  });
});

describe('one thing taken back, and a second told by someone else', () => {
  it.each([
    ["Forget what I said about the password, it's the login name I'm missing.", ['recover_username']],
    ['Ignore what I said about the username, the password is what I lost', ['reset_password']],
    [
      "Our staff developer who signs our builds says the token PIN is rejected, and he also can't log into the account because the password is wrong.",
      ['codesign_password', 'reset_password'],
    ],
  ])('%j is %j', async (text, needs) => {
    expect(await needsRead(text)).toEqual(needs);
  });
});
