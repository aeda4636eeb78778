// The report's figures on hand-built transcripts and cases: each figure, its edge cases (an empty
// period, conversations crossing the period's start or end, conversations still going), and the
// helpers behind them (percentiles, the wait histogram).
import { describe, expect, it } from 'vitest';
import { outcomeIds } from '../../machines/domain.js';
import { computeReport, DEFAULT_QUIET_MS, histogram, percentile, summarise, type Period } from '../../src/analytics/report.js';
import type { HandoffCase } from '../../src/ports/handoff-queue.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1);
const period: Period = { from: T0, to: T0 + DAY };
/** Read long after the period: every conversation in it has finished. */
const later = { now: T0 + 7 * DAY };

const opened = (key: string, at: number): TranscriptEntry => ({
  conversationKey: key,
  at,
  direction: 'in',
  activity: { type: 'conversationUpdate', id: `in-${at}`, conversation: { id: key } },
});

const customer = (key: string, at: number, text: string): TranscriptEntry => ({
  conversationKey: key,
  at,
  direction: 'in',
  activity: { type: 'message', id: `in-${at}`, conversation: { id: key }, from: { id: 'user', role: 'user' }, text },
});

/** A bot reply as src/bot-framework/render-reply.ts stores it: buttons as suggested actions, key and outcome in channelData. */
const bot = (key: string, at: number, contentKey: string, options: { outcome?: string; choices?: string[] } = {}): TranscriptEntry => ({
  conversationKey: key,
  at,
  direction: 'out',
  activity: {
    type: 'message',
    text: `(${contentKey})`,
    channelData: { contentKey, ...(options.outcome ? { outcome: options.outcome } : {}) },
    ...(options.choices ? { suggestedActions: { to: [], actions: options.choices.map((title) => ({ type: 'imBack', title, value: title })) } } : {}),
  },
  ...(options.outcome ? { outcome: options.outcome } : {}),
});

const question = (key: string, at: number, contentKey: string) => bot(key, at, contentKey, { choices: ['A', 'B'] });
const didItSolve = (key: string, at: number) => bot(key, at, 'common.didItSolve', { choices: ['Yes, that solved it', 'No', 'Talk to a person'] });

/** A conversation that reaches `outcome` on its second message, 30 s after the first, and is asked if it solved it. */
const toOutcome = (key: string, at: number, outcome = 'reset-direct-self'): TranscriptEntry[] => [
  opened(key, at),
  bot(key, at, 'common.welcome'),
  question(key, at, 'triage.askNeed'),
  customer(key, at + 5 * SECOND, 'Reset my account password'),
  question(key, at + 5 * SECOND, 'reset.askCustomerType'),
  customer(key, at + 35 * SECOND, 'Directly from you'),
  bot(key, at + 35 * SECOND, 'reset.directSelf', { outcome }),
  didItSolve(key, at + 35 * SECOND),
];

const handoffCase = (overrides: Partial<HandoffCase> & Pick<HandoffCase, 'caseId' | 'status' | 'requestedAt'>): HandoffCase => ({
  reason: 'asked',
  slots: {},
  shown: [],
  conversationKey: `c-${overrides.caseId}`,
  lastCustomerAt: overrides.requestedAt,
  ...overrides,
});

describe('report: conversations', () => {
  it('shows an empty period as zeros and no rates, listing every known outcome id', () => {
    const report = computeReport([], [], period, later);

    expect(report).toMatchObject({
      conversations: 0,
      openedWithoutWriting: 0,
      inProgress: 0,
      resolution: { count: 0, of: 0, yes: 0, no: 0, unanswered: 0, other: 0 },
      escalation: { count: 0, of: 0 },
      abandonment: { count: 0, of: 0, silentOnQuestion: 0, leftQueue: 0 },
      turnsToOutcome: { count: 0 },
      msToOutcome: { count: 0 },
      dropOff: [],
      handoff: { cases: 0, recorded: 0, leftQueue: 0, agentWaitMs: { count: 0 }, agentHandleMs: { count: 0 } },
    });
    expect(report.resolution.rate).toBeUndefined();
    expect(report.escalation.rate).toBeUndefined();
    expect(report.abandonment.rate).toBeUndefined();
    expect(report.outcomes.map((outcome) => outcome.id)).toEqual([...outcomeIds]);
    expect(report.outcomes.every((outcome) => outcome.conversations === 0 && outcome.shown === 0)).toBe(true);
    expect(report.handoff.agentWaitHistogram.every((bin) => bin.count === 0)).toBe(true);
  });

  it('counts conversations in which the customer wrote, and apart those only opened', () => {
    const entries = [
      ...toOutcome('a', T0 + HOUR),
      opened('b', T0 + 2 * HOUR),
      bot('b', T0 + 2 * HOUR, 'common.welcome'),
      question('b', T0 + 2 * HOUR, 'triage.askNeed'),
      // Written to before the period only: its later notice is no reason to count it.
      customer('c', T0 - HOUR, 'hello'),
      bot('c', T0 + HOUR, 'handoff.idleRemoved'),
    ];

    const report = computeReport(entries, [], period, later);

    expect(report.conversations).toBe(1);
    expect(report.openedWithoutWriting).toBe(1);
    expect(report.dropOff).toEqual([]);
  });

  it('ignores entries outside the period, wherever they are in the list', () => {
    const inside = toOutcome('a', T0 + HOUR);
    const outside = [...toOutcome('b', T0 - HOUR), ...toOutcome('c', T0 + DAY)];

    expect(computeReport([...outside, ...inside], [], period, later)).toEqual(computeReport(inside, [], period, later));
  });
});

describe('report: resolution ("Did that solve it?" answered yes)', () => {
  const answered = (key: string, at: number, answer: string, reply: TranscriptEntry[]) => [...toOutcome(key, at), customer(key, at + MINUTE, answer), ...reply];

  it('counts yes (glad, or the offer of their other need), no (not solved, or a person), unanswered and other', () => {
    const at = T0 + HOUR;
    const entries = [
      ...answered('yes', at, 'Yes, that solved it', [bot('yes', at + MINUTE, 'common.glad')]),
      ...answered('yes-next', at, 'Yes', [question('yes-next', at + MINUTE, 'triage.offerNext.find_account')]),
      // A secret warning may come before the reply that tells the answer.
      ...answered('yes-warned', at, 'yes my password is [secret removed]', [
        bot('yes-warned', at + MINUTE, 'common.secretWarning'),
        bot('yes-warned', at + MINUTE, 'common.glad'),
      ]),
      ...answered('no', at, 'No', [question('no', at + MINUTE, 'common.notSolved')]),
      ...answered('person', at, 'Talk to a person', [bot('person', at + MINUTE, 'handoff.queued', { outcome: 'handoff' })]),
      ...toOutcome('unanswered', at),
      ...answered('other', at, 'what about my user name?', [
        bot('other', at + MINUTE, 'triage.usernameRecovery', { outcome: 'username-recovery' }),
        didItSolve('other', at + MINUTE),
        customer('other', at + 2 * MINUTE, 'ok'),
      ]),
      ...answered('stuck', at, 'blue', [bot('stuck', at + MINUTE, 'handoff.stuck'), bot('stuck', at + MINUTE, 'handoff.queued', { outcome: 'handoff' })]),
      ...toOutcome('never-asked', at).slice(0, -1),
    ];

    const { resolution } = computeReport(entries, [], period, later);

    expect(resolution).toEqual({ count: 3, of: 8, rate: 3 / 8, yes: 3, no: 2, unanswered: 1, other: 2 });
  });

  it('counts a conversation once: yes to one need is a resolution even if a later one was not solved', () => {
    const at = T0 + HOUR;
    const entries = [
      ...answered('two-needs', at, 'Yes', [question('two-needs', at + MINUTE, 'triage.offerNext.find_account')]),
      customer('two-needs', at + 2 * MINUTE, 'Yes, please'),
      bot('two-needs', at + 2 * MINUTE, 'access.ownerFindAccounts', { outcome: 'owner-find-accounts' }),
      didItSolve('two-needs', at + 2 * MINUTE),
      customer('two-needs', at + 3 * MINUTE, 'No'),
      question('two-needs', at + 3 * MINUTE, 'common.notSolved'),
    ];

    expect(computeReport(entries, [], period, later).resolution).toMatchObject({ count: 1, of: 1, yes: 1, no: 0 });
  });

  it('takes the answer to the question asked again after a misunderstanding', () => {
    const at = T0 + HOUR;
    const entries = answered('again', at, 'purple', [
      bot('again', at + MINUTE, 'common.notUnderstood'),
      didItSolve('again', at + MINUTE),
      customer('again', at + 2 * MINUTE, 'yes'),
      bot('again', at + 2 * MINUTE, 'common.glad'),
    ]);

    expect(computeReport(entries, [], period, later).resolution).toMatchObject({ count: 1, of: 1, yes: 1, other: 0 });
  });

  it('leaves out a question asked moments before the end, not answered yet', () => {
    const end = T0 + DAY;
    const entries = toOutcome('just-asked', end - 5 * MINUTE);

    const report = computeReport(entries, [], period, later);

    expect(report.inProgress).toBe(1);
    expect(report.resolution).toMatchObject({ of: 0, unanswered: 0 });
    expect(computeReport(entries, [], period, { ...later, quietMs: MINUTE }).resolution).toMatchObject({ of: 1, unanswered: 1 });
  });
});

describe('report: escalation and abandonment', () => {
  it('counts conversations handed to a person, queued or recorded, once each', () => {
    const at = T0 + HOUR;
    const entries = [
      customer('queued', at, 'a person please'),
      bot('queued', at, 'handoff.queued', { outcome: 'handoff' }),
      customer('queued', at + HOUR, 'agent'),
      bot('queued', at + HOUR, 'handoff.queued', { outcome: 'handoff' }),
      customer('recorded', at, 'a person please'),
      bot('recorded', at, 'handoff.offline', { outcome: 'handoff' }),
      ...toOutcome('self', at),
    ];

    const report = computeReport(entries, [], period, later);

    expect(report.escalation).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(report.outcomes.find((outcome) => outcome.id === 'handoff')).toEqual({ id: 'handoff', conversations: 2, shown: 3 });
  });

  it('counts as abandoned the customers silent on a question, with or without buttons, and no one else', () => {
    const at = T0 + HOUR;
    const entries = [
      customer('on-buttons', at, 'Reset my account password'),
      question('on-buttons', at, 'reset.askCustomerType'),
      customer('on-not-understood', at, 'zzz'),
      bot('on-not-understood', at, 'common.notUnderstood'),
      customer('on-not-solved', at, 'No'),
      question('on-not-solved', at, 'common.notSolved'),
      // Not a question: the agent's chat ended, and the bot said what comes next.
      customer('after-agent', at, 'thanks'),
      bot('after-agent', at, 'handoff.agentEnded'),
      bot('after-agent', at, 'handoff.anythingElse'),
      // Answered the question; the bot said nothing more (a message relayed to an agent).
      question('answered', at, 'triage.askNeed'),
      customer('answered', at + MINUTE, 'hello?'),
      // Left after the steps without saying whether they worked: counted under resolution instead.
      ...toOutcome('unanswered-feedback', at),
      // Said yes, then left when offered their other need: resolved, not abandoned.
      ...toOutcome('resolved', at),
      customer('resolved', at + MINUTE, 'Yes'),
      question('resolved', at + MINUTE, 'triage.offerNext.find_account'),
    ];

    const { abandonment } = computeReport(entries, [], period, later);

    expect(abandonment).toEqual({ count: 3, of: 7, rate: 3 / 7, silentOnQuestion: 3, leftQueue: 0 });
  });

  it('counts as abandoned the customers who left the agent queue: idle, or withdrawn before an agent took it', () => {
    const at = T0 + HOUR;
    const asks = (key: string) => [customer(key, at, 'a person'), bot(key, at, 'handoff.queued', { outcome: 'handoff' })];
    const entries = [...asks('idle'), ...asks('withdrew'), ...asks('ended-agent-chat'), ...asks('served')];
    const cases = [
      handoffCase({ caseId: 'C-1', conversationKey: 'idle', status: 'abandoned', requestedAt: at, closedAt: at + 15 * MINUTE }),
      handoffCase({ caseId: 'C-2', conversationKey: 'withdrew', status: 'cancelled', requestedAt: at, closedAt: at + 3 * MINUTE }),
      handoffCase({
        caseId: 'C-3',
        conversationKey: 'ended-agent-chat',
        status: 'cancelled',
        requestedAt: at,
        acceptedAt: at + MINUTE,
        closedAt: at + 2 * MINUTE,
      }),
      handoffCase({ caseId: 'C-4', conversationKey: 'served', status: 'closed', requestedAt: at, acceptedAt: at + MINUTE, closedAt: at + 9 * MINUTE }),
    ];

    const report = computeReport(entries, cases, period, later);

    expect(report.abandonment).toEqual({ count: 2, of: 4, rate: 0.5, silentOnQuestion: 0, leftQueue: 2 });
    expect(report.handoff.leftQueue).toBe(2);
    expect(report.handoff.waitBeforeLeavingMs).toEqual({ count: 2, median: 9 * MINUTE, p90: 13.8 * MINUTE, max: 15 * MINUTE });
  });

  it('does not call a conversation abandoned, or a drop-off, while it may still be going', () => {
    const end = T0 + DAY;
    const entries = [
      customer('recent', end - 10 * MINUTE, 'Reset my account password'),
      question('recent', end - 10 * MINUTE, 'reset.askCustomerType'),
      customer('quiet', end - 40 * MINUTE, 'Reset my account password'),
      question('quiet', end - 40 * MINUTE, 'reset.askCustomerType'),
    ];

    const report = computeReport(entries, [], period, later);

    expect(report.quietMs).toBe(DEFAULT_QUIET_MS);
    expect(report.inProgress).toBe(1);
    expect(report.abandonment).toMatchObject({ count: 1, of: 2 });
    expect(report.dropOff).toEqual([{ contentKey: 'reset.askCustomerType', conversations: 1 }]);
  });

  it('measures "still going" from now when the period has not ended yet', () => {
    const now = T0 + 12 * HOUR;
    const entries = [customer('a', now - 20 * MINUTE, 'Reset my account password'), question('a', now - 20 * MINUTE, 'reset.askCustomerType')];

    const report = computeReport(entries, [], period, { now });

    expect(report.asOf).toBe(now);
    expect(report.inProgress).toBe(1);
    expect(report.abandonment.count).toBe(0);
    expect(computeReport(entries, [], period, { now: now + 11 * MINUTE }).abandonment.count).toBe(1);
  });
});

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
