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
    'Tier 3 please',
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
    'Does the enterprise plan come with second line support? It is not in the price list.',
    "There's no need to escalate this, the password works again.",
    "I'll escalate it internally first, thanks for the PIN advice.",
    'I was put through to second line support last time. Today it is only my username I cannot remember.',
    'Could you give us a manager role on the account? A colleague has to approve orders.',
    "You don't need to get me a supervisor, it is sorted now.",
  ])('%j wants no person', (text) => {
    expect(needsOf(text)).not.toContain('human');
  });
});
