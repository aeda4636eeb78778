// The behaviour every store must share (ports/store.ts): etag-checked saves that never overwrite,
// loads that hand out copies, the handoff queue (one open case per conversation, one winner per
// accept, even under concurrent calls), transcripts, conversation references and the
// readiness ping. Each store's test runs it with a factory for a fresh, empty store; the contract
// closes the store after each test, then calls the factory's dispose (to remove files, schemas).
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/bot/render-reply.js';
import { inboundEntry, outboundEntry } from '../../src/bot/transcript.js';
import { StoreConflict } from '../../src/errors.js';
import type { Agent, HandoffCase, NewCase } from '../../src/ports/handoff-queue.js';
import type { Store } from '../../src/ports/store.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';

/** A fresh, empty store, and how to clean up after it is closed. */
export type StoreFactory = () => Promise<{ store: Store; dispose?: () => void | Promise<void> }>;

const envelope = (step: number) => ({
  machineId: 'support',
  version: 1,
  snapshot: { status: 'active', value: { triage: 'askingNeed' }, context: { slots: { need: 'reset_password' }, shown: ['handoff'] } },
  awaiting: 'triage.askNeed',
  updatedAt: 1_700_000_000_000 + step,
});

const handoffRequest = () => ({
  reason: 'asked' as const,
  slots: { need: 'reset_password' as const, customerType: 'direct' as const, hasOrderNumber: true },
  shown: ['reset-direct-self' as const],
});

const newCase = (caseId: string, conversationKey: string, at: number): NewCase => ({ caseId, conversationKey, request: handoffRequest(), at });

/** What openCase stores for newCase(caseId, conversationKey, at): nothing optional is set yet. */
const queuedCase = (caseId: string, conversationKey: string, at: number): HandoffCase => ({
  ...handoffRequest(),
  caseId,
  conversationKey,
  status: 'queued',
  requestedAt: at,
  lastCustomerAt: at,
});

const alice: Agent = { id: 'agent-alice', name: 'Alice Martin' };
const bob: Agent = { id: 'agent-bob', name: 'Bob Nguyen' };
const agents = (count: number): Agent[] => Array.from({ length: count }, (_, n) => ({ id: `agent-${n}`, name: `Agent ${n}` }));

const inbound = (conversationKey: string, at: number, text: string): TranscriptEntry => ({
  conversationKey,
  at,
  direction: 'in',
  activity: {
    type: 'message',
    id: `in-${at}`,
    channelId: 'webchat',
    conversation: { id: conversationKey },
    from: { id: 'user', role: 'user' },
    text,
  },
});

const outbound = (conversationKey: string, at: number, key: string, outcome?: string): TranscriptEntry => ({
  conversationKey,
  at,
  direction: 'out',
  activity: { type: 'message', text: `said ${key}`, channelData: { contentKey: key, ...(outcome ? { outcome } : {}) } },
  ...(outcome ? { outcome } : {}),
});

/** A reply as the bot writes it (render-reply.ts): buttons are imBack with the label as title and value. */
const botReply = (conversationKey: string, at: number, reply: { key: string; text: string; labels?: string[]; outcome?: string; speaker?: string }) =>
  outboundEntry(
    conversationKey,
    renderReply({ ...reply, choices: (reply.labels ?? []).map((label) => ({ id: label, label })) } as Parameters<typeof renderReply>[0]),
    at,
  );

/** A customer's activity as the bot writes it (bot/transcript.ts), its conversation key made of channel and conversation id. */
const customerActivity = (channelId: string, conversationId: string, at: number, fields: Record<string, unknown>) =>
  inboundEntry(
    `${channelId}:${conversationId}`,
    { id: `in-${at}`, channelId, conversation: { id: conversationId }, from: { id: 'user-1', name: 'Customer', role: 'user' }, ...fields } as Activity,
    typeof fields.text === 'string' ? fields.text : undefined,
    at,
  );

/**
 * Activities of every kind a transcript holds, and some it might: the bot's replies (with and without
 * buttons, an outcome, an agent's), customers' messages (Web Chat, Teams), buttons that are not the
 * bot's (imBack whose value is not its title, messageBack, string actions, recipients), other text
 * formats, other activity types, and fields nobody here knows about. A store may keep them however it
 * likes, but must read each back as the same JSON, key order included.
 */
function variedEntries(key: string): TranscriptEntry[] {
  const channelId = key.slice(0, key.indexOf(':'));
  const conversationId = key.slice(key.indexOf(':') + 1);
  const activity = (at: number, direction: 'in' | 'out', value: Record<string, unknown>): TranscriptEntry => ({
    conversationKey: key,
    at,
    direction,
    activity: value,
  });
  return [
    customerActivity(channelId, conversationId, 1, { type: 'conversationUpdate' }),
    botReply(key, 1, { key: 'common.welcome', text: "Hi, I'm the assistant. I can help you get back into your certificates." }),
    botReply(key, 1, {
      key: 'triage.askNeed',
      text: 'What can I help you with?',
      labels: ['Reset my account password', 'Talk to a person', 'Ça ne marche pas 🔐'],
    }),
    customerActivity(channelId, conversationId, 2, { type: 'message', text: 'Mot de passe oublié 🔐 "quoted" \\ \u2028' }),
    botReply(key, 2, { key: 'reset.reseller', text: 'Please contact your **reseller**.', outcome: 'reset-reseller' }),
    botReply(key, 2, { key: 'common.didItSolve', text: 'Did that solve it?', labels: ['Yes, that solved it', 'No'] }),
    botReply(key, 3, { key: 'handoff.agentMessage', text: 'Alice here.', speaker: 'Alice Martin' }),
    activity(4, 'out', {
      type: 'message',
      text: 'Buttons of another kind',
      textFormat: 'markdown',
      suggestedActions: {
        to: [],
        actions: [
          { type: 'imBack', title: 'Yes', value: 'yes' },
          { type: 'messageBack', title: 'No', text: 'no', displayText: 'No', value: { choice: 'no' } },
          { type: 'imBack', title: 'Same', value: 'Same' },
          { title: 'Order', type: 'imBack', value: 'Order' },
        ],
      },
    }),
    activity(4, 'out', { type: 'message', text: 'x', suggestedActions: { to: ['user-1'], actions: ['Yes', { type: 'imBack', title: 'No', value: 'No' }] } }),
    activity(4, 'out', { type: 'message', suggestedActions: { actions: [], to: [] }, textFormat: 'markdown', text: 'markdown before text' }),
    activity(5, 'out', { type: 'message', text: '<b>x</b>', textFormat: 'xml' }),
    activity(5, 'out', { text: 'type last', textFormat: 'plain', type: 'message' }),
    activity(5, 'out', {
      type: 'event',
      name: 'handoff.initiate',
      value: { caseId: 'C-1' },
      attachments: [{ contentType: 'x', content: { n: [1, 2.5, null, true] } }],
    }),
    activity(6, 'in', { type: 'message', id: 'a', channelId: 'other', conversation: { id: conversationId }, from: { id: 'u' }, text: 'key not made of these' }),
    activity(6, 'in', {
      type: 'message',
      id: 'b',
      channelId,
      conversation: { id: conversationId, isGroup: true },
      from: { id: 'u' },
      text: 'more to the conversation',
    }),
    activity(6, 'in', { type: 'typing', channelId, conversation: { id: conversationId }, from: { id: 'u' }, locale: 'fr-FR', entities: [{ type: 'x' }] }),
    activity(7, 'out', { type: 'endOfConversation', code: 'completedSuccessfully', channelData: { unknown: { deep: ['é'] } } }),
  ];
}

const reference = (conversationKey: string, serviceUrl = 'https://directline.example/') => ({
  activityId: 'a-1',
  user: { id: 'user', role: 'user' },
  bot: { id: 'bot', name: 'Support' },
  conversation: { id: conversationKey, isGroup: false },
  channelId: 'webchat',
  locale: 'en-US',
  serviceUrl,
});

export function storeContract(name: string, create: StoreFactory): void {
  describe(`${name}: the store contract`, () => {
    const cleanups: (() => void | Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function freshStore(): Promise<Store> {
      const { store, dispose } = await create();
      if (dispose) cleanups.push(dispose);
      cleanups.push(() => store.close());
      return store;
    }

    it('loads nothing for a conversation it has never saved', async () => {
      const store = await freshStore();

      expect(await store.load('c-unknown')).toBeUndefined();
    });

    it('saves a new conversation with no expected etag and returns an etag', async () => {
      const store = await freshStore();

      const etag = await store.save('c1', envelope(1), undefined);

      expect(etag).toEqual(expect.any(String));
      expect(etag).not.toBe('');
      expect(await store.load('c1')).toEqual({ envelope: envelope(1), etag });
    });

    it('refuses a second insert (no expected etag) of the same conversation, keeping the first', async () => {
      const store = await freshStore();
      const etag = await store.save('c1', envelope(1), undefined);

      await expect(store.save('c1', envelope(2), undefined)).rejects.toBeInstanceOf(StoreConflict);

      expect(await store.load('c1')).toEqual({ envelope: envelope(1), etag });
    });

    it('saves over the current etag and returns a new one', async () => {
      const store = await freshStore();
      const first = await store.save('c1', envelope(1), undefined);

      const second = await store.save('c1', envelope(2), first);

      expect(second).not.toBe(first);
      expect(await store.load('c1')).toEqual({ envelope: envelope(2), etag: second });
    });

    it('refuses a save with a stale etag and does not overwrite', async () => {
      const store = await freshStore();
      const first = await store.save('c1', envelope(1), undefined);
      const second = await store.save('c1', envelope(2), first);

      const stale = store.save('c1', envelope(3), first);

      await expect(stale).rejects.toBeInstanceOf(StoreConflict);
      await expect(stale).rejects.toMatchObject({ conversationKey: 'c1' });
      expect(await store.load('c1')).toEqual({ envelope: envelope(2), etag: second });
    });

    it('refuses a save with an etag for a conversation that does not exist', async () => {
      const store = await freshStore();
      const etag = await store.save('c1', envelope(1), undefined);

      await expect(store.save('c2', envelope(1), etag)).rejects.toBeInstanceOf(StoreConflict);

      expect(await store.load('c2')).toBeUndefined();
    });

    it('keeps conversations apart', async () => {
      const store = await freshStore();
      const a = await store.save('a', envelope(1), undefined);
      await store.save('b', envelope(2), undefined);

      await store.save('a', envelope(3), a);

      expect((await store.load('b'))?.envelope).toEqual(envelope(2));
    });

    it('hands out copies: changing a loaded envelope, or a saved object afterwards, changes nothing stored', async () => {
      const store = await freshStore();
      const saved = envelope(1);
      await store.save('c1', saved, undefined);
      saved.snapshot.context.slots.need = 'human';

      const loaded = await store.load('c1');
      const loadedEnvelope = loaded?.envelope as ReturnType<typeof envelope>;
      loadedEnvelope.snapshot.context.slots.need = 'find_account';
      loadedEnvelope.snapshot.context.shown.push('owner-delegated');
      loadedEnvelope.awaiting = 'changed';

      expect((await store.load('c1'))?.envelope).toEqual(envelope(1));
    });

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

    it('keeps undelivered replies in the outbox until delivered, and hands out each appended before a time once, in order', async () => {
      const store = await freshStore();
      const pending = (key: string, at: number, text: string): TranscriptEntry => ({ ...outbound(key, at, text), undelivered: true });
      await store.appendTranscript([inbound('c1', 1000, 'I forgot my password'), pending('c1', 1001, 'a'), pending('c1', 1002, 'b')]);
      await store.appendTranscript([pending('c2', 1003, 'c'), pending('c3', 1004, 'd')]);
      await store.markDelivered('c2');
      await store.appendTranscript([pending('c1', 1005, 'e'), pending('c4', 10, 'older'), pending('c4', 2000, 'later')]);

      const claimed = await store.claimUndelivered(2000);
      expect(claimed).toEqual([outbound('c1', 1001, 'a'), outbound('c1', 1002, 'b'), outbound('c3', 1004, 'd'), outbound('c1', 1005, 'e'), outbound('c4', 10, 'older')]);
      expect(await store.claimUndelivered(2000)).toEqual([]);
      expect(await store.claimUndelivered(2001)).toEqual([outbound('c4', 2000, 'later')]);
      // The flag is the outbox's, not the transcript's: reads are unchanged.
      expect(await store.readTranscript('c1')).toEqual([inbound('c1', 1000, 'I forgot my password'), outbound('c1', 1001, 'a'), outbound('c1', 1002, 'b'), outbound('c1', 1005, 'e')]);
    });

    it('gives each undelivered reply to exactly one of several claimers racing', async () => {
      const store = await freshStore();
      await store.appendTranscript(Array.from({ length: 20 }, (_, index) => ({ ...outbound(`c${index % 4}`, 1000 + index, `r${index}`), undelivered: true as const })));

      const claims = await Promise.all(Array.from({ length: 5 }, () => store.claimUndelivered(2000)));

      expect(claims.flat()).toHaveLength(20);
    });

    it('reads an empty transcript for a conversation it has never seen', async () => {
      const store = await freshStore();

      expect(await store.readTranscript('c-unknown')).toEqual([]);
    });

    it('reads a transcript back in the order it was appended, across calls, and keeps conversations apart', async () => {
      const store = await freshStore();
      const first = [inbound('c1', 1000, 'I forgot my password'), outbound('c1', 1001, 'reset.askCustomerType')];
      const second = [inbound('c1', 2000, 'From my web host'), outbound('c1', 2001, 'reset.webHost', 'self_service')];

      await store.appendTranscript(first);
      await store.appendTranscript([inbound('c2', 1500, 'hello')]);
      await store.appendTranscript(second);

      expect(await store.readTranscript('c1')).toEqual([...first, ...second]);
      expect(await store.readTranscript('c2')).toEqual([inbound('c2', 1500, 'hello')]);
    });

    it('keeps the order of one call even when the times are not in order, and accepts an empty call', async () => {
      const store = await freshStore();
      const entries = [outbound('c1', 3000, 'a'), inbound('c1', 1000, 'b'), outbound('c1', 2000, 'c'), inbound('c1', 2000, 'd')];

      await store.appendTranscript([]);
      await store.appendTranscript(entries);

      expect(await store.readTranscript('c1')).toEqual(entries);
    });

    it('keeps the outcome of an entry, and leaves it out where there was none', async () => {
      const store = await freshStore();

      await store.appendTranscript([outbound('c1', 1, 'handoff.queued', 'handoff'), outbound('c1', 2, 'reset.done')]);

      const [withOutcome, withoutOutcome] = await store.readTranscript('c1');
      expect(withOutcome?.outcome).toBe('handoff');
      expect(withoutOutcome).not.toHaveProperty('outcome');
    });

    it('keeps a transcript exactly: unicode, quotes, backslashes, NUL and nested values', async () => {
      const store = await freshStore();
      const text = 'Mot de passe oublié 🔐 "quoted" \\ back\\slash, {braces}, NUL:\u0000 end';
      const entry: TranscriptEntry = {
        conversationKey: 'c1',
        at: 1_700_000_000_123,
        direction: 'in',
        activity: { type: 'message', text, attachments: [{ contentType: 'x', content: { nested: [1, 2.5, null, true] } }] },
      };

      await store.appendTranscript([entry]);

      expect(await store.readTranscript('c1')).toEqual([entry]);
    });

    it('reads every kind of activity back exactly as appended, key order included', async () => {
      const store = await freshStore();
      const keys = ['webchat:conv-1', 'msteams:19:abc@thread.tacv2;messageid=1', 'directline:é🔐'];
      for (const key of keys) await store.appendTranscript(variedEntries(key));

      for (const key of keys) {
        const read = await store.readTranscript(key);
        expect(read).toEqual(variedEntries(key));
        expect(read.map((entry) => JSON.stringify(entry.activity))).toEqual(variedEntries(key).map((entry) => JSON.stringify(entry.activity)));
      }
      const ranged = await store.readTranscriptsBetween(0, 10);
      const byteOrder = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(ranged).toEqual(byteOrder.flatMap(variedEntries));
      expect(ranged.map((entry) => JSON.stringify(entry.activity))).toEqual(
        byteOrder.flatMap((key) => variedEntries(key).map((entry) => JSON.stringify(entry.activity))),
      );
    });

    it('takes entries of several conversations in one call, each kept in its order', async () => {
      const store = await freshStore();
      const mixed = [inbound('c1', 1, 'a'), inbound('c2', 2, 'b'), outbound('c1', 3, 'c'), outbound('c2', 4, 'd'), inbound('c1', 5, 'e')];

      await store.appendTranscript(mixed);

      expect(await store.readTranscript('c1')).toEqual([mixed[0], mixed[2], mixed[4]]);
      expect(await store.readTranscript('c2')).toEqual([mixed[1], mixed[3]]);
    });

    it('deletes the entries older than the cutoff, in every conversation, and says how many', async () => {
      const store = await freshStore();
      await store.appendTranscript([
        inbound('c1', 1000, 'old'),
        outbound('c1', 1999, 'old'),
        inbound('c1', 2000, 'kept'),
        outbound('c1', 3000, 'kept'),
      ]);
      await store.appendTranscript([inbound('c2', 500, 'old'), inbound('c2', 2500, 'kept')]);

      expect(await store.deleteTranscriptsBefore(2000)).toBe(3);

      expect(await store.readTranscript('c1')).toEqual([inbound('c1', 2000, 'kept'), outbound('c1', 3000, 'kept')]);
      expect(await store.readTranscript('c2')).toEqual([inbound('c2', 2500, 'kept')]);
      expect(await store.deleteTranscriptsBefore(2000)).toBe(0);
    });

    it('hands out copies of transcript entries', async () => {
      const store = await freshStore();
      const entry = inbound('c1', 1000, 'I forgot my password');
      await store.appendTranscript([entry]);
      entry.activity.text = 'changed after appending';

      const [read] = await store.readTranscript('c1');
      if (read) read.activity.text = 'changed after reading';

      expect(await store.readTranscript('c1')).toEqual([inbound('c1', 1000, 'I forgot my password')]);
    });

    it('reads the entries of a time range across conversations: from inclusive, to exclusive', async () => {
      const store = await freshStore();
      await store.appendTranscript([inbound('c1', 999, 'before'), inbound('c1', 1000, 'first'), outbound('c1', 1000, 'reset.askCustomerType')]);
      await store.appendTranscript([inbound('c2', 1500, 'hello'), outbound('c2', 1999, 'triage.askNeed')]);
      await store.appendTranscript([inbound('c1', 2000, 'at the end'), inbound('c3', 2500, 'after')]);

      const read = await store.readTranscriptsBetween(1000, 2000);

      expect(read).toEqual([
        inbound('c1', 1000, 'first'),
        outbound('c1', 1000, 'reset.askCustomerType'),
        inbound('c2', 1500, 'hello'),
        outbound('c2', 1999, 'triage.askNeed'),
      ]);
      expect(await store.readTranscriptsBetween(3000, 4000)).toEqual([]);
      expect(await store.readTranscriptsBetween(2000, 2000)).toEqual([]);
    });

    it('groups a range by conversation key, byte-wise, keeping the order each conversation was appended in', async () => {
      const store = await freshStore();
      const keys = ['webchat:b', 'webchat:B', 'directline:z', 'webchat:a', 'webchat:a-2'];
      // Interleaved over calls, with times out of order inside a conversation.
      for (const [n, key] of keys.entries()) await store.appendTranscript([inbound(key, 1000 + n, `${key} 1`), outbound(key, 1100 - n, 'x')]);
      for (const [n, key] of keys.entries()) await store.appendTranscript([inbound(key, 1200 - n, `${key} 2`)]);

      const read = await store.readTranscriptsBetween(0, 10_000);

      const byteOrder = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(byteOrder).toEqual(['directline:z', 'webchat:B', 'webchat:a', 'webchat:a-2', 'webchat:b']);
      expect(read.map((entry) => [entry.conversationKey, entry.activity.text])).toEqual(
        byteOrder.flatMap((key) => [
          [key, `${key} 1`],
          [key, 'said x'],
          [key, `${key} 2`],
        ]),
      );
      expect(read.filter((entry) => entry.conversationKey === 'webchat:a')).toEqual(await store.readTranscript('webchat:a'));
    });

    it('keeps outcomes in a range read, and hands out copies', async () => {
      const store = await freshStore();
      await store.appendTranscript([outbound('c1', 1000, 'handoff.queued', 'handoff'), outbound('c1', 1001, 'reset.done')]);

      const [first, second] = await store.readTranscriptsBetween(1000, 1002);
      expect(first).toEqual(outbound('c1', 1000, 'handoff.queued', 'handoff'));
      expect(second).not.toHaveProperty('outcome');
      if (first) first.activity.text = 'changed after reading';

      expect(await store.readTranscriptsBetween(1000, 1002)).toEqual([outbound('c1', 1000, 'handoff.queued', 'handoff'), outbound('c1', 1001, 'reset.done')]);
    });

    it('loads no reference for a conversation it has never saved one for', async () => {
      const store = await freshStore();

      expect(await store.loadReference('c-unknown')).toBeUndefined();
    });

    it('saves a conversation reference, overwrites it on the next save, and keeps conversations apart', async () => {
      const store = await freshStore();
      await store.saveReference('c1', reference('c1'));
      await store.saveReference('c2', reference('c2'));

      await store.saveReference('c1', reference('c1', 'https://moved.example/'));

      expect(await store.loadReference('c1')).toEqual(reference('c1', 'https://moved.example/'));
      expect(await store.loadReference('c2')).toEqual(reference('c2'));
    });

    it('hands out copies of references', async () => {
      const store = await freshStore();
      const saved = reference('c1');
      await store.saveReference('c1', saved);
      saved.conversation.id = 'changed after saving';

      const loaded = (await store.loadReference('c1')) as ReturnType<typeof reference>;
      loaded.conversation.id = 'changed after loading';

      expect(await store.loadReference('c1')).toEqual(reference('c1'));
    });

    it('answers a ping while open', async () => {
      const store = await freshStore();

      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('has every migration applied once open', async () => {
      const store = await freshStore();

      expect(await store.pendingMigrations()).toBe(0);
    });
  });
}
