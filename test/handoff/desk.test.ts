// The handoff desk's three parts in one process, on the in-memory store and a clock the test moves:
// what the customer's side, the agents' actions and the sweeper write, and what they tell the
// customer and show the agents. The agents' channel and the customer's line are recorders (Teams
// and the customer's conversation are elsewhere: test/handoff/teams-*.test.ts run them for real).
import { describe, expect, it } from 'vitest';
import type { HandoffRequest } from '../../machines/setup.js';
import type { ConversationEvent } from '../../machines/events.js';
import { CaseEnded } from '../../src/errors.js';
import type { AgentChannel, CaseView, ThreadPost } from '../../src/handoff/agent-channel.js';
import { createHandoffDesk } from '../../src/handoff/handoff-desk.js';
import { createLogger } from '../../src/logger.js';
import type { Agent, HandoffCase } from '../../src/ports/handoff-queue.js';
import { MemoryStore } from '../../src/stores/memory.js';

const MINUTE = 60_000;
const anna: Agent = { id: 'aad-anna', name: 'Anna Berg' };
const ben: Agent = { id: 'aad-ben', name: 'Ben Ode' };
const asked: HandoffRequest = { reason: 'asked', slots: { need: 'reset_password' }, shown: [] };

class RecordingChannel implements AgentChannel {
  readonly posted: CaseView[] = [];
  readonly thread: { caseId: string; post: ThreadPost }[] = [];
  failPosting = false;

  postCase(view: CaseView) {
    if (this.failPosting) return Promise.reject(new Error('Teams is down'));
    this.posted.push(view);
    return Promise.resolve({ threadId: `thread-${view.handoffCase.caseId}`, cardActivityId: `card-${view.handoffCase.caseId}` });
  }

  async updateCase(): Promise<void> {}

  postToThread(handoffCase: HandoffCase, post: ThreadPost): Promise<void> {
    this.thread.push({ caseId: handoffCase.caseId, post });
    return Promise.resolve();
  }

  notesOf(caseId: string): string[] {
    return this.thread.flatMap((entry) => (entry.caseId === caseId && 'note' in entry.post ? [entry.post.note.key] : []));
  }
}

/**
 * The real in-memory store, with a moment to act between a step's read and its write. Wrapped, not
 * subclassed: a store's ports are its instance's own functions (stores/store-class.ts), which a
 * subclass's methods would not replace.
 */
function racingStore() {
  const store = new MemoryStore();
  const finish = store.finish.bind(store);
  const racing = Object.assign(store, { beforeNextFinish: undefined as (() => Promise<unknown>) | undefined });
  racing.finish = async (...args: Parameters<MemoryStore['finish']>) => {
    const meanwhile = racing.beforeNextFinish;
    racing.beforeNextFinish = undefined;
    await meanwhile?.();
    return finish(...args);
  };
  return racing;
}

function deskWith(options: { channel?: AgentChannel } = {}) {
  const store = racingStore();
  const told: { conversationKey: string; event: ConversationEvent }[] = [];
  let at = 1_000 * MINUTE;
  const desk = createHandoffDesk({
    queue: store,
    transcripts: store,
    ...(options.channel ? { channel: options.channel } : {}),
    // The conversation relays an agent's message while its case is open (machines/), as the line reports.
    customers: {
      notify: (conversationKey, event) => {
        told.push({ conversationKey, event });
        return Promise.resolve(event.type === 'agent.message' ? [{ key: 'handoff.agentMessage', text: event.text, choices: [] }] : []);
      },
    },
    limits: { waitMs: 5 * MINUTE, idleMs: 15 * MINUTE },
    logger: createLogger({ logLevel: 'silent', logPretty: false }),
    now: () => at,
  });
  const toldTo = (conversationKey: string) => told.filter((entry) => entry.conversationKey === conversationKey).map((entry) => entry.event);
  return { store, desk, told, toldTo, advance: (ms: number) => (at += ms), now: () => at };
}

/** Positions are announced after the step that moved the queue, outside it. */
const announced = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the customer side', () => {
  it('opens a case, shows it to the agents with this turn’s words, and gives each customer their place', async () => {
    const channel = new RecordingChannel();
    const { desk, store, advance } = deskWith({ channel });

    const first = await desk.customers.request('test:one', asked, 'I need a person');
    advance(MINUTE);
    const second = await desk.customers.request('test:two', asked);

    expect(first).toMatchObject({ status: 'queued', position: 1 });
    expect(second).toMatchObject({ status: 'queued', position: 2 });
    expect(channel.posted[0]?.transcript).toEqual([{ from: 'customer', text: 'I need a person' }]);
    expect((await store.getCase(first.caseId))?.threadId).toBe(`thread-${first.caseId}`);
    expect(await desk.customers.request('test:one', asked)).toEqual(first);
    expect(channel.posted).toHaveLength(2);
  });

  it('with nobody to chat live, records the request and closes it', async () => {
    const { desk, store } = deskWith();

    const ticket = await desk.customers.request('test:one', asked);

    expect(ticket.status).toBe('offline');
    expect((await store.getCase(ticket.caseId))?.status).toBe('closed');
  });

  it('withdraws the case when the agents could not be shown it, and says so', async () => {
    const channel = new RecordingChannel();
    channel.failPosting = true;
    const { desk, store } = deskWith({ channel });

    await expect(desk.customers.request('test:one', asked)).rejects.toThrow('Teams is down');
    expect((await store.listCases()).map((c) => c.status)).toEqual(['cancelled']);
  });

  it('relays what the customer writes while the case is open, and refuses once it has ended', async () => {
    const channel = new RecordingChannel();
    const { desk, store, advance, now } = deskWith({ channel });
    const { caseId } = await desk.customers.request('test:one', asked);
    advance(MINUTE);

    await desk.customers.relay('test:one', 'it is for example.com');

    expect(channel.thread).toEqual([{ caseId, post: { customerWrote: 'it is for example.com' } }]);
    expect((await store.getCase(caseId))?.lastCustomerAt).toBe(now());
    await desk.customers.cancel('test:one');
    await expect(desk.customers.relay('test:one', 'hello?')).rejects.toBeInstanceOf(CaseEnded);
  });

  it('tells the agents whether the customer withdrew a waiting request or left a chat', async () => {
    const channel = new RecordingChannel();
    const { desk } = deskWith({ channel });
    const waiting = await desk.customers.request('test:one', asked);
    const chatting = await desk.customers.request('test:two', asked);
    await desk.agents.accept(chatting.caseId, anna);

    await desk.customers.cancel('test:one');
    await desk.customers.cancel('test:two');

    expect(channel.notesOf(waiting.caseId)).toEqual(['agents.note.customerWithdrew']);
    expect(channel.notesOf(chatting.caseId)).toEqual(['agents.note.accepted', 'agents.note.customerLeft']);
  });

  it('when an agent accepts while the customer withdraws, the case ends as a chat the customer left', async () => {
    const channel = new RecordingChannel();
    const { desk, store } = deskWith({ channel });
    const { caseId } = await desk.customers.request('test:one', asked);
    store.beforeNextFinish = () => desk.agents.accept(caseId, anna);

    await desk.customers.cancel('test:one');

    expect((await store.getCase(caseId))?.status).toBe('cancelled');
    expect(channel.notesOf(caseId)).toEqual(['agents.note.accepted', 'agents.note.customerLeft']);
  });
});

describe('the agents’ actions', () => {
  it('gives a case to exactly one of two agents accepting at once, and tells the customer once', async () => {
    const { desk, toldTo } = deskWith({ channel: new RecordingChannel() });
    const { caseId } = await desk.customers.request('test:one', asked);

    const results = await Promise.all([desk.agents.accept(caseId, anna), desk.agents.accept(caseId, ben)]);

    const done = results.filter((result) => result.outcome === 'done');
    const refusedResult = results.find((result) => result.outcome === 'refused');
    expect(done).toHaveLength(1);
    const winner = done[0]!.handoffCase.agent!;
    expect(refusedResult?.outcome === 'refused' && refusedResult.reason).toEqual({ key: 'agents.refused.alreadyAccepted', values: { agent: winner.name } });
    expect(toldTo('test:one').filter((event) => event.type === 'agent.joined')).toEqual([{ type: 'agent.joined', agentName: winner.name.split(' ')[0] }]);
  });

  it('lets only the agent holding a case end it, and tells the customer who ended it', async () => {
    const { desk, store, toldTo } = deskWith({ channel: new RecordingChannel() });
    const { caseId } = await desk.customers.request('test:one', asked);
    await desk.agents.accept(caseId, anna);

    const byBen = await desk.agents.end(caseId, ben.id);
    const byAnna = await desk.agents.end(caseId, anna.id);

    expect(byBen).toMatchObject({ outcome: 'refused', reason: { key: 'agents.refused.onlyHolderEnds', values: { agent: 'Anna Berg' } } });
    expect(byAnna.outcome).toBe('done');
    expect((await store.getCase(caseId))?.status).toBe('closed');
    expect(toldTo('test:one').at(-1)).toEqual({ type: 'agent.ended', agentName: 'Anna' });
  });

  it('puts a released case back at its place and tells the customer where', async () => {
    const { desk, toldTo, advance } = deskWith({ channel: new RecordingChannel() });
    const first = await desk.customers.request('test:one', asked);
    advance(MINUTE);
    await desk.customers.request('test:two', asked);
    await desk.agents.accept(first.caseId, anna);

    expect((await desk.agents.release(first.caseId, ben.id)).outcome).toBe('refused');
    expect((await desk.agents.release(first.caseId, anna.id)).outcome).toBe('done');
    expect(toldTo('test:one').at(-1)).toEqual({ type: 'agent.released', position: 1 });
    await announced();
    expect(toldTo('test:two').at(-1)).toEqual({ type: 'handoff.position', position: 2 });
  });

  it('relays the holder’s words to the customer, and nobody else’s, nor a secret', async () => {
    const { desk, toldTo } = deskWith({ channel: new RecordingChannel() });
    const { caseId } = await desk.customers.request('test:one', asked);
    const thread = `thread-${caseId}`;

    expect(await desk.agents.agentWrote(thread, anna, 'Hello')).toMatchObject({ outcome: 'refused', reason: { key: 'agents.refused.acceptFirst' } });
    await desk.agents.accept(caseId, anna);
    expect(await desk.agents.agentWrote(thread, ben, 'Hello')).toMatchObject({ outcome: 'refused', reason: { key: 'agents.refused.heldByAnother' } });
    expect(await desk.agents.agentWrote(thread, anna, 'Your new password is Tr0ub4dor&3!')).toMatchObject({ reason: { key: 'agents.refused.secret' } });
    expect(await desk.agents.agentWrote(thread, anna, 'Which order is it?')).toMatchObject({ outcome: 'done' });
    expect(await desk.agents.agentWrote('thread-nobody', anna, 'Hello')).toBeUndefined();
    expect(toldTo('test:one').filter((event) => event.type === 'agent.message')).toEqual([
      { type: 'agent.message', agentName: 'Anna', text: 'Which order is it?' },
    ]);
  });
});

describe('the sweeper', () => {
  it('tells a long wait once, then takes an idle customer off the queue and moves the others up', async () => {
    const channel = new RecordingChannel();
    const { desk, store, toldTo, advance } = deskWith({ channel });
    const first = await desk.customers.request('test:one', asked);
    advance(MINUTE);
    await desk.customers.request('test:two', asked);

    advance(5 * MINUTE);
    await desk.sweeper.sweep();
    await desk.sweeper.sweep();
    expect(toldTo('test:one').filter((event) => event.type === 'handoff.waitedTooLong')).toHaveLength(1);

    advance(9 * MINUTE);
    await desk.sweeper.sweep();
    expect((await store.getCase(first.caseId))?.status).toBe('abandoned');
    expect(toldTo('test:one').at(-1)).toEqual({ type: 'handoff.idle' });
    expect(channel.notesOf(first.caseId)).toEqual(['agents.note.customerIdle']);
    expect(toldTo('test:two').at(-1)).toEqual({ type: 'handoff.position', position: 1 });
  });

  it('leaves a waiting customer who wrote within the idle limit', async () => {
    const { desk, store, advance } = deskWith({ channel: new RecordingChannel() });
    const { caseId } = await desk.customers.request('test:one', asked);
    advance(14 * MINUTE);
    await desk.customers.relay('test:one', 'still here');
    advance(2 * MINUTE);

    await desk.sweeper.sweep();

    expect((await store.getCase(caseId))?.status).toBe('queued');
  });
});
