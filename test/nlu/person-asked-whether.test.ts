// A person asked whether one is needed, a person asked for and taken back, and a person bidden at the end of a
// message whose words run on: read through the models as the bot reads every message.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
const needsOf = async (text: string) => [...(await understand(text)).needs].sort();

describe('whether a person is needed, asked after the thing', () => {
  it.each([
    ['Can I get my customer number from you, or does that need an agent?', ['recover_username']],
    ['can you reset my password here or does that need a human?', ['reset_password']],
  ])('%j reads %j, no person', async (text, needs) => {
    expect(await needsOf(text)).toEqual(needs);
  });

  it('a person asked for plainly still is', async () => {
    expect(await needsOf('I need my customer number and I want an agent')).toEqual(['human', 'recover_username']);
  });
});

describe('a person taken back with "or actually"', () => {
  it.each([
    "get me a person. or actually, just tell me how to reset the password, that'll do",
    'agent please, or actually just the reset steps for my password',
  ])('%j is the password reset alone', async (text) => {
    expect(await needsOf(text)).toEqual(['reset_password']);
  });
});

describe('"or actually" adding to what came before', () => {
  it('"agent please, or actually both the agent and the password steps" keeps the person', async () => {
    expect(await needsOf('agent please, or actually both the agent and the password steps')).toEqual(['human', 'reset_password']);
  });
});

describe('a person bidden at the end of a run-on message', () => {
  it.each(['I HAVE NO IDEA WHAT A CUSTOMER TYPE IS PERSON NOW', 'no clue what any of that means human now please'])('%j wants a person', async (text) => {
    expect(await needsOf(text)).toContain('human');
  });

  it('"I don\'t need a person now" does not', async () => {
    expect(await needsOf("I don't need a person now")).not.toContain('human');
  });
});

describe('a person wanted beside someone who told nothing', () => {
  it('"I want to speak to an actual person today and I want to know why nobody told us" wants a person', async () => {
    const needs = await needsOf(
      "The freelancer who built our site made me a separate certificate login and it's been dead since your changeover I want to speak to an actual person today and I want to know why nobody told us",
    );
    expect(needs).toEqual(['human', 'regain_access']);
  });

  it('"one of your people told me to reset it myself" is a person only spoken of', async () => {
    expect(await needsOf('one of your people told me to reset it myself, but the password link never comes')).not.toContain('human');
  });
});
