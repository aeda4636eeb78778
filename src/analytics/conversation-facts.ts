// What one conversation's transcript entries say, for the report: outcomes shown, turns and time to
// the first, the answer to "Did that solve it?", and whether the customer went silent on a question.
// Reads content keys, outcome ids and times only, never customer text.
import type { TranscriptEntry } from '../ports/transcript-log.js';

const DID_IT_SOLVE = 'common.didItSolve';
/**
 * What the bot's reply to an answer to "Did that solve it?" shows the answer was: common.glad and the
 * offer of the customer's other need follow only a yes (or thanks); common.notSolved and a handoff
 * follow a no or "talk to a person". Being stuck (not understood twice) is neither.
 */
function answerShownBy(key: string): 'yes' | 'no' | 'other' | undefined {
  if (key === 'common.glad' || key.startsWith('triage.offerNext.')) return 'yes';
  if (key === 'handoff.stuck') return 'other';
  if (key === 'common.notSolved' || key.startsWith('handoff.')) return 'no';
  return undefined;
}

/** Questions the bot asks without buttons; every other question has choices (stored as suggested actions). */
const questionsWithoutChoices: readonly string[] = ['common.notUnderstood'];

type ChannelData = { contentKey?: unknown; outcome?: unknown };
const channelDataOf = (entry: TranscriptEntry) => (entry.activity.channelData ?? {}) as ChannelData;

const contentKeyOf = (entry: TranscriptEntry): string | undefined => {
  const key = channelDataOf(entry).contentKey;
  return typeof key === 'string' ? key : undefined;
};

const outcomeOf = (entry: TranscriptEntry): string | undefined => {
  const outcome = entry.outcome ?? channelDataOf(entry).outcome;
  return typeof outcome === 'string' ? outcome : undefined;
};

const isCustomerMessage = (entry: TranscriptEntry) => entry.direction === 'in' && entry.activity.type === 'message';

/** A bot message that waits for an answer: it has buttons, or it is one of the few questions without. */
function isQuestion(entry: TranscriptEntry): boolean {
  const actions = (entry.activity.suggestedActions as { actions?: unknown } | undefined)?.actions;
  if (Array.isArray(actions) && actions.length > 0) return true;
  const key = contentKeyOf(entry);
  return key !== undefined && questionsWithoutChoices.includes(key);
}

export type Feedback = 'yes' | 'no' | 'unanswered' | 'other';

/** What one conversation's entries in the period say. */
export type ConversationFacts = {
  wrote: boolean;
  outcomes: string[];
  turnsToOutcome?: number;
  msToOutcome?: number;
  feedback?: Feedback;
  lastBotKey?: string;
  silentOnQuestion: boolean;
  lastAt: number;
};

export function factsOf(entries: readonly TranscriptEntry[]): ConversationFacts {
  let messages = 0;
  let firstMessageAt: number | undefined;
  const outcomes: string[] = [];
  let turnsToOutcome: number | undefined;
  let msToOutcome: number | undefined;
  const answers = new Set<'yes' | 'no' | 'other'>();
  // Where "Did that solve it?" stands: asked and waiting, or answered and waiting for the bot's reply.
  let feedback: 'asked' | 'answered' | undefined;
  let asked = false;
  let lastBot: TranscriptEntry | undefined;
  let answeredLastBot = false;

  for (const entry of entries) {
    if (isCustomerMessage(entry)) {
      messages++;
      firstMessageAt ??= entry.at;
      answeredLastBot = true;
      if (feedback === 'answered') {
        // The bot's reply to the answer said neither yes nor no (a new question, say): something else.
        answers.add('other');
        feedback = undefined;
      } else if (feedback === 'asked') {
        feedback = 'answered';
      }
      continue;
    }
    if (entry.direction !== 'out') continue;
    const key = contentKeyOf(entry);
    if (key !== undefined) {
      lastBot = entry;
      answeredLastBot = false;
    }
    const outcome = outcomeOf(entry);
    if (outcome !== undefined) {
      // Measured only when the customer's first message in the period came before it.
      if (outcomes.length === 0 && firstMessageAt !== undefined) {
        turnsToOutcome = messages;
        msToOutcome = entry.at - firstMessageAt;
      }
      outcomes.push(outcome);
    }
    if (key === DID_IT_SOLVE) {
      asked = true;
      feedback = 'asked';
    } else if (feedback === 'answered' && key !== undefined) {
      // The reply to the answer tells what it was; other replies (a secret warning, small talk) may come first.
      const answer = answerShownBy(key);
      if (answer) {
        answers.add(answer);
        feedback = undefined;
      }
    }
  }
  if (feedback === 'answered') answers.add('other');

  const verdict: Feedback | undefined = !asked
    ? undefined
    : answers.has('yes')
      ? 'yes'
      : answers.has('no')
        ? 'no'
        : feedback === 'asked'
          ? 'unanswered'
          : 'other';
  const lastBotKey = lastBot && contentKeyOf(lastBot);
  return {
    wrote: messages > 0,
    outcomes,
    ...(turnsToOutcome !== undefined ? { turnsToOutcome } : {}),
    ...(msToOutcome !== undefined ? { msToOutcome } : {}),
    ...(verdict ? { feedback: verdict } : {}),
    ...(lastBotKey !== undefined ? { lastBotKey } : {}),
    silentOnQuestion: lastBot !== undefined && !answeredLastBot && isQuestion(lastBot) && lastBotKey !== DID_IT_SOLVE,
    // Not necessarily the last appended: a notice between turns may carry an earlier clock reading.
    lastAt: entries.reduce((latest, entry) => Math.max(latest, entry.at), Number.NEGATIVE_INFINITY),
  };
}
