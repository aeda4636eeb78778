// The in-memory store keeps the same contract as the database stores.
import { MemoryStore } from '../../src/stores/memory.js';
import { snapshotStoreContract } from './snapshot-store.contract.js';

snapshotStoreContract('MemoryStore', async () => ({ store: new MemoryStore() }));
