// A problem told as already solved is not a need; what the message still wants is read from the rest.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('one problem solved, another still open', () => {
  it.each([
    ["The password reset worked, I'm in. Problem is the account is empty. Where did our certificates go?", ['find_account']],
    ["Managed to re-export the signing pfx with a new password, so that's done. What I still don't have is my username.", ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('solved, nothing else wanted', () => {
  it('"Password reset worked, thanks. I\'m in." states no need', () => {
    expect(needsOf("Password reset worked, thanks. I'm in. That's everything.")).toEqual([]);
  });

  it('a sentence that says something stopped is not solved', () => {
    expect(needsOf('My son made me a certificate login. It stopped the day your change went through.')).toEqual(['regain_access']);
  });
});
