// The slot models' machinery on a small set written here: negation scope, learning, the model file
// (same readings after a reload, retrained when the examples change), and no corpus at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { scopedWords } from '../../src/nlu/features.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classifier-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const blank = { role: null, delegated: null, customerType: null, partner: null, product: null, hasOrderNumber: null, containsSecret: false };
const lines = (rows: object[]) => rows.map((row) => JSON.stringify({ ...blank, ...row })).join('\n');
const examples = [
  ...['i forgot my password', 'reset my account password please', 'my login password stopped working', 'need a new password for the account'].map((text) => ({
    text,
    need: 'reset_password',
  })),
  ...['let me talk to a person', 'get me a human', 'can i speak to an agent', 'i want a real person'].map((text) => ({ text, need: 'human' })),
  ...['what is my username', 'i forgot my user name', 'lost my customer number', 'which username do i use'].map((text) => ({ text, need: 'recover_username' })),
  ...['hello', 'thanks a lot', 'ok', 'good morning'].map((text) => ({ text, need: null })),
  { text: 'bought it through a reseller', need: null, customerType: 'reseller' },
  { text: 'our reseller ordered it', need: null, customerType: 'reseller' },
  { text: 'we got it from our hosting company', need: null, customerType: 'web_host' },
  { text: 'the host set it up', need: null, customerType: 'web_host' },
  { text: 'forgot my username and my password', need: ['recover_username', 'reset_password'] },
];

describe('negation scope', () => {
  it.each([
    ['I DONT KNOW JUST GET ME A HUMAN', ['know'], ['human']],
    ["I don't want a bot, I want a real person", ['want', 'bot'], ['real', 'person']],
    ['no idea - can I talk to someone?', ['idea'], ['talk', 'someone']],
    ['not a webmaster, the client', ['webmaster'], ['client']],
  ])('%j negates %j and not %j', (text, inside, outside) => {
    const { words, negated } = scopedWords(text);
    const isNegated = (word: string) => words.some((w, i) => w === word && negated[i]);
    for (const word of inside) expect(isNegated(word), word).toBe(true);
    for (const word of outside) expect(isNegated(word), word).toBe(false);
  });
});

describe('slot models', () => {
  const trainFile = path.join(dir, 'train.jsonl');
  const modelFile = path.join(dir, 'model.bin');
  fs.writeFileSync(trainFile, lines(examples));

  it('learn needs (two at once) and slot values from the examples, and read nothing into small talk', async () => {
    const classifier = await trainSlotClassifier(trainFile, modelFile);

    expect(classifier.examples).toBe(examples.length);
    expect(classifier.read('i forgot the password').needs.reset_password).toBeGreaterThan(0.5);
    expect(classifier.read('can i talk to a person please').needs.human).toBeGreaterThan(0.5);
    expect(classifier.read('hello there').needs.reset_password).toBeLessThan(0.5);
    expect(classifier.read('we bought it through a reseller').slots.customerType.value).toBe('reseller');
    const both = classifier.read('forgot my username and my password');
    expect(both.needs.recover_username).toBeGreaterThan(0.5);
    expect(both.needs.reset_password).toBeGreaterThan(0.5);
  });

  it('reload from the model file with the same readings, and train again when the examples change', async () => {
    const trained = await trainSlotClassifier(trainFile, modelFile);
    const loaded = await trainSlotClassifier(trainFile, modelFile);
    for (const text of ['i forgot the password', 'our reseller', 'hello']) expect(loaded.read(text)).toEqual(trained.read(text));

    fs.writeFileSync(trainFile, lines([...examples, { text: 'the reseller handled it', need: null, customerType: 'reseller' }]));
    expect((await trainSlotClassifier(trainFile, modelFile)).examples).toBe(examples.length + 1);
  });

  it('train again over a model file cut short or not a model file at all, and replace it', async () => {
    const trained = await trainSlotClassifier(trainFile, modelFile);
    const whole = fs.readFileSync(modelFile);
    for (const broken of [whole.subarray(0, whole.length - 100), Buffer.from('not a model')]) {
      fs.writeFileSync(modelFile, broken);
      const again = await trainSlotClassifier(trainFile, modelFile);
      expect(again.read('i forgot the password')).toEqual(trained.read('i forgot the password'));
      expect(fs.readFileSync(modelFile).equals(whole)).toBe(true);
    }
  });

  it('with no train split, read nothing (the rules then read everything)', async () => {
    const classifier = await trainSlotClassifier(path.join(dir, 'missing.jsonl'), modelFile);

    expect(classifier.examples).toBe(0);
    expect(classifier.read('i forgot my password').needs.reset_password).toBe(0);
  });
});
