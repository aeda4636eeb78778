// One day of real conversations, recorded through SupportBot into the given store, with the figures a
// report over that day must show. Used in process (test/analytics/report.e2e.test.ts) and through the
// command line on a SQLite file (test/analytics/report-cli.test.ts).
import type { Report } from '../../src/analytics/report.js';
import type { Store } from '../../src/ports/store.js';
import { RecordedBot } from './recorded-bot.js';

export const SAMPLE_DAY = Date.UTC(2026, 10, 2);
/** Typed by a customer; redacted before it is stored, and never in a report. */
export const SECRET = 'Tr0ub4dor&3!';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** What a report over the sample day must say, whichever store kept it. */
export const sampleDayFigures: Partial<Report> = {
  conversations: 5,
  openedWithoutWriting: 1,
  inProgress: 0,
  resolution: { count: 1, of: 3, rate: 1 / 3, yes: 1, no: 1, unanswered: 1, other: 0 },
  escalation: { count: 2, of: 5, rate: 0.4 },
  abandonment: { count: 2, of: 5, rate: 0.4, silentOnQuestion: 1, leftQueue: 1 },
  // Customer messages to the first outcome: 3 (resolved), 2 (escalated), 1 (left the queue), 1 (unanswered).
  turnsToOutcome: { count: 4, median: 1.5, p90: 2.7, max: 3 },
  msToOutcome: { count: 4, median: 7.5 * SECOND, p90: 18.5 * SECOND, max: 20 * SECOND },
  dropOff: [{ contentKey: 'reset.askCustomerType', conversations: 1 }],
};

export async function playSampleDay(store: Store): Promise<void> {
  const bot = new RecordedBot(store, SAMPLE_DAY + 9 * 60 * MINUTE);
  const anna = { id: 'agent-anna', name: 'Anna Schmidt' };

  // Resolved: the E-PKI ticket steps on the third message, 20 s after the first; "yes".
  const resolved = bot.chat('resolved');
  await resolved.open();
  bot.advance(10 * SECOND);
  await resolved.type('Reset my account password');
  bot.advance(10 * SECOND);
  await resolved.click('epki');
  bot.advance(10 * SECOND);
  await resolved.click('no');
  bot.advance(10 * SECOND);
  await resolved.click('yes');

  // Escalated: a password typed, the reseller steps on the second message (15 s), "no", a person:
  // accepted after 2 minutes in the queue, ended 5 minutes later.
  bot.advance(MINUTE);
  const escalated = bot.chat('escalated');
  await escalated.open();
  bot.advance(5 * SECOND);
  await escalated.type(`I need to reset my password, it was ${SECRET}`);
  bot.advance(15 * SECOND);
  await escalated.type('I bought it from a reseller');
  bot.advance(10 * SECOND);
  await escalated.click('no');
  bot.advance(10 * SECOND);
  await escalated.click('agent');
  bot.advance(2 * MINUTE);
  const caseId = await bot.accept(escalated.key, anna);
  bot.advance(MINUTE);
  await bot.desk.agents.agentWrote(`thread-${caseId}`, anna, 'Your reseller can reset it; I have emailed them for you.');
  bot.advance(4 * MINUTE);
  await bot.end(caseId, anna);

  // Left the queue: asks for a person at once, goes quiet, is taken off the queue after 16 minutes.
  bot.advance(MINUTE);
  const leftQueue = bot.chat('left-queue');
  await leftQueue.open();
  await leftQueue.type('I need to talk to a person');
  bot.advance(16 * MINUTE);
  await bot.desk.sweeper.sweep();

  // Dropped off at the customer-type question.
  bot.advance(MINUTE);
  const droppedOff = bot.chat('dropped-off');
  await droppedOff.open();
  await droppedOff.type('Reset my account password');

  // Opened the chat and wrote nothing.
  bot.advance(MINUTE);
  await bot.chat('opened-only').open();

  // The user-name steps at once; left without answering "Did that solve it?".
  bot.advance(MINUTE);
  const unanswered = bot.chat('unanswered');
  await unanswered.open();
  await unanswered.type('I forgot my user name');
}
