// Needs said without their usual words, and remarks that state none: one half of the login had and
// the other not, a person asked for beside another need, something done with no trouble after it.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

describe('one half of the login had, the other not', () => {
  it.each([
    ['I know my password but not my user name', 'recover_username'],
    ['never mind the customer number, I still cannot remember the password', 'reset_password'],
    ['Bought direct. Forgot pass. Have the order number.', 'reset_password'],
  ])('%j is %s', (text, need) => {
    expect(readWithRules(text).understanding.needs).toEqual([need]);
  });
});

describe('a person asked for beside another need', () => {
  it.each([
    "I'd like an agent, the PIN of our signing token is lost",
    'which account are the certs in? can one of your colleagues look?',
    'could a person help me get my user name back?',
  ])('%j asks for a person as well', (text) => {
    const needs = readWithRules(text).understanding.needs;
    expect(needs[0]).toBe('human');
    expect(needs.length).toBe(2);
  });
});

describe('something done, told with no trouble', () => {
  it('"we updated our password on monday" states no need', () => {
    expect(readWithRules('we updated our password on monday').understanding.needs).toEqual([]);
  });

  it('with trouble after it, it is the need', () => {
    expect(readWithRules('I changed my password last week and now it says wrong password').understanding.needs).toEqual(['reset_password']);
  });
});
