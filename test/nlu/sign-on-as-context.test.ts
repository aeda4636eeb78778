// The retired sign-on named at length with nothing failing and nothing asked of it is context, not the
// need to regain access; named in a short answer, or with anything lost, out of reach or asked, it is.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => readWithRules(text).understanding.needs;

describe('the sign-on named as context', () => {
  it.each([
    'our IT provider mentioned the sign-on change in their newsletter, so heads up I guess',
    'Funny, my accountant brought up your independent sign-on change over lunch today, small world',
    'The announcement about retiring the ISO login was clear, thanks for that.',
    'our host mentioned the sign-on change in their newsletter, so heads up',
  ])('%j reads no need', (text) => {
    expect(needsOf(text)).not.toContain('regain_access');
  });
});

describe('the sign-on as the need', () => {
  it.each([
    'the old ISO login',
    'it is the independent sign-on',
    'my independent sign-on was retired last week',
    'I made an ISO account for our contractor years ago. Will they be cut off?',
    'since the sign-on change our designer has had no way into the certificates',
    'the independent signon page just loops back to itself',
    'where is the new login for people who used the ISO login before',
    'The sign-on is retired, ok, but my certificates were in it - how to get them?',
    'can I still use my ISO login to manage the certificates after the change?',
    'We had an independent sign-on that our web designer set up for us years ago, for the certificates',
    'did the ISO sign-in get turned off today? mine just spins and then drops me',
    'you retired my ISO account and now the site wants a customer number I never had',
    'our clients certificates vanished from our login when you scrapped the independent sign-on',
  ])('%j is the retired sign-on', (text) => {
    expect(needsOf(text)).toContain('regain_access');
  });
});
