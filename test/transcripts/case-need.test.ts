// What agents see of a case: the need the customer stated, not "human", when they then asked for a
// person; typed into the real runner, the case read back from its store and drawn as the Teams card.
import { describe, expect, it } from 'vitest';
import { loadAgentText } from '../../src/handoff/agent-text.js';
import { caseCard } from '../../src/bot-framework/teams/case-card.js';
import { Chat, createTestRunner } from '../support/runner.js';

type Fact = { title: string; value: string };

const agentText = loadAgentText();

async function cardFacts(...turns: string[]): Promise<Fact[]> {
  const runner = createTestRunner();
  const chat = new Chat(runner);
  await chat.open();
  for (const turn of turns) await chat.type(turn);
  const [handoffCase] = await runner.store.listCases();
  expect(handoffCase, 'a case was opened').toBeDefined();
  const body = (caseCard({ handoffCase: handoffCase!, transcript: [] }, agentText).content as { body: { type: string; facts?: Fact[] }[] }).body;
  return body.find((block) => block.type === 'FactSet')?.facts ?? [];
}

describe("the agents' card keeps the customer's stated need", () => {
  it('"I forgot my password", then "I want a person": Need is the password reset', async () => {
    const facts = await cardFacts('I forgot my password', 'I want a person');

    expect(facts).toContainEqual({ title: 'Need', value: 'reset password' });
    expect(facts).toContainEqual({ title: 'Reason', value: 'Asked for a person' });
  });

  it('a second need mentioned earlier is shown too', async () => {
    const facts = await cardFacts("I forgot my password and I don't know which account my certificates are in", 'I want to talk to a person');

    expect(facts).toContainEqual({ title: 'Need', value: 'reset password' });
    expect(facts).toContainEqual({ title: 'Also asked about', value: 'find account' });
  });

  it('asking for a person straight away has no other need to show', async () => {
    const facts = await cardFacts('agent please');

    expect(facts).toContainEqual({ title: 'Need', value: 'human' });
    expect(facts.map((fact) => fact.title)).not.toContain('Also asked about');
  });
});
