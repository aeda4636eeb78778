// dialogs/agents.yaml, what agents read in Teams, against its declarations in src/handoff/agent-text.ts:
// every declared key exists, none is orphaned, no entry uses a placeholder its key is not given, and
// none of it reaches the customers' content. Also what the loader refuses, on small fixtures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadAgentContent, loadContent } from '../../src/content/load-content.js';
import { agentKeys, line, loadAgentText } from '../../src/handoff/agent-text.js';
import { ContentError } from '../../src/errors.js';
import { inProject } from '../../src/project-root.js';

describe('dialogs/agents.yaml', () => {
  it('has exactly the declared keys, and each says its text with the values it is given', () => {
    const text = loadAgentText();

    expect([...loadAgentContent().keys()].sort()).toEqual(Object.keys(agentKeys).sort());
    expect(text.say(line('agents.note.accepted', { agent: 'Anna Berg', firstName: 'Anna' }))).toBe(
      'Anna Berg accepted the case. What Anna writes in this thread goes to the customer.',
    );
    expect(text.say(line('agents.command.notDone', { reason: text.say(line('agents.refused.notHeld')) }))).toBe('Not done: you do not hold this case.');
  });

  it('fills a value once: braces an agent or a customer typed stay as typed', () => {
    expect(loadAgentText().say(line('agents.relay.notSent', { agent: '{reason}', reason: '{agent}' }))).toBe(
      '{reason}: your message was not sent to the customer: {agent}.',
    );
  });

  it('is not part of what customers can be told', () => {
    const customerKeys = [...loadContent(loadConfig({}).brand).keys()];

    expect(customerKeys.filter((key) => key.startsWith('agents.'))).toEqual([]);
  });
});

describe('loadAgentContent and agent text: what they refuse', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A dialogs folder holding the real agents.yaml changed by `edit`. */
  function withAgentsFile(edit: (yaml: string) => string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'agents.yaml'), edit(fs.readFileSync(inProject('dialogs/agents.yaml'), 'utf8')));
    return dir;
  }

  function problemsOf(dir: string): string[] {
    try {
      loadAgentText(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems;
    }
    expect.fail('the agents text was accepted');
  }

  it('accepts the real file copied as it is (the fixtures below each add one mistake to it)', () => {
    expect(() => loadAgentText(withAgentsFile((yaml) => yaml))).not.toThrow();
  });

  it('refuses a folder without agents.yaml', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-'));
    dirs.push(empty);

    expect(problemsOf(empty)).toEqual([expect.stringMatching(/no agents\.yaml/)]);
  });

  it('names a declared key that is missing', () => {
    const problems = problemsOf(withAgentsFile((yaml) => yaml.replace(/^agents\.noSuchCase:\n {2}text: .*\n/m, '')));

    expect(problems).toEqual(['agents.yaml: agents.noSuchCase is missing']);
  });

  it('names a key nobody declared', () => {
    const problems = problemsOf(withAgentsFile((yaml) => `${yaml}agents.note.forgotten:\n  text: Nobody says this.\n`));

    expect(problems).toEqual([expect.stringMatching(/^agents\.yaml: agents\.note\.forgotten is not declared/)]);
  });

  it('names a placeholder its key is not given', () => {
    const problems = problemsOf(
      withAgentsFile((yaml) => yaml.replace('text: The case is back in the queue.', 'text: "{agent} put the case back in the queue."')),
    );

    expect(problems).toEqual(['agents.yaml: agents.note.released: {agent} is not one of its placeholders (none)']);
  });

  it('refuses buttons or variants: agents answer with commands and the card’s own actions', () => {
    const problems = problemsOf(withAgentsFile((yaml) => yaml.replace('agents.help:\n', 'agents.help:\n  choices:\n    ok: OK\n')));

    expect(problems).toEqual([expect.stringMatching(/^agents\.yaml: agents\.help: .*choices/)]);
  });

  it('refuses a key defined twice', () => {
    const problems = problemsOf(withAgentsFile((yaml) => `${yaml}agents.noSuchCase:\n  text: Again.\n`));

    expect(problems).toEqual([expect.stringMatching(/^agents\.yaml: .*\b(unique|duplicate)/i)]);
  });
});
