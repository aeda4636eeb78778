// The handoff queue contract, agents' side: one winner per accept even when ten agents race, releasing,
// ending a case only while its condition holds, the customer's latest message, the wait notice marked once.
import { expect, it } from 'vitest';
import type { CaseHistory, HandoffQueue } from '../../../src/ports/handoff-queue.js';
import { agents, alice, bob, newCase, queuedCase } from './handoff-fixtures.js';

export function handoffAgentsContract(freshStore: () => Promise<HandoffQueue & CaseHistory>): void {
  it('accepts a queued case for an agent', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));

    const accepted = await store.accept('C-1', alice, 2000);

    expect(accepted).toEqual({ ...queuedCase('C-1', 'c1', 1000), status: 'accepted', agent: alice, acceptedAt: 2000 });
    expect(await store.getCase('C-1')).toEqual(accepted);
    expect(await store.openCaseOf('c1')).toEqual(accepted);
    expect(await store.listQueued()).toEqual([]);
  });

  it('lets exactly one of ten agents accepting the same case at once win, and stores that agent', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    const contenders = agents(10);

    const results = await Promise.all(contenders.map((agent, n) => store.accept('C-1', agent, 2000 + n)));

    const winners = results.filter((result) => result !== undefined);
    expect(winners).toHaveLength(1);
    const winner = contenders[results.findIndex((result) => result !== undefined)];
    expect(winners[0]?.agent).toEqual(winner);
    expect(await store.getCase('C-1')).toEqual(winners[0]);
  });

  it('accepts nothing that is not queued: an accepted, ended or unknown case stays as it was', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-2', 'c2', 1000));
    const accepted = await store.accept('C-1', alice, 2000);
    const ended = await store.finish('C-2', 'closed', 2000);

    expect(await store.accept('C-1', bob, 3000)).toBeUndefined();
    expect(await store.accept('C-2', bob, 3000)).toBeUndefined();
    expect(await store.accept('C-unknown', bob, 3000)).toBeUndefined();

    expect(await store.listCases()).toEqual([accepted, ended]);
  });

  it('lets only the agent holding a case release it, back to the queue with no agent and its first request time', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-2', 'c2', 1000));
    const accepted = await store.accept('C-1', alice, 2000);

    expect(await store.release('C-1', bob.id)).toBeUndefined();
    expect(await store.release('C-2', alice.id)).toBeUndefined();
    expect(await store.release('C-unknown', alice.id)).toBeUndefined();
    expect(await store.getCase('C-1')).toEqual(accepted);

    const released = await store.release('C-1', alice.id);

    expect(released).toEqual(queuedCase('C-1', 'c1', 1000));
    expect(released).not.toHaveProperty('agent');
    expect(released).not.toHaveProperty('acceptedAt');
    expect(await store.accept('C-1', bob, 3000)).toEqual({ ...queuedCase('C-1', 'c1', 1000), status: 'accepted', agent: bob, acceptedAt: 3000 });
  });

  it('ends a queued or accepted case once, keeping its agent; ending it again changes nothing', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-2', 'c2', 1000));
    await store.accept('C-2', alice, 2000);

    const cancelled = await store.finish('C-1', 'cancelled', 3000);
    const closed = await store.finish('C-2', 'closed', 4000);

    expect(cancelled).toEqual({ ...queuedCase('C-1', 'c1', 1000), status: 'cancelled', closedAt: 3000 });
    expect(closed).toEqual({ ...queuedCase('C-2', 'c2', 1000), status: 'closed', agent: alice, acceptedAt: 2000, closedAt: 4000 });
    expect(await store.finish('C-1', 'abandoned', 5000)).toBeUndefined();
    expect(await store.finish('C-2', 'closed', 5000)).toBeUndefined();
    expect(await store.finish('C-unknown', 'closed', 5000)).toBeUndefined();
    expect(await store.listCases()).toEqual([cancelled, closed]);
    expect(await store.openCaseOf('c1')).toBeUndefined();
  });

  it('ends a case only while the condition still holds: its status, its agent, the customer still idle', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-2', 'c2', 1000));
    await store.accept('C-2', alice, 2000);
    await store.touchCustomer('C-1', 2500);

    // An idle sweep that read C-1 before the customer wrote at 2500 must not remove it.
    expect(await store.finish('C-1', 'abandoned', 3000, { status: 'queued', idleSince: 2000 })).toBeUndefined();
    // A sweep that read C-2 while it was queued must not abandon it once accepted.
    expect(await store.finish('C-2', 'abandoned', 3000, { status: 'queued' })).toBeUndefined();
    // Only the agent holding it ends it.
    expect(await store.finish('C-2', 'closed', 3000, { status: 'accepted', agentId: bob.id })).toBeUndefined();

    expect(await store.finish('C-1', 'abandoned', 3000, { status: 'queued', idleSince: 2500 })).toMatchObject({ status: 'abandoned' });
    expect(await store.finish('C-2', 'closed', 3000, { status: 'accepted', agentId: alice.id })).toMatchObject({ status: 'closed' });
  });

  it("records the customer's latest message while the case is open, never moving it back", async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));

    await store.touchCustomer('C-1', 3000);
    await store.touchCustomer('C-1', 2000);
    expect((await store.getCase('C-1'))?.lastCustomerAt).toBe(3000);

    await store.accept('C-1', alice, 4000);
    await store.touchCustomer('C-1', 5000);
    expect((await store.getCase('C-1'))?.lastCustomerAt).toBe(5000);

    await store.finish('C-1', 'closed', 6000);
    await store.touchCustomer('C-1', 7000);
    expect((await store.getCase('C-1'))?.lastCustomerAt).toBe(5000);
    await expect(store.touchCustomer('C-unknown', 7000)).resolves.toBeUndefined();
  });

  it('marks the wait notice once, only while queued, and says true only to the caller that marked it', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));
    await store.openCase(newCase('C-2', 'c2', 1000));
    await store.accept('C-2', alice, 1500);

    expect(await store.markWaitNotice('C-1', 2000)).toBe(true);
    expect(await store.markWaitNotice('C-1', 3000)).toBe(false);
    expect(await store.markWaitNotice('C-2', 3000)).toBe(false);
    expect(await store.markWaitNotice('C-unknown', 3000)).toBe(false);

    expect(await store.getCase('C-1')).toEqual({ ...queuedCase('C-1', 'c1', 1000), waitNoticeAt: 2000 });
    expect(await store.getCase('C-2')).not.toHaveProperty('waitNoticeAt');
    await store.finish('C-1', 'abandoned', 4000);
    await store.openCase(newCase('C-3', 'c3', 4000));
    await store.finish('C-3', 'cancelled', 5000);
    expect(await store.markWaitNotice('C-3', 6000)).toBe(false);
  });

  it('says true to exactly one of ten callers marking the wait notice at once', async () => {
    const store = await freshStore();
    await store.openCase(newCase('C-1', 'c1', 1000));

    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => store.markWaitNotice('C-1', 2000 + n)));

    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.getCase('C-1'))?.waitNoticeAt).toBe(2000 + results.indexOf(true));
  });

  it("lists the cases an agent holds, oldest request first, and none of anyone else's", async () => {
    const store = await freshStore();
    for (const [n, at] of [4000, 1000, 3000, 2000, 5000].entries()) await store.openCase(newCase(`C-${n + 1}`, `c${n + 1}`, at));
    await store.accept('C-1', alice, 6000);
    await store.accept('C-2', alice, 6001);
    await store.accept('C-3', bob, 6002);
    await store.accept('C-4', alice, 6003);
    await store.finish('C-4', 'closed', 7000);
    await store.accept('C-5', alice, 6004);
    await store.release('C-5', alice.id);

    const held = await store.listAcceptedBy(alice.id);

    expect(held.map((handoffCase) => handoffCase.caseId)).toEqual(['C-2', 'C-1']);
    expect(held.every((handoffCase) => handoffCase.status === 'accepted' && handoffCase.agent?.id === alice.id)).toBe(true);
    expect(await store.listAcceptedBy('agent-nobody')).toEqual([]);
  });
}
