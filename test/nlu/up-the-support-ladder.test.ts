// A person asked for as the next level of support: escalation, a tier or line of support, being handed
// to somebody, a supervisor. Not when it is turned down ("no need to pass me to a person").
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();

describe('a person asked for up the support ladder', () => {
  it.each([
    'escalate please. tier 2 if u have one',
    'Can you escalate this? The reset page keeps looping.',
    'put me through to second line support',
    'Please give me to somebody from your technical team',
    'get me a supervisor, this has taken all morning',
  ])('%j wants a person', (text) => {
    expect(needsOf(text)).toContain('human');
  });

  it.each([
    'No need to pass me to a person, just tell me which account the certificate is in.',
    "I don't want a manager, I want my token PIN reset.",
    'the error escalated quickly after the update',
    'the reset link sends me to your support page, which is empty',
  ])('%j wants no person', (text) => {
    expect(needsOf(text)).not.toContain('human');
  });
});
