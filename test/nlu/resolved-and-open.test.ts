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

  it.each([
    "Thanks, that did it! New password's in and I can see all the certs again.",
    'Turns out the token PIN was on a sticky note in the safe. Signed the release fine, cheers.',
    'Reset came through. Logged in without a hitch. Thanks!',
    'nvm!! my colleague had the customer number in the onboarding doc, all sorted',
    "Please close my ticket from Monday about the retired sign-on. Our agency moved me to a normal account and it's fine now.",
  ])('%j, every sentence solved or thanks, states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['Our webmaster made me a certificate login and it has not worked since the change.', ['regain_access']],
    ['Got my customer number off the invoice so that is sorted, it is the password I am missing.', ['reset_password']],
    ['I can log in fine, both halves work. The certificate just is not in there though.', ['find_account']],
  ])('%j: a single sentence, or one still wanting something, is read', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('a sentence that says something stopped is not solved', () => {
    expect(needsOf('My son made me a certificate login. It stopped the day your change went through.')).toEqual(['regain_access']);
  });
});
