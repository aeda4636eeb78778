// The report over real conversations: a day of customers driven through SupportBot (which records the
// redacted transcripts), the runner and a handoff desk with an agent, into each store; then the
// figures computed from what that store reads back for the period.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml, renderText } from '../../src/analytics/render.js';
import { computeReport } from '../../src/analytics/report.js';
import type { Store } from '../../src/ports/store.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { PostgresStore } from '../../src/stores/postgres.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';
import { playSampleDay, SAMPLE_DAY, sampleDayFigures, SECRET } from './sample-day.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const day = { from: SAMPLE_DAY, to: SAMPLE_DAY + DAY };

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const serverUrl = testDatabaseUrl;
const stores: [string, (() => Promise<Store>) | undefined][] = [
  ['MemoryStore', () => Promise.resolve(new MemoryStore())],
  [
    'SqliteStore',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-e2e-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      return Promise.resolve(new SqliteStore(path.join(dir, 'bot.sqlite')));
    },
  ],
  [
    'PostgresStore',
    serverUrl
      ? async () => {
          const database: TestDatabase = await createTestDatabase(serverUrl);
          cleanups.push(() => database.drop());
          return PostgresStore.open(database.url);
        }
      : undefined,
  ],
];

describe.each(stores)('the report over a day of real conversations in %s', (name, create) => {
  it.skipIf(!create)(`computes every figure from what ${name} recorded${create ? '' : ' (skipped: set TEST_DATABASE_URL)'}`, async () => {
    const store = await create!();
    cleanups.push(() => store.close());
    await playSampleDay(store);

    const entries = await store.readTranscriptsBetween(day.from, day.to);
    const report = computeReport(entries, await store.listCases(), day, { now: day.to + DAY });

    expect(report).toMatchObject(sampleDayFigures);
    expect(report.outcomes.slice(0, 5)).toEqual([
      { id: 'handoff', conversations: 2, shown: 2 },
      { id: 'reset-reseller', conversations: 1, shown: 1 },
      { id: 'reset-epki-ticket', conversations: 1, shown: 1 },
      { id: 'username-recovery', conversations: 1, shown: 1 },
      { id: 'webmaster-client-self', conversations: 0, shown: 0 },
    ]);
    expect(report.handoff).toMatchObject({
      cases: 2,
      byStatus: { queued: 0, accepted: 0, closed: 1, cancelled: 0, abandoned: 1 },
      recorded: 0,
      leftQueue: 1,
      agentWaitMs: { count: 1, median: 2 * MINUTE },
      agentHandleMs: { count: 1, median: 5 * MINUTE },
      waitBeforeLeavingMs: { count: 1, median: 16 * MINUTE },
    });
    expect(report.handoff.agentWaitHistogram.find((bin) => bin.count > 0)?.label).toBe('2 min – 5 min');

    // The transcripts hold the customer's words with the password masked; the report holds no words at all.
    const stored = JSON.stringify(entries);
    expect(stored).toContain('I need to reset my password, it was');
    expect(stored).not.toContain(SECRET);
    for (const output of [renderText(report), renderHtml(report)]) {
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain('I need to reset my password');
      expect(output).not.toContain('I have emailed them');
    }

    // A period the conversations are not in.
    const before = { from: day.from - DAY, to: day.from };
    const empty = computeReport(await store.readTranscriptsBetween(before.from, before.to), await store.listCases(), before, { now: day.to });
    expect(empty).toMatchObject({ conversations: 0, openedWithoutWriting: 0, handoff: { cases: 0 } });
  });
});
