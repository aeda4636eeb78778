// The report's remaining figures, on hand-built transcripts and cases: a conversation crossing the
// period's start or end, outcomes with turns and time to them, drop-off, the agents' wait and handle
// times, and the helpers behind them (percentiles, the wait histogram).
import { describe, expect, it } from 'vitest';
import { outcomeIds } from '../../machines/domain.js';
import { computeReport, histogram, percentile, summarise } from '../../src/analytics/report.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import {
  SECOND,
  MINUTE,
  HOUR,
  DAY,
  T0,
  period,
  later,
  opened,
  customer,
  bot,
  question,
  didItSolve,
  toOutcome,
  handoffCase,
} from '../support/transcript-entries.js';

describe('report: a conversation crossing the period boundary', () => {
  it('counts only its part inside the period: a question asked before the start is not asked in this period', () => {
    const start = T0;
    const entries = [
      customer('crossing', start - 2 * MINUTE, 'Reset my account password'),
      question('crossing', start - 2 * MINUTE, 'reset.askCustomerType'),
      customer('crossing', start - MINUTE, 'Directly from you'),
      bot('crossing', start - MINUTE, 'reset.directSelf', { outcome: 'reset-direct-self' }),
      didItSolve('crossing', start - MINUTE),
      customer('crossing', start + MINUTE, 'Yes, that solved it'),
      bot('crossing', start + MINUTE, 'common.glad'),
    ];

    const report = computeReport(entries, [], period, later);

    expect(report.conversations).toBe(1);
    expect(report.resolution).toMatchObject({ count: 0, of: 0 });
    expect(report.outcomes.find((outcome) => outcome.id === 'reset-direct-self')?.conversations).toBe(0);
    expect(report.turnsToOutcome.count).toBe(0);
    expect(report.abandonment.count).toBe(0);
    expect(report.dropOff).toEqual([{ contentKey: 'common.glad', conversations: 1 }]);

    const previous = computeReport(entries, [], { from: start - DAY, to: start }, later);
    // Asked a minute before that period ended: still going there, so not counted either way.
    expect(previous.resolution).toMatchObject({ of: 0, unanswered: 0 });
    expect(previous.inProgress).toBe(1);
    expect(previous.outcomes.find((outcome) => outcome.id === 'reset-direct-self')?.conversations).toBe(1);
  });

  it('treats a conversation still going at the end as in progress, not abandoned, and ignores what came after', () => {
    const end = T0 + DAY;
    const entries = [
      customer('crossing', end - 5 * MINUTE, 'Reset my account password'),
      question('crossing', end - 5 * MINUTE, 'reset.askCustomerType'),
      customer('crossing', end + MINUTE, 'Directly from you'),
      bot('crossing', end + MINUTE, 'reset.directSelf', { outcome: 'reset-direct-self' }),
    ];

    const report = computeReport(entries, [], period, later);

    expect(report).toMatchObject({ conversations: 1, inProgress: 1, abandonment: { count: 0 }, dropOff: [] });
    expect(report.outcomes.find((outcome) => outcome.id === 'reset-direct-self')?.conversations).toBe(0);
  });

  it('counts the cases requested in the period, whenever they were accepted or closed', () => {
    const cases = [
      handoffCase({ caseId: 'C-before', status: 'closed', requestedAt: T0 - MINUTE, acceptedAt: T0 + MINUTE, closedAt: T0 + 2 * MINUTE }),
      handoffCase({ caseId: 'C-in', status: 'closed', requestedAt: T0 + DAY - MINUTE, acceptedAt: T0 + DAY + MINUTE, closedAt: T0 + DAY + 5 * MINUTE }),
      handoffCase({ caseId: 'C-after', status: 'queued', requestedAt: T0 + DAY }),
    ];

    const { handoff } = computeReport([], cases, period, later);

    expect(handoff.cases).toBe(1);
    expect(handoff.agentWaitMs).toEqual({ count: 1, median: 2 * MINUTE, p90: 2 * MINUTE, max: 2 * MINUTE });
    expect(handoff.agentHandleMs).toEqual({ count: 1, median: 4 * MINUTE, p90: 4 * MINUTE, max: 4 * MINUTE });
  });
});

describe('report: outcomes, turns and time to outcome', () => {
  it('counts each outcome id by conversation and by times shown, most frequent first, including ids it does not know', () => {
    const at = T0 + HOUR;
    const entries = [
      ...toOutcome('a', at, 'reset-epki-ticket'),
      ...toOutcome('b', at, 'reset-epki-ticket'),
      customer('b', at + MINUTE, 'start over'),
      bot('b', at + MINUTE, 'reset.epkiTicket', { outcome: 'reset-epki-ticket' }),
      ...toOutcome('c', at, 'codesign-password'),
      ...toOutcome('d', at, 'retired-outcome'),
    ];

    const { outcomes } = computeReport(entries, [], period, later);

    expect(outcomes.slice(0, 3)).toEqual([
      { id: 'reset-epki-ticket', conversations: 2, shown: 3 },
      { id: 'codesign-password', conversations: 1, shown: 1 },
      { id: 'retired-outcome', conversations: 1, shown: 1 },
    ]);
    expect(outcomes).toHaveLength(outcomeIds.length + 1);
  });

  it("counts the customer's messages up to the first outcome, and the time from their first message", () => {
    const at = T0 + HOUR;
    const threeTurns = [
      opened('three', at),
      customer('three', at + 10 * SECOND, 'hi'),
      question('three', at + 10 * SECOND, 'triage.askNeed'),
      customer('three', at + 70 * SECOND, 'Reset my account password'),
      question('three', at + 70 * SECOND, 'reset.askCustomerType'),
      customer('three', at + 130 * SECOND, 'Directly from you'),
      bot('three', at + 130 * SECOND, 'reset.directSelf', { outcome: 'reset-direct-self' }),
      customer('three', at + 200 * SECOND, 'start over'),
      bot('three', at + 200 * SECOND, 'reset.directSelf', { outcome: 'reset-direct-self' }),
    ];
    const oneTurn = [customer('one', at, 'I need a person'), bot('one', at, 'handoff.queued', { outcome: 'handoff' })];
    const noOutcome = [customer('none', at, 'hello'), question('none', at, 'triage.askNeed')];

    const report = computeReport([...threeTurns, ...toOutcome('two', at), ...oneTurn, ...noOutcome], [], period, later);

    expect(report.turnsToOutcome).toEqual({ count: 3, median: 2, p90: 2.8, max: 3 });
    expect(report.msToOutcome).toEqual({ count: 3, median: 30 * SECOND, p90: 102 * SECOND, max: 120 * SECOND });
  });
});

describe('report: drop-off', () => {
  it("counts finished conversations without an outcome by the bot's last message", () => {
    const at = T0 + HOUR;
    const stopsAt = (key: string, ...last: TranscriptEntry[]) => [
      opened(key, at),
      bot(key, at, 'common.welcome'),
      customer(key, at + SECOND, 'hello'),
      ...last,
    ];
    const entries = [
      ...stopsAt('a', question('a', at + SECOND, 'reset.askCustomerType')),
      ...stopsAt('b', bot('b', at + SECOND, 'reset.intro'), question('b', at + SECOND, 'reset.askCustomerType')),
      ...stopsAt('c', question('c', at + SECOND, 'access.askRole')),
      ...stopsAt('d', bot('d', at + SECOND, 'common.secretWarning')),
      [customer('e', at, 'anyone there?')],
      ...toOutcome('with-outcome', at),
    ].flat();

    const { dropOff } = computeReport(entries, [], period, later);

    expect(dropOff).toEqual([
      { contentKey: 'reset.askCustomerType', conversations: 2 },
      { contentKey: '(no reply)', conversations: 1 },
      { contentKey: 'access.askRole', conversations: 1 },
      { contentKey: 'common.secretWarning', conversations: 1 },
    ]);
  });
});

describe('report: agents', () => {
  it('measures wait (requested → accepted) and handle (accepted → closed) time, and counts cases by status', () => {
    const at = T0 + HOUR;
    const cases = [
      handoffCase({ caseId: 'C-1', status: 'closed', requestedAt: at, acceptedAt: at + 20 * SECOND, closedAt: at + 10 * MINUTE }),
      handoffCase({ caseId: 'C-2', status: 'closed', requestedAt: at, acceptedAt: at + 90 * SECOND, closedAt: at + 3 * MINUTE }),
      handoffCase({ caseId: 'C-3', status: 'accepted', requestedAt: at, acceptedAt: at + 7 * MINUTE }),
      handoffCase({ caseId: 'C-4', status: 'queued', requestedAt: at }),
      handoffCase({ caseId: 'C-5', status: 'closed', requestedAt: at, closedAt: at }),
      handoffCase({ caseId: 'C-6', status: 'abandoned', requestedAt: at, closedAt: at + 15 * MINUTE }),
    ];

    const { handoff } = computeReport([], cases, period, later);

    expect(handoff).toMatchObject({
      cases: 6,
      byStatus: { queued: 1, accepted: 1, closed: 3, cancelled: 0, abandoned: 1 },
      recorded: 1,
      leftQueue: 1,
      agentWaitMs: { count: 3, median: 90 * SECOND, p90: 354 * SECOND, max: 7 * MINUTE },
      agentHandleMs: { count: 2, median: 335 * SECOND, p90: 531 * SECOND, max: 580 * SECOND },
    });
    expect(handoff.agentWaitHistogram.map((bin) => [bin.label, bin.count])).toEqual([
      ['< 30 s', 1],
      ['30 s – 1 min', 0],
      ['1 min – 2 min', 1],
      ['2 min – 5 min', 0],
      ['5 min – 10 min', 1],
      ['10 min – 30 min', 0],
      ['≥ 30 min', 0],
    ]);
  });
});

describe('report: percentiles and histograms', () => {
  it('interpolates percentiles between the nearest values', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(summarise([3, 1, 2])).toEqual({ count: 3, median: 2, p90: 2.8, max: 3 });
    expect(summarise([])).toEqual({ count: 0 });
  });

  it('puts each value in the bin that starts at or below it', () => {
    expect(histogram([0, 9, 10, 19, 20, 1e9], [0, 10, 20, Number.POSITIVE_INFINITY]).map((bin) => bin.count)).toEqual([2, 2, 2]);
  });
});
