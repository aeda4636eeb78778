// The memory and SQLite stores answer synchronously through promised(): callers must still see the
// ports' Promise contract, failures included.
import { describe, expect, it } from 'vitest';
import { promised } from '../../src/stores/promised.js';

type Port = { double(n: number): Promise<number>; fail(): Promise<void> };

describe('promised', () => {
  const port = promised<Port>({
    double: (n) => n * 2,
    fail: () => {
      throw new Error('closed');
    },
  });

  it('resolves with the answer', async () => {
    await expect(port.double(21)).resolves.toBe(42);
  });

  it('turns a throw into a rejection, as an async method would, instead of throwing at the call', async () => {
    let answer: Promise<void> | undefined;
    expect(() => (answer = port.fail())).not.toThrow();
    await expect(answer).rejects.toThrow('closed');
  });
});
