// dialogs/ against the machines and src/: every key said exists, none is orphaned, every placeholder is
// filled, every question has buttons, and the content keeps DOMAIN.md's hard rules. Also what
// loadContent refuses, on small fixtures written to a temporary directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { machineKeys } from '../../machines/keys.js';
import { loadConfig } from '../../src/config.js';
import { loadContent, runtimePlaceholders, type Content } from '../../src/content/load-content.js';
import { systemKeys } from '../../src/content/system-keys.js';
import { ContentError } from '../../src/errors.js';

const values = loadConfig({}).brand;
const content: Content = loadContent(values);
const contentKeys = [...content.keys()];
const declaredKeys: readonly string[] = [...machineKeys, ...systemKeys];

/** Every string a customer can see for a key: its text and its button labels. */
const shownStrings = (key: string): string[] => {
  const entry = content.get(key);
  return entry ? [entry.text, ...Object.values(entry.choices ?? {})] : [];
};

/** Keys whose entries contain `pattern` in their text or a button label. */
const keysShowing = (pattern: RegExp): string[] => contentKeys.filter((key) => shownStrings(key).some((shown) => pattern.test(shown))).sort();

/** The moments where a machine asks a closed question (and so acts on the button the customer picks). */
const isQuestionKey = (key: string): boolean => {
  const moment = key.split('.').slice(1).join('.');
  return /^ask[A-Z]/.test(moment) || /^offerNext\./.test(moment) || ['clarifyLogin', 'didItSolve', 'notSolved', 'unknownType'].includes(moment);
};

describe('dialogs: keys', () => {
  it('has an entry for every key a machine or src/ may say', () => {
    const missing = declaredKeys.filter((key) => !content.has(key));

    expect(missing, 'declared in machines/keys.ts or src/content/system-keys.ts but not in dialogs/').toEqual([]);
  });

  it('has no orphaned entries: every key in dialogs/ is declared', () => {
    const orphaned = contentKeys.filter((key) => !declaredKeys.includes(key));

    expect(orphaned, 'in dialogs/ but declared in neither machines/keys.ts nor src/content/system-keys.ts').toEqual([]);
  });

  it('declares no key twice', () => {
    const twice = declaredKeys.filter((key, index) => declaredKeys.indexOf(key) !== index);

    expect(twice).toEqual([]);
  });
});

describe('dialogs: what the customer sees', () => {
  it('leaves no configuration {placeholder} unfilled in any text or button label', () => {
    const unfilled = contentKeys.flatMap((key) =>
      shownStrings(key)
        .flatMap((shown) => shown.match(/\{\s*[\w.-]+\s*\}/g) ?? [])
        .filter((placeholder) => !runtimePlaceholders.has(placeholder.slice(1, -1).trim()))
        .map((placeholder) => `${key}: ${placeholder}`),
    );

    expect(unfilled).toEqual([]);
  });

  it('gives every question buttons to answer with', () => {
    const questions = contentKeys.filter(isQuestionKey);
    const withoutChoices = questions.filter((key) => Object.keys(content.get(key)?.choices ?? {}).length === 0);

    expect(questions).toEqual(expect.arrayContaining(['triage.askNeed', 'triage.clarifyLogin', 'common.didItSolve', 'reset.unknownType']));
    expect(questions.filter((key) => key.includes('.offerNext.'))).toHaveLength(5);
    expect(withoutChoices, 'questions without choices').toEqual([]);
  });

  it('never asks the customer for a password', () => {
    const asking = keysShowing(/\b(send|tell|give|type|share|enter|provide)( me| us)? (your|the) password\b/i);

    expect(asking).toEqual([]);
  });

  it('sends customers to the forgotten-password link only from reset.directSelf', () => {
    // With the default configuration this also catches {forgottenPasswordUrl} (…/forgotten-password).
    expect(keysShowing(/forgotten[\s-]password/i)).toEqual(['reset.directSelf']);
  });

  it('sends customers to the password reminder only from reset.epkiSelf', () => {
    // With the default configuration this also catches {passwordReminderUrl} (…/password-reminder).
    expect(keysShowing(/password[\s-]reminder/i)).toEqual(['reset.epkiSelf']);
  });
});

describe('loadContent: what it refuses', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A dialogs folder with the given files (name → YAML text). */
  function dialogsDir(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogs-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  /** The problems loadContent reports for `dir`; fails the test when it does not throw a ContentError. */
  function problemsOf(dir: string): string[] {
    try {
      loadContent({ brand: 'Example CA' }, dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems;
    }
    expect.fail('loadContent accepted invalid content');
  }

  const good = ['demo.hello:', '  text: Hello from {brand}.', '  choices:', '    "yes": Yes', '    "no": No', ''].join('\n');

  it('accepts a well-formed folder (the fixtures below each add one mistake to it)', () => {
    const loaded = loadContent({ brand: 'Example CA' }, dialogsDir({ 'demo.yaml': good }));

    expect(loaded.get('demo.hello')).toEqual({ text: 'Hello from Example CA.', choices: { yes: 'Yes', no: 'No' } });
  });

  it('rejects a key defined twice in one file', () => {
    const problems = problemsOf(dialogsDir({ 'demo.yaml': `${good}demo.hello:\n  text: Hello again.\n` }));

    expect(problems).toEqual([expect.stringMatching(/^demo\.yaml: .*\b(unique|duplicate)/i)]);
  });

  it('rejects a key defined in two files', () => {
    const problems = problemsOf(dialogsDir({ 'a.yaml': good, 'b.yaml': 'demo.hello:\n  text: Hello from b.\n' }));

    expect(problems).toEqual([expect.stringMatching(/b\.yaml: demo\.hello .*already defined/)]);
  });

  it('rejects an unknown placeholder, naming it', () => {
    const problems = problemsOf(dialogsDir({ 'demo.yaml': `${good}demo.bye:\n  text: Write to {nobodyKnowsThis}.\n` }));

    expect(problems).toEqual([expect.stringMatching(/demo\.yaml: demo\.bye: unknown placeholder \{nobodyKnowsThis\}/)]);
  });

  it('rejects an unknown placeholder in a button label', () => {
    const problems = problemsOf(dialogsDir({ 'demo.yaml': `${good}demo.pick:\n  text: Pick one.\n  choices:\n    one: Call {nobodyKnowsThis}\n` }));

    expect(problems).toEqual([expect.stringMatching(/demo\.pick: unknown placeholder \{nobodyKnowsThis\}/)]);
  });

  it('rejects an entry without text', () => {
    const problems = problemsOf(dialogsDir({ 'demo.yaml': `${good}demo.mute:\n  choices:\n    "yes": Yes\n` }));

    expect(problems).toEqual([expect.stringMatching(/demo\.yaml: demo\.mute\.text: /)]);
  });
});
