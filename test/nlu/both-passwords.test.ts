// The account's password and the code-signing certificate's, both lost in one message: each is a need,
// when the customer counts both or names the account's by where it is used ("password for login in your portal").
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
const needsOf = async (text: string) => [...(await understand(text)).needs].sort();

describe('both passwords lost', () => {
  it.each([
    'Lost both: the login password for your site and the pfx password.',
    'I lost the password of the p12 file for code signing and also the password for my user in your portal.',
  ])('%j is both', async (text) => {
    expect(await needsOf(text)).toEqual(['codesign_password', 'reset_password']);
  });

  it.each([
    ['The pfx password is lost; the password for your portal works fine.', ['codesign_password']],
    ['I can log in with the password for your website, the code signing pfx password is what I lost.', ['codesign_password']],
  ] as const)('%j is only %j', async (text, needs) => {
    expect(await needsOf(text)).toEqual(needs);
  });
});

describe("the user name and a file's password lost together", () => {
  it.each([
    'Lost the username AND the .p12 password. Great start to Monday.',
    'forgot the pfx password and the username',
    'cant remember the user name or the keystore password',
  ])('%j is no login password', async (text) => {
    expect(await needsOf(text)).toEqual(['codesign_password', 'recover_username']);
  });

  it.each(['forgot my username and password', 'forgot username and password, and the pfx password too'])('%j still holds the login password', async (text) => {
    expect(await needsOf(text)).toContain('reset_password');
  });
});
