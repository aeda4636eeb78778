// `npm run chat` as a person uses it: a real process, numbered buttons, typed answers.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toInput } from '../../src/cli/chat.js';

describe('terminal chat', () => {
  it('maps a number to the button of that number and sends anything else as typed', () => {
    const buttons = ['Through my web host', 'Through a reseller'];

    expect(toInput('2', buttons)).toEqual({ type: 'message', text: 'Through a reseller' });
    expect(toInput('9', buttons)).toEqual({ type: 'message', text: '9' });
    expect(toInput('we paid our host', buttons)).toEqual({ type: 'message', text: 'we paid our host' });
  });

  it('runs the same bot in a terminal: numbered choices lead to an outcome', { timeout: 30_000 }, () => {
    const run = spawnSync('node_modules/.bin/tsx', ['src/cli/chat.ts'], {
      input: '3\n3\n2\nquit\n',
      encoding: 'utf8',
      timeout: 25_000,
    });

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1\. I can't get to my certificates/);
    expect(run.stdout).toContain('(outcome: reset-epki-ticket)');
    expect(run.stdout).toContain('Did that solve it?');
  });
});
