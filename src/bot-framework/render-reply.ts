// A turn's replies as Bot Framework activities. What the bot says in one turn goes out as ONE message
// where it can: every activity is a call to the channel (over the internet to the Bot Connector, with
// per-conversation rate limits in Teams), and "here is how…" then "did that solve it?" read as well in
// one bubble as in two. A message ends at a question with buttons (buttons belong to the end of a
// message), before a second outcome (one outcome per message, for transcripts and reports), and where
// the speaker changes (an agent's relayed words are never mixed with the bot's).
//
// Markdown text, buttons as suggested actions (imBack, so a click reads in the transcript exactly like
// the typed words), and in channelData the content keys of the parts, the outcome id and the speaker,
// for tests, analytics and agents.
import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply.js';

export type ReplyChannelData = {
  /** The content key of the message's last part: the question its buttons answer, if it has any. */
  contentKey: string;
  /** Every part's content key, in order, when the message joins more than one reply. */
  contentKeys?: string[];
  outcome?: string;
  /** The agent whose message this is, when the bot relays one. */
  speaker?: string;
};

/** Where the parts of one message are joined: a new paragraph. */
const PARAGRAPH = '\n\n';

function renderMessage(parts: readonly Reply[]): Partial<Activity> {
  const last = parts.at(-1)!;
  const outcome = parts.find((part) => part.outcome)?.outcome;
  const channelData: ReplyChannelData = {
    contentKey: last.key,
    ...(parts.length > 1 ? { contentKeys: parts.map((part) => part.key) } : {}),
    ...(outcome ? { outcome } : {}),
    ...(last.speaker ? { speaker: last.speaker } : {}),
  };
  return {
    type: ActivityTypes.Message,
    text: parts.map((part) => part.text).join(PARAGRAPH),
    textFormat: 'markdown',
    channelData,
    ...(last.choices.length > 0
      ? { suggestedActions: { to: [], actions: last.choices.map((choice) => ({ type: ActionTypes.ImBack, title: choice.label, value: choice.label })) } }
      : {}),
  };
}

/** Whether `reply` must start a message of its own after `message` (the parts gathered so far). */
const startsNewMessage = (message: readonly Reply[], reply: Reply): boolean => {
  const previous = message.at(-1);
  if (!previous) return false;
  return previous.choices.length > 0 || previous.speaker !== reply.speaker || (reply.outcome !== undefined && message.some((part) => part.outcome));
};

export function renderReplies(replies: readonly Reply[]): Partial<Activity>[] {
  const messages: Reply[][] = [];
  for (const reply of replies) {
    const current = messages.at(-1);
    if (!current || startsNewMessage(current, reply)) messages.push([reply]);
    else current.push(reply);
  }
  return messages.map(renderMessage);
}

/** One reply on its own (an apology after an error). */
export const renderReply = (reply: Reply): Partial<Activity> => renderMessage([reply]);

/** The content keys of one message, every part in order. */
export const partsOf = (channelData: ReplyChannelData): string[] => channelData.contentKeys ?? [channelData.contentKey];
