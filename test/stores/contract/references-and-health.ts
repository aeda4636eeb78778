// The conversation reference contract (saved, overwritten, copies), and the readiness a store reports.
import { expect, it } from 'vitest';
import type { ConversationReferenceStore } from '../../../src/ports/conversation-references.js';
import type { StoreHealth } from '../../../src/ports/store.js';

const reference = (conversationKey: string, serviceUrl = 'https://directline.example/') => ({
  activityId: 'a-1',
  user: { id: 'user', role: 'user' },
  bot: { id: 'bot', name: 'Support' },
  conversation: { id: conversationKey, isGroup: false },
  channelId: 'webchat',
  locale: 'en-US',
  serviceUrl,
});

export function referencesAndHealthContract(freshStore: () => Promise<ConversationReferenceStore & StoreHealth>): void {
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
}
