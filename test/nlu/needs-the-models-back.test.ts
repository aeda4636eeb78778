// Of two needs the rules read, one the slot models all but rule out is a phrase read out of place and is
// dropped; every need stays when the customer counts or adds one, and a person asked for always stays.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('a second need the models do not back', () => {
  it.each([
    ['the login I had for the certificate portal disappeared after your update', 'regain_access'],
    ["I'm the agency. The certificate-only login we set up for our client disappeared when you retired the old sign-on.", 'regain_access'],
  ] as const)('%j is only %s, though the rules read two', async (text, need) => {
    expect(readByRules(text).needs.length).toBe(2);
    expect((await understand(text)).needs).toEqual([need]);
  });
});

describe('needs the customer counts or asks a person for stay', () => {
  it.each([
    [
      'two things: I can’t remember what goes in the first box on your login page, and signtool keeps asking for a password nobody here ever set',
      ['recover_username', 'codesign_password'],
    ],
    ["Two problems: forgot my password, and I don't know which account has our certificates", ['reset_password', 'find_account']],
    ['I forgot my password. I also need a person to look at my invoice', ['human', 'reset_password']],
  ] as const)('%j is %j', async (text, needs) => {
    expect((await understand(text)).needs).toEqual(needs);
  });
});
