// Starting again asked in a sentence ("ugh, sorry, can we start over?") starts over while the bot talks;
// typed to a person in a live chat it is relayed to them, and the chat goes on. Real runner and content.
import { describe, expect, it } from 'vitest';
import { AgentsDesk } from '../support/agents-desk.js';
import { Chat, createTestRunner } from '../support/runner.js';

describe('starting again asked in words', () => {
  it.each([
    "ugh, sorry, can we start over? I've been describing the wrong problem",
    "let's start again",
    'can we start again please, I picked the wrong option',
  ])('%j, while the bot talks, starts over', async (text) => {
    const chat = new Chat(createTestRunner());
    await chat.open();
    await chat.type('my password isnt working');
    const turn = await chat.type(text);
    expect(chat.lastKeys).toContain('common.startOver');
    expect(turn.stateAfter).toBe('triage.askingNeed');
  });

  it.each([
    'I need to restart the browser',
    "I don't want to start over",
    'so I need to start again?',
    'can I start again the installation',
    'sorry let me start again - we bought it through our host',
    'could we start over the order? the CSR was wrong',
    "let's start over when my boss is back",
  ])('%j is no request to start over', async (text) => {
    const chat = new Chat(createTestRunner());
    await chat.open();
    await chat.type('my password isnt working');
    await chat.type(text);
    expect(chat.keys).not.toContain('common.startOver');
  });

  it('typed to an agent in a live chat, it is relayed and the chat goes on', async () => {
    const desk = new AgentsDesk('C-START1');
    const chat = new Chat(createTestRunner({ handoff: desk }));
    await chat.open();
    await chat.send({ type: 'command', command: 'agent' });
    await chat.send({ type: 'system', event: { type: 'agent.joined', agentName: 'Anna' } });

    const turn = await chat.type('can we start over? I was describing the wrong thing');

    expect(turn.stateAfter).toContain('handoff');
    expect(chat.keys).not.toContain('common.startOver');
    expect(desk.relayed).toEqual(['can we start over? I was describing the wrong thing']);
  });
});
