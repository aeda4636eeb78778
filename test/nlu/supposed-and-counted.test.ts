// A loss only supposed (someone else's, some day; who may ask for a reset; whether passwords run out) is a
// question about the process, not a need, unless trouble is told beside it. Things counted out ("One: my
// login name. Two: a human") are each a need; so is a user name asked for ("can I get my customer number").
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('a loss supposed, not told', () => {
  it.each([
    'I made a login for our web developer last spring. If he ever forgets his password, does he reset it himself?',
    'I look after SSL for a dozen client sites. When one of those clients resets their own account password, do I get notified?',
    'Could our bookkeeper request a password reset for me, or does it have to come from me?',
    'Do reset links expire after a day or so? Just planning ahead',
    'do passwords on your portal expire after a while?',
  ])('%j states no need', async (text) => {
    const read = await understand(text);
    expect(read.needs).toEqual([]);
    expect(read.guessedNeed).toBeUndefined();
  });

  it.each([
    ['If my developer forgets his password, can he reset it? He forgot it this morning and is locked out', ['reset_password']],
    ["my password expired, does the reset link expire too? I can't log in", ['reset_password']],
  ] as const)('%j tells trouble beside the supposition: %j', async (text, needs) => {
    expect((await understand(text)).needs).toEqual(needs);
  });
});

describe('things counted out, asked for, or taken back', () => {
  it.each([
    ['Two things. One: my login name. Two: a human to talk to.', ['human', 'recover_username']],
    ['First, the customer number. Second, the password for the account.', ['recover_username', 'reset_password']],
    ['need the login id and need a human. in that order', ['human', 'recover_username']],
    // Numbered: each number starts an item, when they count from one.
    [
      "Three things I'm stuck on: 1) user name for your site 2) the login password 3) the password for the code signing cert file",
      ['codesign_password', 'recover_username', 'reset_password'],
    ],
    ['two problems: 1. my username 2. the password', ['recover_username', 'reset_password']],
  ] as const)('%j is %j', async (text, needs) => {
    expect([...(await understand(text)).needs].sort()).toEqual([...needs].sort());
  });

  it('"…, or does that need an agent?" beside a user name asked for keeps the user name', async () => {
    expect((await understand('Can I get my customer number from you, or does that need an agent?')).needs).toContain('recover_username');
  });

  it.each([
    ['Thank you, it is working now with export. Back to my second question, the username.', 'recover_username'],
    ['moving on to the code signing password', 'codesign_password'],
  ] as const)('%j turns to %s', async (text, need) => {
    expect((await understand(text)).needs).toEqual([need]);
  });

  it.each([
    'I went back to the login page',
    'now to the account number, I found it in the invoice',
    'we went onto the password screen and it accepted it',
    'and now the token pin works too',
  ])('%j turns to no need (another sense of "back to", or turned to as fine)', (text) => {
    expect(readByRules(text).needs).toEqual([]);
  });

  it('numbers that do not count from one are no list: "I have 2 accounts and 1 password"', async () => {
    expect((await understand('I have 2 accounts and 1 password')).needs).toEqual([]);
  });

  it('a user name asked back in working order is no request for it', async () => {
    expect((await understand('can we get the username working again? it says invalid user')).needs).not.toContain('reset_password');
  });
});

describe('review: what the suppositions, lists and requests must not swallow', () => {
  it.each([
    ["Can my assistant request a password reset? I'd like to talk to a person", 'human'],
    ['Do passwords expire? Please reset mine', 'reset_password'],
    ['Can my PA request a password reset? It is urgent, our shop is down', 'reset_password'],
    ['When my developer changes the password, do I get an email? I would like to speak to a human about it', 'human'],
  ] as const)('%j still reads %s', async (text, need) => {
    expect((await understand(text)).needs).toContain(need);
  });

  it.each([
    ['I forgot my password. First an agent told me to wait 24 hours', ['reset_password']],
    ["My password won't work. 1 the username I use is my email", ['reset_password']],
    ['Can we get our customer number on the invoice?', []],
    ['Can I get my username updated to my new email?', []],
    ['I want to talk to someone, or does it need a human anyway', ['human']],
  ] as const)('%j is %j by the rules', (text, needs) => {
    expect(readByRules(text).needs).toEqual(needs);
  });
});

it('a person asked for beside a pasted password is read by the rules, not left to the models', () => {
  expect(readByRules('just put me through to a human please. account is JSmith_2019 and the password I use is Vx4$tRq8nZ, they can check it').needs).toEqual([
    'human',
  ]);
});
