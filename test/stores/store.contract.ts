// The behaviour every store must share, port by port (contract/*.ts): etag-checked saves that never
// overwrite, loads that hand out copies, the handoff queue (one open case per conversation, one winner
// per accept, even under concurrent calls), transcripts, the outbox, conversation references and the
// readiness ping. Each store's test runs it with a factory for a fresh, empty store; the contract
// closes the store after each test, then calls the factory's dispose (to remove files, schemas).
import { afterEach, describe } from 'vitest';
import type { Store } from '../../src/ports/store.js';
import { handoffAgentsContract } from './contract/handoff-agents.js';
import { handoffCasesContract } from './contract/handoff-cases.js';
import { outboxContract } from './contract/outbox.js';
import { referencesAndHealthContract } from './contract/references-and-health.js';
import { snapshotContract } from './contract/snapshots.js';
import { transcriptContract } from './contract/transcripts.js';

/** A fresh, empty store, and how to clean up after it is closed. */
export type StoreFactory = () => Promise<{ store: Store; dispose?: () => void | Promise<void> }>;

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

    snapshotContract(freshStore);
    handoffCasesContract(freshStore);
    handoffAgentsContract(freshStore);
    outboxContract(freshStore);
    transcriptContract(freshStore);
    referencesAndHealthContract(freshStore);
  });
}
