// Classes found by the w44d/w46 conversations: a user name given by how it is used or alone as the
// answer, one identifier had and the other lost, a request outside the sources beside a pasted secret,
// "not the user name, the password", the code signing certificate's passphrase, and a webmaster's
// pushback for a client after a refusal (hard rule 5).
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';
import { redactSecrets } from '../../src/nlu/secrets.js';

describe('a user name given', () => {
  it.each(["I'm logging in as mark_t88 and it fails", 'Login failed for user dk_steel_77. Please try again.', 'sam_lee_1987'])(
    '%j says the customer knows it',
    (text) => expect(readByRules(text).slots.hasEmailOrUsername).toBe(true),
  );

  it.each(['ssl-4471', 'yes', 'no idea'])('%j says nothing of it', (text) => expect(readByRules(text).slots.hasEmailOrUsername).toBeUndefined());
});

describe('one identifier had, the other lost', () => {
  it.each([
    'I have my customer number, C-0091827, but forgot my user name',
    'I forgot my user name, I do have my customer number',
    'my username is fine, I lost my customer number',
  ])('%j is the user name recovery', (text) => expect(readByRules(text).needs).toEqual(['recover_username']));

  it('both had is no need of them', () => {
    expect(readByRules('customer number is 88310, I know my username, forgot the password').needs).toEqual(['reset_password']);
  });
});

describe('which half of the login', () => {
  it.each([
    ["It's the password, the user name dk_steel_77 is definitely right", ['reset_password']],
    ['not the username, the password', ['reset_password']],
    ['the username, not the password', ['recover_username']],
  ] as const)('%j', (text, needs) => expect(readByRules(text).needs).toEqual(needs));

  it.each(['how do i change the passphrase on my code signing cert?? also forgot my username lol', 'i need to change the passphrase on my code signing cert'])(
    "%j names the code signing certificate's password",
    (text) => expect(readByRules(text).needs).toContain('codesign_password'),
  );
});

it('a revocation asked beside a pasted passphrase goes to a person, the passphrase masked', () => {
  const read = readByRules("Key compromise - need cert serial 0x7D3A9E11C04B revoked asap. the private key passphrase was Qx!77rain and it's been leaked");
  expect(read.outsideSources).toBe(true);
  expect(read.containsSecret).toBe(true);
});

describe('hard rule 5: a reset pushed for the client after a refusal', () => {
  it('work done for her and "just reset it" is her account', () => {
    expect(readByRules('no that doesnt help at all. i set up EVERYTHING for her, she wouldnt know where to start. just reset it').slots.whoseAccount).toBe(
      'client',
    );
  });

  it.each(['we set up a login for him and now I forgot my password, reset it please', "he set it up for me and he's gone, just reset it"])(
    '%j is not said to be a client’s',
    (text) => expect(readByRules(text).slots.whoseAccount).toBeUndefined(),
  );
});

describe('identifiers pasted from the login page', () => {
  it.each(['Login page says: "The credentials you supplied are not valid. (AUTH-0x19)".', 'error ERR_0x80070005'])('%j keeps its error code', (text) =>
    expect(redactSecrets(text).redacted).toBe(text),
  );

  it('a password shaped like one is still masked after its cue', () => {
    expect(redactSecrets('my password is Auth-0x19!').containsSecret).toBe(true);
  });
});

describe('said in Dutch and by what is asked', () => {
  it('"Ik heb … een ISO-login voor de websitebouwer aangemaakt" is an owner who delegated', () => {
    const read = readByRules(
      'De certificaten zijn van ons bedrijf en ik beheer het account zelf. Ik heb destijds zelf een ISO-login voor de websitebouwer aangemaakt zodat hij ze kon verlengen.',
    );
    expect(read.slots.role).toBe('owner');
    expect(read.slots.delegated).toBe(true);
  });

  it('"how am I supposed to keep looking after my clients\' certificates now?" is the sign-on\'s loss', () => {
    expect(readByRules("my passwords are fine. How am I supposed to keep looking after my clients' certificates now?").needs).toEqual(['regain_access']);
  });
});
