// Transcripts and handoff cases built by hand for the report's tests: a fixed period (one day from T0),
// the entries a conversation leaves (opened, the customer's words, the bot's replies and questions),
// and a conversation that reaches an outcome. Shared by test/analytics/report-*.test.ts.
import type { Period } from '../../src/analytics/report.js';
import type { HandoffCase } from '../../src/ports/handoff-queue.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const T0 = Date.UTC(2026, 10, 1);
export const period: Period = { from: T0, to: T0 + DAY };
/** Read long after the period: every conversation in it has finished. */
export const later = { now: T0 + 7 * DAY };

export const opened = (key: string, at: number): TranscriptEntry => ({
  conversationKey: key,
  at,
  direction: 'in',
  activity: { type: 'conversationUpdate', id: `in-${at}`, conversation: { id: key } },
});

export const customer = (key: string, at: number, text: string): TranscriptEntry => ({
  conversationKey: key,
  at,
  direction: 'in',
  activity: { type: 'message', id: `in-${at}`, conversation: { id: key }, from: { id: 'user', role: 'user' }, text },
});

/** A bot reply as src/bot-framework/render-reply.ts stores it: buttons as suggested actions, key and outcome in channelData. */
export const bot = (key: string, at: number, contentKey: string, options: { outcome?: string; choices?: string[] } = {}): TranscriptEntry => ({
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

export const question = (key: string, at: number, contentKey: string) => bot(key, at, contentKey, { choices: ['A', 'B'] });
export const didItSolve = (key: string, at: number) => bot(key, at, 'common.didItSolve', { choices: ['Yes, that solved it', 'No', 'Talk to a person'] });

/** A conversation that reaches `outcome` on its second message, 30 s after the first, and is asked if it solved it. */
export const toOutcome = (key: string, at: number, outcome = 'reset-direct-self'): TranscriptEntry[] => [
  opened(key, at),
  bot(key, at, 'common.welcome'),
  question(key, at, 'triage.askNeed'),
  customer(key, at + 5 * SECOND, 'Reset my account password'),
  question(key, at + 5 * SECOND, 'reset.askCustomerType'),
  customer(key, at + 35 * SECOND, 'Directly from you'),
  bot(key, at + 35 * SECOND, 'reset.directSelf', { outcome }),
  didItSolve(key, at + 35 * SECOND),
];

export const handoffCase = (overrides: Partial<HandoffCase> & Pick<HandoffCase, 'caseId' | 'status' | 'requestedAt'>): HandoffCase => ({
  reason: 'asked',
  slots: {},
  shown: [],
  conversationKey: `c-${overrides.caseId}`,
  lastCustomerAt: overrides.requestedAt,
  ...overrides,
});
