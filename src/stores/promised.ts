// The ports answer with Promises; the memory and SQLite stores have nothing to wait for (a Map,
// better-sqlite3's synchronous calls). They write each port's methods as plain functions and pass them
// to promised(), which keeps the contract `async` gave them: the answer resolves, and a throw (a
// StoreConflict, a closed database) rejects rather than escaping synchronously from the call.

/** A port's methods answering synchronously: what a store without I/O to wait for writes. */
export type Synchronous<Port> = {
  [Method in keyof Port]: Port[Method] extends (...args: infer Args) => Promise<infer Answer> ? (...args: Args) => Answer : never;
};

type Method = (...args: unknown[]) => unknown;

export function promised<Port>(methods: Synchronous<Port>): Port {
  const port: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, method] of Object.entries(methods as Record<string, Method>)) {
    port[name] = (...args) => new Promise((resolve) => resolve(method(...args)));
  }
  return port as Port;
}
