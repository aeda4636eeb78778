// The report's figures about customers, on hand-built transcripts: which conversations count, the
// resolution rate ("Did that solve it?" answered yes), escalation to a person and abandonment, with
// their edge cases (an empty period, entries outside it, conversations still going).
import { describe, expect, it } from 'vitest';
import { outcomeIds } from '../../machines/domain.js';
import { computeReport, DEFAULT_QUIET_MS } from '../../src/analytics/report.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import { MINUTE, HOUR, DAY, T0, period, later, opened, customer, bot, question, didItSolve, toOutcome, handoffCase } from '../support/transcript-entries.js';

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
