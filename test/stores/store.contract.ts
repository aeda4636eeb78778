// The behaviour every store must share (ports/store.ts): etag-checked saves that never overwrite,
// loads that hand out copies, the handoff records, transcripts, conversation references and the
// readiness ping. Each store's test runs it with a factory for a fresh, empty store; the contract
// closes the store after each test, then calls the factory's dispose (to remove files, schemas).
import { afterEach, describe, expect, it } from 'vitest';
import { StoreConflict } from '../../src/errors.js';
import type { HandoffRecord } from '../../src/ports/snapshot-store.js';
import type { Store, TranscriptEntry } from '../../src/ports/store.js';

/** A fresh, empty store, and how to clean up after it is closed. */
export type StoreFactory = () => Promise<{ store: Store; dispose?: () => void | Promise<void> }>;

const envelope = (step: number) => ({
  machineId: 'support',
  version: 1,
  snapshot: { status: 'active', value: { triage: 'askingNeed' }, context: { slots: { need: 'reset_password' }, shown: ['handoff'] } },
  awaiting: 'triage.askNeed',
  updatedAt: 1_700_000_000_000 + step,
});

const handoffRecord = (conversationKey: string, requestedAt: number, status: HandoffRecord['status'] = 'open'): HandoffRecord => ({
  conversationKey,
  requestedAt,
  status,
  reason: 'asked',
  slots: { need: 'reset_password', customerType: 'direct', hasOrderNumber: true },
  shown: ['reset-direct-self'],
});

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

    it('records handoff requests and lists them back, in order', async () => {
      const store = await freshStore();
      const records = [handoffRecord('c1', 1000), handoffRecord('c2', 2000), handoffRecord('c1', 3000, 'cancelled')];

      for (const record of records) await store.recordHandoff(record);

      expect(await store.listHandoffs()).toEqual(records);
    });

    it("cancels only that conversation's open handoff requests", async () => {
      const store = await freshStore();
      await store.recordHandoff(handoffRecord('c1', 1000));
      await store.recordHandoff(handoffRecord('c2', 2000));
      await store.recordHandoff(handoffRecord('c1', 3000));

      await store.cancelHandoff('c1');

      expect(await store.listHandoffs()).toEqual([
        handoffRecord('c1', 1000, 'cancelled'),
        handoffRecord('c2', 2000, 'open'),
        handoffRecord('c1', 3000, 'cancelled'),
      ]);
    });

    it('hands out copies of handoff records too', async () => {
      const store = await freshStore();
      const record = handoffRecord('c1', 1000);
      await store.recordHandoff(record);
      record.slots.need = 'human';

      const [listed] = await store.listHandoffs();
      if (listed) listed.status = 'cancelled';

      expect(await store.listHandoffs()).toEqual([handoffRecord('c1', 1000)]);
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
  });
}
