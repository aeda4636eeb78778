// Two instances of the bot on one store: when a turn loses the race to save and is replayed, what it
// already did outside the conversation is not done twice. Real runners, a real store; the handoff port
// records what reaches the agents.
import { describe, expect, it } from 'vitest';
import type { RunTurn } from '../../src/conversation/run-turn.js';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { createUnderstand } from '../../src/nlu/understand.js';
import type { HandoffPort } from '../../src/ports/handoff.js';
import { AgentsDesk } from '../support/agents-desk.js';
import { buildRunner } from '../../src/runner.js';
import { MemoryStore } from '../../src/stores/memory.js';

const understand = createUnderstand(await trainSlotClassifier());

const instance = (store: MemoryStore, desk: HandoffPort): RunTurn => buildRunner({ store, understand, handoff: desk }).runTurn;

describe('a turn replayed after another instance saved the conversation', () => {
  it('relays the customer message to the agent once, and keeps what the other instance did', async () => {
    const store = new MemoryStore();
    const desk = new AgentsDesk('C-RACE01');
    const first = instance(store, desk);
    const second = instance(store, desk);
    const key = 'directline:race';
    await first(key, { type: 'start' });
    expect((await first(key, { type: 'command', command: 'agent' })).stateAfter).toContain('queued');
    await first(key, { type: 'system', event: { type: 'agent.joined', agentName: 'Anna' } });

    // While the first instance relays, the second one saves the conversation (the agent writes).
    desk.duringNextRelay = () => second(key, { type: 'system', event: { type: 'agent.message', agentName: 'Anna', text: 'Which order is it?' } });
    const turn = await first(key, { type: 'message', text: 'my order is for example.com' });

    expect(desk.relayed).toEqual(['my order is for example.com']);
    expect(turn.stateAfter).toContain('withAgent');
    // Five saves: four turns of the first instance (its last one replayed on top of) one of the second.
    expect((await store.load(key))?.etag).toBe('5');
  });
});

describe('two instances taking turns on one conversation', () => {
  it('each goes on from the state the other saved, not from the actor it kept from its own last turn', async () => {
    const store = new MemoryStore();
    const desk = new AgentsDesk('C-RACE01');
    const first = instance(store, desk);
    const second = instance(store, desk);
    const key = 'directline:alternating';

    await first(key, { type: 'start' });
    expect((await first(key, { type: 'message', text: 'I forgot my password' })).replies.map((r) => r.key)).toContain('reset.askCustomerType');
    // The customer's next message reaches the other instance, which shows the reseller steps.
    expect((await second(key, { type: 'message', text: 'Through a reseller' })).outcomes).toEqual(['reset-reseller']);

    // Back on the first: "yes" answers "did that solve it?", which only the second instance asked.
    const answered = await first(key, { type: 'message', text: 'yes' });
    expect(answered.stateBefore).not.toContain('askCustomerType');
    expect(answered.replies.map((r) => r.key)).toEqual(['common.glad']);
  });
});
