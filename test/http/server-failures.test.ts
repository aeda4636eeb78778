// The real HTTP server when something fails inside a turn, on 127.0.0.1 with a local files.connector as the
// channel: a store that fails a save (the customer gets an apology and the conversation stays as it
// was), and a channel that refuses the replies of a turn already saved (the conversation carries on).
import { describe, expect, it } from 'vitest';
import type { SnapshotStore, StoredConversation } from '../../src/ports/snapshot-store.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { Customer, closeApp, labelOf, startApp, useConnectorAndApps } from '../support/http-app.js';
import { contentKeysOf } from '../support/received-activities.js';

const files = useConnectorAndApps();

/** A real store that fails its next save on demand, as a full disk or a lost database would. */
class FlakyStore implements SnapshotStore {
  private failures = 0;
  saves = 0;

  constructor(private readonly inner: SnapshotStore = new MemoryStore()) {}

  failNextSave(): void {
    this.failures++;
  }

  load(conversationKey: string): Promise<StoredConversation | undefined> {
    return this.inner.load(conversationKey);
  }

  async save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('simulated storage failure');
    }
    this.saves++;
    return this.inner.save(conversationKey, envelope, expectedEtag);
  }
}

describe('HTTP server: an unexpected error inside a turn', () => {
  it('apologises, keeps the conversation as it was before that turn, and carries on', async () => {
    const store = new FlakyStore();
    const bot = await startApp({}, { snapshots: store });
    const { catalog } = bot.app;
    const customer = new Customer(files.connector, bot.url);
    await customer.open();
    const resetLabel = labelOf(catalog, 'triage.askNeed', 'reset_password');

    store.failNextSave();
    const failed = await customer.type(resetLabel, 1);

    expect(contentKeysOf(failed)).toEqual(['common.apology']);
    expect(failed[0]?.suggestedActions).toBeUndefined();

    // The same answer again: the saved state is still "asked what they need", so it is answered normally.
    const retried = await customer.type(resetLabel, 2);
    expect(contentKeysOf(retried)).toEqual(['reset.intro', 'reset.askCustomerType']);

    const next = await customer.type(labelOf(catalog, 'reset.askCustomerType', 'epki'), 1);
    expect(contentKeysOf(next)).toEqual(['reset.askOrderNumber']);
    expect(contentKeysOf(customer.all)).not.toContain('common.restarted');
    await closeApp(bot.app);
  });
});

describe('HTTP server: the channel refuses the replies of a saved turn', () => {
  it('does not ask the customer to retry (the conversation has moved on), and the next answer continues', async () => {
    const bot = await startApp();
    const { catalog } = bot.app;
    const customer = new Customer(files.connector, bot.url);
    await customer.open();

    files.connector.failNext(customer.conversationId, 1, 403);
    const refused = await customer.type(labelOf(catalog, 'triage.askNeed', 'reset_password'), 0);

    expect(contentKeysOf(refused)).toEqual([]);
    const next = await customer.type(labelOf(catalog, 'reset.askCustomerType', 'epki'), 1);
    expect(contentKeysOf(next)).toEqual(['reset.askOrderNumber']);
    await closeApp(bot.app);
  });
});
