// A back end builds each port in a module of its own; the class over them keeps `new SqliteStore(file)`
// and `new MemoryStore()` working for the wiring, the tools and the tests.
import type { Store } from '../ports/store.js';

/**
 * A class whose instances are the store `build` makes from the constructor's arguments. The ports'
 * functions are the instance's own properties, so a subclass cannot override them with methods:
 * wrap an instance instead (test/handoff/desk.test.ts does).
 */
export function storeClass<Args extends unknown[]>(build: (...args: Args) => Store): new (...args: Args) => Store {
  return class {
    constructor(...args: Args) {
      Object.assign(this, build(...args));
    }
  } as unknown as new (...args: Args) => Store;
}
