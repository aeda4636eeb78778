// The figures of `npm run report`, computed from what the store keeps: the redacted transcripts (each
// bot reply names its content key and, for the recovery steps and the handoff, its outcome id) and
// the handoff cases. Pure: the caller reads the store and says when "now" is. The figures count
// content keys, outcome ids and times only; no customer text is ever read into a report.
import { outcomeIds } from '../../machines/domain.js';
import type { HandoffCase, HandoffCaseStatus } from '../ports/handoff-queue.js';
import type { TranscriptEntry } from '../ports/transcript-log.js';
import { factsOf, type Feedback } from './conversation-facts.js';
import { histogram, rate, summarise, type Bin, type Rate, type Summary } from './statistics.js';

export { histogram, percentile, summarise, type Bin, type Rate, type Summary } from './statistics.js';

/** A half-open range of epoch ms: `from <= at < to`. */
export type Period = { from: number; to: number };

export type Report = {
  period: Period;
  /** The end of what the report can know: the period's end, or now when the period has not ended. */
  asOf: number;
  quietMs: number;
  /** The customer wrote at least one message in the period. */
  conversations: number;
  /** The chat was opened (a conversationUpdate) but the customer wrote nothing: not counted below. */
  openedWithoutWriting: number;
  /** Active within `quietMs` of `asOf`: neither abandoned nor a drop-off yet. */
  inProgress: number;
  resolution: Rate & { yes: number; no: number; unanswered: number; other: number };
  escalation: Rate;
  abandonment: Rate & { silentOnQuestion: number; leftQueue: number };
  /** Every known outcome id (and any other stored), with the conversations that were shown it. */
  outcomes: { id: string; conversations: number; shown: number }[];
  turnsToOutcome: Summary;
  msToOutcome: Summary;
  /** Finished conversations that reached no outcome, by the content key of the bot's last message. */
  dropOff: { contentKey: string; conversations: number }[];
  handoff: {
    /** Cases requested in the period. */
    cases: number;
    byStatus: Record<HandoffCaseStatus, number>;
    /** Closed without an agent ever accepting: recorded for the team while nobody could chat live. */
    recorded: number;
    /** Cases the customer left before an agent accepted: taken off the queue idle, or withdrawn. */
    leftQueue: number;
    agentWaitMs: Summary;
    agentHandleMs: Summary;
    /** How long customers who left the queue had waited. */
    waitBeforeLeavingMs: Summary;
    agentWaitHistogram: Bin[];
  };
};

export type ReportOptions = {
  /** When the store was read; defaults to the period's end. */
  now?: number;
  /** Silence after which a conversation counts as finished (default 30 minutes). */
  quietMs?: number;
};

export const DEFAULT_QUIET_MS = 30 * 60_000;

/** What each figure means, for the report's header; `quietMs` is the report's own. */
export const definitions = (quietMs: number): { figure: string; meaning: string }[] => [
  {
    figure: 'Conversations',
    meaning:
      'Conversations in which the customer wrote at least one message during the period. Only what happened inside the period counts, so a conversation crossing its start or end is counted with its part inside. Chats opened without a message are listed apart and left out of every rate.',
  },
  {
    figure: 'In progress',
    meaning: `Conversations with activity in the last ${Math.round(quietMs / 60_000)} minutes before the end of the period (or now, if sooner): not yet counted as abandoned, as a drop-off, or as an unanswered "Did that solve it?".`,
  },
  {
    figure: 'Resolution',
    meaning:
      'Of the conversations asked "Did that solve it?", those where the customer answered yes at least once (the bot said it was glad, or moved on to their other need). No: they answered no or asked for a person. Unanswered: they left without answering. Other: they answered with something else.',
  },
  { figure: 'Escalation', meaning: 'Conversations handed to a person (outcome "handoff": queued for an agent, or recorded for the team).' },
  {
    figure: 'Abandonment',
    meaning:
      'Conversations not resolved in which the customer left without answering the bot\'s last question (a message with buttons, or "could you put it another way?"; an unanswered "Did that solve it?" is counted under Resolution instead), or left the agent queue (taken off it idle, or withdrew before an agent accepted).',
  },
  { figure: 'Outcomes', meaning: 'For each outcome id, the conversations shown it (and how many times it was shown in all).' },
  {
    figure: 'Turns / time to outcome',
    meaning: "Customer messages up to and including the one answered with the conversation's first outcome, and the time from the first message to it.",
  },
  {
    figure: 'Drop-off',
    meaning: "Finished conversations that reached no outcome, by the content key of the bot's last message before the customer went silent.",
  },
  {
    figure: 'Agent wait / handle',
    meaning:
      'For handoff cases requested in the period: wait = accepted − requested (a case put back in the queue counts from its first request to the last accept); handle = closed − accepted. Recorded cases were closed at once because no agent could chat live.',
  },
  { figure: 'Median / p90', meaning: "Percentiles interpolated between the nearest values (like a spreadsheet's PERCENTILE.INC)." },
];

/** A case the customer left before any agent took it: taken off the queue idle, or withdrawn. */
const customerLeftQueue = (handoffCase: HandoffCase) =>
  handoffCase.status === 'abandoned' || (handoffCase.status === 'cancelled' && handoffCase.acceptedAt === undefined);

const within = (period: Period, at: number) => at >= period.from && at < period.to;

/**
 * The report for `period` from transcript entries and handoff cases. Entries and cases outside the
 * period may be passed and are ignored; entries of one conversation must be in the order appended.
 */
export function computeReport(entries: readonly TranscriptEntry[], cases: readonly HandoffCase[], period: Period, options: ReportOptions = {}): Report {
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  const asOf = Math.min(period.to, options.now ?? period.to);

  const byConversation = new Map<string, TranscriptEntry[]>();
  for (const entry of entries) {
    if (!within(period, entry.at)) continue;
    const list = byConversation.get(entry.conversationKey);
    if (list) list.push(entry);
    else byConversation.set(entry.conversationKey, [entry]);
  }

  const periodCases = cases.filter((handoffCase) => within(period, handoffCase.requestedAt));
  const leftQueueKeys = new Set(periodCases.filter(customerLeftQueue).map((handoffCase) => handoffCase.conversationKey));

  let conversations = 0;
  let openedWithoutWriting = 0;
  let inProgress = 0;
  const feedback: Record<Feedback, number> = { yes: 0, no: 0, unanswered: 0, other: 0 };
  let escalated = 0;
  let silentOnQuestion = 0;
  let leftQueue = 0;
  let abandoned = 0;
  const outcomeCounts = new Map<string, { conversations: number; shown: number }>(outcomeIds.map((id) => [id, { conversations: 0, shown: 0 }]));
  const turns: number[] = [];
  const times: number[] = [];
  const dropOff = new Map<string, number>();

  for (const [conversationKey, conversationEntries] of byConversation) {
    const facts = factsOf(conversationEntries);
    if (!facts.wrote) {
      if (conversationEntries.some((entry) => entry.direction === 'in')) openedWithoutWriting++;
      continue;
    }
    conversations++;
    const ongoing = asOf - facts.lastAt < quietMs;
    if (ongoing) inProgress++;
    // Asked a moment ago and not answered yet: too early to count either way.
    if (facts.feedback && !(facts.feedback === 'unanswered' && ongoing)) feedback[facts.feedback]++;
    if (facts.outcomes.includes('handoff')) escalated++;
    for (const id of new Set(facts.outcomes)) {
      const counts = outcomeCounts.get(id) ?? { conversations: 0, shown: 0 };
      counts.conversations++;
      counts.shown += facts.outcomes.filter((outcome) => outcome === id).length;
      outcomeCounts.set(id, counts);
    }
    if (facts.turnsToOutcome !== undefined) turns.push(facts.turnsToOutcome);
    if (facts.msToOutcome !== undefined) times.push(facts.msToOutcome);

    const resolved = facts.feedback === 'yes';
    const silent = !ongoing && facts.silentOnQuestion;
    const leftTheQueue = leftQueueKeys.has(conversationKey);
    if (!resolved && silent) silentOnQuestion++;
    if (!resolved && leftTheQueue) leftQueue++;
    if (!resolved && (silent || leftTheQueue)) abandoned++;
    if (!ongoing && facts.outcomes.length === 0) {
      const key = facts.lastBotKey ?? '(no reply)';
      dropOff.set(key, (dropOff.get(key) ?? 0) + 1);
    }
  }

  const asked = feedback.yes + feedback.no + feedback.unanswered + feedback.other;
  const accepted = periodCases.filter((handoffCase) => handoffCase.acceptedAt !== undefined);
  const waits = accepted.map((handoffCase) => handoffCase.acceptedAt! - handoffCase.requestedAt);
  const byStatus: Record<HandoffCaseStatus, number> = { queued: 0, accepted: 0, closed: 0, cancelled: 0, abandoned: 0 };
  for (const handoffCase of periodCases) byStatus[handoffCase.status]++;
  const leavers = periodCases.filter(customerLeftQueue);

  return {
    period,
    asOf,
    quietMs,
    conversations,
    openedWithoutWriting,
    inProgress,
    resolution: { ...rate(feedback.yes, asked), ...feedback },
    escalation: rate(escalated, conversations),
    abandonment: { ...rate(abandoned, conversations), silentOnQuestion, leftQueue },
    outcomes: [...outcomeCounts]
      .map(([id, counts]) => ({ id, ...counts }))
      // Stable: ids with the same count keep the order of machines/domain.ts.
      .sort((a, b) => b.conversations - a.conversations || b.shown - a.shown),
    turnsToOutcome: summarise(turns),
    msToOutcome: summarise(times),
    dropOff: [...dropOff]
      .map(([contentKey, count]) => ({ contentKey, conversations: count }))
      .sort((a, b) => b.conversations - a.conversations || (a.contentKey < b.contentKey ? -1 : 1)),
    handoff: {
      cases: periodCases.length,
      byStatus,
      recorded: periodCases.filter((handoffCase) => handoffCase.status === 'closed' && handoffCase.acceptedAt === undefined).length,
      leftQueue: leavers.length,
      agentWaitMs: summarise(waits),
      agentHandleMs: summarise(accepted.flatMap((handoffCase) => (handoffCase.closedAt !== undefined ? [handoffCase.closedAt - handoffCase.acceptedAt!] : []))),
      waitBeforeLeavingMs: summarise(
        leavers.flatMap((handoffCase) => (handoffCase.closedAt !== undefined ? [handoffCase.closedAt - handoffCase.requestedAt] : [])),
      ),
      agentWaitHistogram: histogram(waits),
    },
  };
}
