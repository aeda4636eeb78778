// The snapshot store contract: etag-checked saves that never overwrite, and loads that hand out copies.
import { expect, it } from 'vitest';
import { StoreConflict } from '../../../src/errors.js';
import type { SnapshotStore } from '../../../src/ports/snapshot-store.js';

const envelope = (step: number) => ({
  machineId: 'support',
  version: 1,
  snapshot: { status: 'active', value: { triage: 'askingNeed' }, context: { slots: { need: 'reset_password' }, shown: ['handoff'] } },
  awaiting: 'triage.askNeed',
  updatedAt: 1_700_000_000_000 + step,
});

export function snapshotContract(freshStore: () => Promise<SnapshotStore>): void {
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
}
