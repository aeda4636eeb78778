// The in-memory store keeps the same contract as the database stores.
import { MemoryStore } from '../../src/stores/memory.js';
import { storeContract } from './store.contract.js';

storeContract('MemoryStore', () => Promise.resolve({ store: new MemoryStore() }));
