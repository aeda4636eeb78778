// The roster's own rules, with a lookup the test controls (over HTTP it is exercised by
// teams-agents.test.ts): one question to Teams for two clicks at once, failures and slow answers
// refuse and are not remembered, answers are kept for the TTL and not at all with 0.
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamRoster } from '../../src/bot-framework/teams/agent-roster.js';

const logger = pino({ level: 'silent' });
const olga = { id: '29:olga', aadObjectId: 'aad-olga' };

afterEach(() => {
  vi.useRealTimers();
});

describe('TeamRoster', () => {
  it('asks Teams once for two checks of the same person at once, by Teams user id', async () => {
    const asked: string[] = [];
    let answer!: (member: boolean) => void;
    const roster = new TeamRoster(
      (id) => {
        asked.push(id);
        return new Promise<boolean>((resolve) => (answer = resolve));
      },
      60_000,
      logger,
    );
    const both = Promise.all([roster.check(olga), roster.check(olga)]);
    answer(true);
    expect(await both).toEqual(['agent', 'agent']);
    expect(asked).toEqual(['29:olga']);
  });

  it('says "unknown" when Teams fails or is slower than 4 s, and asks again next time', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const roster = new TeamRoster(
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('Teams answered 403')) : calls === 2 ? new Promise<boolean>(() => undefined) : Promise.resolve(true);
      },
      60_000,
      logger,
    );
    expect(await roster.check(olga)).toBe('unknown');
    const slow = roster.check(olga);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await slow).toBe('unknown');
    expect(await roster.check(olga)).toBe('agent');
    expect(calls).toBe(3);
  });

  it('keeps a yes or a no for the TTL, and nothing with a TTL of 0', async () => {
    let now = 0;
    let member = false;
    let calls = 0;
    const lookup = () => {
      calls++;
      return Promise.resolve(member);
    };
    const kept = new TeamRoster(lookup, 1_000, logger, () => now);
    expect(await kept.check(olga)).toBe('not-agent');
    member = true;
    now = 999;
    expect(await kept.check(olga)).toBe('not-agent');
    now = 1_000;
    expect(await kept.check(olga)).toBe('agent');
    expect(calls).toBe(2);

    const uncached = new TeamRoster(lookup, 0, logger, () => now);
    await uncached.check(olga);
    await uncached.check(olga);
    expect(calls).toBe(4);
  });
});
