// buildRunner is the one way a runner is assembled: what it fills in when a caller leaves a part out,
// and that the parts a caller gives are the ones used.
import { describe, expect, it } from 'vitest';
import type { HandoffPort } from '../src/ports/handoff.js';
import { trainSlotClassifier } from '../src/nlu/classifier.js';
import { createUnderstand } from '../src/nlu/understand.js';
import { buildRunner } from '../src/runner.js';
import { MemoryStore } from '../src/stores/memory.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('buildRunner', () => {
  it('without a store or a handoff port, keeps the conversation in memory and records a request for a person there', async () => {
    const { runTurn, store, catalog } = buildRunner({ understand });
    expect(store).toBeInstanceOf(MemoryStore);

    const opened = await runTurn('c1', { type: 'start' });
    expect(opened.replies[0]?.text).toBe(catalog.render('common.welcome').text);
    await runTurn('c1', { type: 'message', text: 'I want to talk to a person' });

    expect(await store.load('c1')).toBeDefined();
    const recorded = await store.listCases();
    expect(recorded.map((handoffCase) => handoffCase.conversationKey)).toEqual(['c1']);
  });

  it('uses the store and the handoff port it is given', async () => {
    const store = new MemoryStore();
    const requested: string[] = [];
    const handoff: HandoffPort = {
      request: (conversationKey) => {
        requested.push(conversationKey);
        return Promise.resolve({ status: 'queued', caseId: 'C-GIVEN1', position: 1 });
      },
      cancel: async () => {},
      relay: async () => {},
    };
    const runner = buildRunner({ store, understand, handoff });
    expect(runner.store).toBe(store);

    await runner.runTurn('c2', { type: 'start' });
    await runner.runTurn('c2', { type: 'message', text: 'I want to talk to a person' });

    expect(requested).toEqual(['c2']);
    expect(await store.listCases()).toEqual([]);
    expect(await store.load('c2')).toBeDefined();
  });

  it('observes every microstep through inspect when asked', async () => {
    const seen: string[] = [];
    const { runTurn } = buildRunner({ understand, inspect: (event) => seen.push(event.type) });
    await runTurn('c3', { type: 'start' });
    expect(seen.length).toBeGreaterThan(0);
  });
});
