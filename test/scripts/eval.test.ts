// `npm run eval` on the development corpus with the target thresholds, and its failure modes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSplits, readProjectConversations, readUtterances, splitFile } from '../../scripts/corpus.js';
import { knownConversationFailures } from '../support/known-conversation-failures.js';

const conversationCount = readProjectConversations().length;
const conversationsReached = conversationCount - Object.keys(knownConversationFailures).length;

// Reading the whole corpus takes a minute on a 2-CPU machine, and more when the model is not trained yet
// (tests in parallel may not have left it in dist/): the run is given four.
function evalRun(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/eval.ts', ...args], { encoding: 'utf8', timeout: 240_000 });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, last: lines.at(-1) ?? '' };
}

describe('npm run eval', () => {
  // One run of the whole corpus serves both sides of its thresholds: none of its splits reads every slot
  // perfectly, and every scripted conversation reaches its outcome.
  // Every tenth message of each split: the whole corpus took two of CI's fifteen minutes, and the splits
  // are read, reported and judged the same way whatever their size.
  it('with no file, reports each split apart, judges the thresholds on every split and on the conversations', { timeout: 300_000 }, () => {
    // The conversations' threshold is what they reach now: all but the known failures.
    const reachedShare = (Math.floor((conversationsReached / conversationCount) * 1e6) / 1e6).toString();
    const run = evalRun('--every', '10', '--min-slot-accuracy', '1', '--min-conversations', reachedShare);

    expect(run.stderr).toBe('');
    for (const split of corpusSplits) expect(run.stdout).toContain(`utterances (${split}): ${Math.ceil(readUtterances(splitFile(split)).length / 10)}\n`);
    expect(run.stdout).toMatch(/need confusion/);
    expect(run.last).toMatch(
      new RegExp(`^eval: train slots min .*dev slots min .*test slots min .*conversations ${conversationsReached}/${conversationCount} .*: FAIL \\(`),
    );
    for (const split of corpusSplits) expect(run.last).toMatch(new RegExp(`[(;] ${split} \\w+ \\d+\\.\\d% < 100\\.0%`));
    expect(run.last).not.toMatch(/conversations [\d.]+% </);
    expect(run.status).toBe(1);
  });

  it('passes and exits 0 when every threshold is met', { timeout: 60_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
    const file = path.join(dir, 'utterances.jsonl');
    const line = {
      text: 'I forgot my password',
      need: 'reset_password',
      role: null,
      delegated: null,
      customerType: null,
      partner: null,
      product: null,
      hasOrderNumber: null,
      containsSecret: false,
    };
    fs.writeFileSync(file, `${JSON.stringify(line)}\n`);

    const run = evalRun('--utterances', file, '--min-slot-accuracy', '1', '--min-need-f1', '0.5');

    expect(run.stderr).toBe('');
    expect(run.last).toMatch(/^eval: slots min 100\.0% \(\w+\), need macro-F1 [\d.]+: PASS$/);
    expect(run.status).toBe(0);
  });

  it('exits 1 and says which threshold failed when a conversation misses its outcome', { timeout: 60_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
    const file = path.join(dir, 'conversations.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 'wrong-expectation', turns: ['agent please'], expectOutcome: 'reset-epki-self', mustNotContain: [] }]));

    const run = evalRun('--conversations', file, '--min-conversations', '1');

    expect(run.status).toBe(1);
    expect(run.last).toMatch(/^eval: conversations 0\/1 \(0\.0%\): FAIL \(conversations 0\.0% < 100\.0%\)$/);
  });

  it('exits 2 and names the option when --every is not a whole number', { timeout: 60_000 }, () => {
    const run = evalRun('--every', '0.5');

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--every must be a whole number/);
  });

  it('exits 2 with the line and field when a file is malformed', { timeout: 60_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
    const file = path.join(dir, 'utterances.jsonl');
    fs.writeFileSync(file, '{"text": "hi", "need": null}\n');

    const run = evalRun('--utterances', file);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/utterances\.jsonl:1: .*role/);
  });
});
