// What a scripted conversation expects: its outcome reached at some point, or, where it lists them, exactly
// the outcomes it names in that order, so a wrong first answer that a later turn corrects still fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, reachedExpectedOutcomes, readConversations, type ScriptedConversation } from '../../scripts/corpus.js';

const conversation = (fields: Partial<ScriptedConversation>): ScriptedConversation => ({
  id: 'c',
  turns: ['hi'],
  expectOutcome: 'reset-reseller',
  mustNotContain: [],
  ...fields,
});

describe('reachedExpectedOutcomes', () => {
  it('asks only for the outcome somewhere when no sequence is given', () => {
    expect(reachedExpectedOutcomes(conversation({}), ['reset-web-host', 'reset-reseller'])).toBe(true);
    expect(reachedExpectedOutcomes(conversation({}), ['reset-web-host'])).toBe(false);
  });

  it('asks for exactly the listed outcomes, in order, when a sequence is given', () => {
    const twoNeeds = conversation({ expectOutcomes: ['codesign-password', 'reset-reseller'] });
    expect(reachedExpectedOutcomes(twoNeeds, ['codesign-password', 'reset-reseller'])).toBe(true);
    expect(reachedExpectedOutcomes(twoNeeds, ['reset-reseller', 'codesign-password'])).toBe(false);
    expect(reachedExpectedOutcomes(conversation({ expectOutcomes: ['reset-reseller'] }), ['reset-web-host', 'reset-reseller'])).toBe(false);
    expect(reachedExpectedOutcomes(twoNeeds, ['codesign-password', 'reset-reseller', 'handoff'])).toBe(false);
  });
});

describe('readConversations', () => {
  it('refuses a sequence that leaves out the expected outcome, naming the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conversations-'));
    const file = path.join(dir, 'c.json');
    fs.writeFileSync(file, JSON.stringify([conversation({ expectOutcomes: ['reset-web-host'] })]));
    expect(() => readConversations(file)).toThrow(CorpusError);
    expect(() => readConversations(file)).toThrow(/expectOutcomes: expectOutcomes must include expectOutcome/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
