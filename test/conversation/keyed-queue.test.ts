import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/conversation/keyed-queue.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedQueue', () => {
  it('runs the tasks of one conversation one after another, in arrival order, even when the first is slower', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await pause(ms);
      events.push(`end ${name}`);
      return name;
    };

    const results = await Promise.all([queue.run('c1', task('first', 30)), queue.run('c1', task('second', 1)), queue.run('c1', task('third', 1))]);

    expect(results).toEqual(['first', 'second', 'third']);
    expect(events).toEqual(['start first', 'end first', 'start second', 'end second', 'start third', 'end third']);
  });

  it('lets different conversations run side by side', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];

    await Promise.all([
      queue.run('a', async () => {
        events.push('start a');
        await pause(20);
        events.push('end a');
      }),
      queue.run('b', () => {
        events.push('start b');
        events.push('end b');
        return Promise.resolve();
      }),
    ]);

    expect(events.indexOf('end b')).toBeLessThan(events.indexOf('end a'));
  });

  it('carries on with the next task after one fails', async () => {
    const queue = new KeyedQueue();

    const failed = queue.run('c', () => Promise.reject(new Error('boom')));
    const next = queue.run('c', () => Promise.resolve('next'));

    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
