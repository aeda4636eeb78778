// The handoff queue contract, cases' side: one open case per conversation even when openCase calls race,
// the queue's order and positions, finding a case by its card's thread, the history of every case, copies.
import { expect, it } from 'vitest';
import type { CaseHistory, HandoffQueue } from '../../../src/ports/handoff-queue.js';
import { alice, handoffRequest, newCase, queuedCase } from './handoff-fixtures.js';

export function handoffCasesContract(freshStore: () => Promise<HandoffQueue & CaseHistory>): void {
  it('opens a queued case and reads it back by id and by conversation', async () => {
    const store = await freshStore();

    const opened = await store.openCase(newCase('C-1', 'c1', 1000));

    expect(opened).toEqual(queuedCase('C-1', 'c1', 1000));
    expect(await store.getCase('C-1')).toEqual(opened);
    expect(await store.openCaseOf('c1')).toEqual(opened);
    expect(await store.getCase('C-unknown')).toBeUndefined();
    expect(await store.openCaseOf('c-unknown')).toBeUndefined();
  });

  it('keeps the needs still waiting on a case (shown to agents), and stores none when there are none', async () => {
    const store = await freshStore();
    const request = { ...handoffRequest(), pendingNeeds: ['find_account' as const] };

    await store.openCase({ caseId: 'C-1', conversationKey: 'c1', request, at: 1000 });
    await store.openCase({ caseId: 'C-2', conversationKey: 'c2', request: { ...handoffRequest(), pendingNeeds: [] }, at: 1000 });

    expect(await store.getCase('C-1')).toEqual({ ...queuedCase('C-1', 'c1', 1000), pendingNeeds: ['find_account'] });
    expect(await store.getCase('C-2')).toEqual(queuedCase('C-2', 'c2', 1000));
  });

  it("returns a conversation's open case unchanged when asked to open another, queued or accepted", async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));

    const again = await store.openCase({ caseId: 'C-2', conversationKey: 'c1', request: { reason: 'stuck', slots: {}, shown: [] }, at: 2000 });
    await store.accept('C-1', alice, 3000);
    const whileAccepted = await store.openCase(newCase('C-3', 'c1', 4000));

    expect(again).toEqual(queuedCase('C-1', 'c1', 1000));
    expect(whileAccepted).toEqual({ ...queuedCase('C-1', 'c1', 1000), status: 'accepted', agent: alice, acceptedAt: 3000 });
    expect(await store.listCases()).toEqual([whileAccepted]);
  });

  it('keeps one open case per conversation when several openCase calls for it race', async () => {
    const store = await freshStore();

    const opened = await Promise.all(Array.from({ length: 5 }, (_, n) => store.openCase(newCase(`C-${n}`, 'c1', 1000 + n))));

    const [first] = await store.listCases();
    expect(await store.listCases()).toHaveLength(1);
    for (const handoffCase of opened) expect(handoffCase).toEqual(first);
  });

  it('opens a new case for a conversation once its previous case has ended, keeping the old one', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.finish('C-1', 'cancelled', 1500);

    const second = await store.openCase(newCase('C-2', 'c1', 2000));

    expect(second).toEqual(queuedCase('C-2', 'c1', 2000));
    expect(await store.openCaseOf('c1')).toEqual(second);
    expect(await store.listCases()).toEqual([{ ...queuedCase('C-1', 'c1', 1000), status: 'cancelled', closedAt: 1500 }, second]);
  });

  it('refuses a case id that is already in use, changing nothing', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));

    await expect(store.openCase(newCase('C-1', 'c2', 2000))).rejects.toThrow(/C-1/);

    expect(await store.openCaseOf('c2')).toBeUndefined();
    expect(await store.listCases()).toEqual([queuedCase('C-1', 'c1', 1000)]);
  });

  it('numbers queued cases from 1, oldest request first, the case id breaking ties', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-B', 'c3', 3000));
    await store.openCase(newCase('C-Z', 'c1', 1000));
    await store.openCase(newCase('C-A', 'c4', 3000));
    await store.openCase(newCase('C-M', 'c2', 2000));

    const positions = await Promise.all(['C-Z', 'C-M', 'C-A', 'C-B'].map((caseId) => store.positionOf(caseId)));

    expect(positions).toEqual([1, 2, 3, 4]);
    expect(await store.positionOf('C-unknown')).toBeUndefined();
  });

  it('moves later cases up when an earlier one is accepted or ends, and puts a released case back in its place', async () => {
    const store = await freshStore();
    for (const [n, at] of [1000, 2000, 3000, 4000].entries()) await store.openCase(newCase(`C-${n + 1}`, `c${n + 1}`, at));
    const positions = () => Promise.all(['C-1', 'C-2', 'C-3', 'C-4'].map((caseId) => store.positionOf(caseId)));

    await store.accept('C-1', alice, 5000);
    expect(await positions()).toEqual([undefined, 1, 2, 3]);

    await store.finish('C-3', 'abandoned', 6000);
    expect(await positions()).toEqual([undefined, 1, undefined, 2]);

    await store.release('C-1', alice.id);
    expect(await positions()).toEqual([1, 2, undefined, 3]);
  });

  it('lists the queued cases only, oldest request first', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-3', 'c3', 3000));
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-4', 'c4', 4000));
    await store.openCase(newCase('C-2', 'c2', 2000));
    await store.accept('C-2', alice, 5000);
    await store.finish('C-4', 'closed', 5000);

    expect(await store.listQueued()).toEqual([queuedCase('C-1', 'c1', 1000), queuedCase('C-3', 'c3', 3000)]);
  });

  it("finds a case by its card's thread, whatever its status", async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-2', 'c2', 2000));

    await store.attachCard('C-1', 'thread-1', 'activity-1');
    await store.attachCard('C-2', 'thread-2', 'activity-2');

    const withCard = { ...queuedCase('C-1', 'c1', 1000), threadId: 'thread-1', cardActivityId: 'activity-1' };
    expect(await store.caseOfThread('thread-1')).toEqual(withCard);
    expect(await store.getCase('C-1')).toEqual(withCard);
    expect((await store.caseOfThread('thread-2'))?.caseId).toBe('C-2');
    expect(await store.caseOfThread('thread-unknown')).toBeUndefined();
    await store.finish('C-1', 'closed', 3000);
    expect(await store.caseOfThread('thread-1')).toEqual({ ...withCard, status: 'closed', closedAt: 3000 });
  });

  it('lists every case, whatever its status, oldest request first', async () => {
    const store = await freshStore();
    expect(await store.listCases()).toEqual([]);
    for (const [n, at] of [3000, 1000, 2000].entries()) await store.openCase(newCase(`C-${n + 1}`, `c${n + 1}`, at));
    await store.accept('C-1', alice, 4000);
    await store.finish('C-3', 'abandoned', 4000);

    const cases = await store.listCases();

    expect(cases.map((handoffCase) => [handoffCase.caseId, handoffCase.status])).toEqual([
      ['C-2', 'queued'],
      ['C-3', 'abandoned'],
      ['C-1', 'accepted'],
    ]);
  });

  it('hands out copies of cases: changing a request or a returned case changes nothing stored', async () => {
    const store = await freshStore();
    const opening = newCase('C-1', 'c1', 1000);
    await store.openCase(opening);
    opening.request.slots.need = 'human';
    opening.request.shown.push('handoff');

    const accepted = await store.accept('C-1', alice, 2000);
    if (accepted?.agent) accepted.agent.name = 'changed after accepting';
    const [listed] = await store.listCases();
    if (listed) {
      listed.status = 'closed';
      listed.slots.need = 'find_account';
    }

    expect(await store.getCase('C-1')).toEqual({ ...queuedCase('C-1', 'c1', 1000), status: 'accepted', agent: alice, acceptedAt: 2000 });
  });
}
