// Answers to "do you still have the order number?", "did you make a login for anyone?" and the like, said of
// "it" with a hedge, a regret or where it is ("I think so", "can't find it anywhere", "afraid not"); and the
// account's e-mail known by which address it is ("it's registered to my work email").
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readAnswer } from '../../src/nlu/answers.js';
import { readByRules } from '../../src/nlu/rules.js';
import { normalise } from '../../src/nlu/text.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
const answerTo = (text: string) => readAnswer(normalise(text));

describe('an answer said of it', () => {
  it.each([
    'I think so',
    'I believe so, it would be on the invoice',
    'probably',
    'should do',
    'it should be in my inbox',
    "it's in the confirmation email",
    'somewhere in my emails yes',
    'I should have it',
    'that I do',
  ])('%j is yes', (text) => {
    expect(answerTo(text)).toBe('yes');
  });

  it.each([
    "can't find it anywhere",
    'lost it years ago',
    'deleted the email ages ago',
    "don't have it any more",
    'afraid not',
    'sadly not, the person who ordered it left',
    'not any more',
    'I doubt it',
    "it's long gone I'm afraid",
    'not that I know of',
    'unfortunately no',
  ])('%j is no', (text) => {
    expect(answerTo(text)).toBe('no');
  });

  it.each([
    ['Probably my fault, I think I mixed up my user name with my old work one', undefined],
    ["haven't a clue", 'unsure'],
    // Review: the trouble gone, not the thing asked about; where it was, not that it is had.
    ["it's gone now, the error message is gone", undefined],
    ["couldn't find it at first but then it was in spam, all good", undefined],
    ['deleted that old account, everything works now', undefined],
    ['It would be in the paperwork of my old boss, who left', undefined],
    ['we no longer have that warning', undefined],
    ['deleted the confirmation email but the order number is on the invoice', undefined],
    ["can't find that, but I remember the username", undefined],
    ["it's in the inbox of our old office manager", undefined],
  ] as const)('%j is %j (a hedge opening a story is no answer)', (text, answer) => {
    expect(answerTo(text)).toBe(answer);
  });
});

describe("the account's e-mail told by which address it is", () => {
  it.each([
    'the email on the account is my studio address',
    "it's the office address, I know it",
    'we use the office address for it',
    'my gmail is the one on the account',
  ])('%j knows the e-mail', async (text) => {
    const read = await understand(text);
    expect(read.slots.hasEmailOrUsername).toBe(true);
    expect(read.needs).toEqual([]);
  });

  it('"it\'s registered to my work email" knows it and loses no user name, whatever the models make of "registered"', async () => {
    const read = await understand("it's registered to my work email");
    expect(read.slots.hasEmailOrUsername).toBe(true);
    expect(read.needs).toEqual([]);
    expect(read.guessedNeed).toBeUndefined();
  });

  it.each([
    "it's not my work email",
    'is it registered to my work email or my private one?',
    "it's the email of a guy who left, no idea what it was",
    'the company is registered under the address in Leeds',
    'the email on the account is the problem, it belongs to someone who left',
    'It was set up with his email and he left years ago',
    'the account is registered to our office address in Leeds',
  ])('%j does not know it (denied, in doubt, a postal address, or the trouble)', async (text) => {
    expect((await understand(text)).slots.hasEmailOrUsername).not.toBe(true);
  });
});

describe('gone to look it up', () => {
  it.each(['hang on let me check', 'not sure... let me look', 'one sec, looking', 'ok let me try that and see', 'bear with me'])(
    '%j waits, answering nothing',
    (text) => {
      const read = readByRules(text);
      expect(read.lookingItUp).toBe(true);
      expect(read.answer).toBeUndefined();
    },
  );

  it.each([
    ['no, let me check the other account', 'no'],
    ["not sure, I don't think we ever had one", 'unsure'],
  ] as const)('%j still answers %j', (text, answer) => {
    const read = readByRules(text);
    expect(read.lookingItUp).toBeUndefined();
    expect(read.answer).toBe(answer);
  });

  it('"hold on, is this a bot?" asks about the bot, and does not wait', () => {
    expect(readByRules('hold on, is this a bot?').lookingItUp).toBeUndefined();
  });

  it('a need said beside it is no wait: "hang on, I also forgot my username"', () => {
    expect(readByRules('hang on, I also forgot my username').lookingItUp).toBeUndefined();
  });
});
