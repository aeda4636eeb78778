// A reply from the runner as a Bot Framework activity: markdown text, buttons as suggested actions
// (imBack, so a click reads in the transcript exactly like the typed words), and the content key and
// outcome id in channelData for tests, analytics and agents.
import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { Reply } from '../conversation/run-turn.js';

/** `speaker`: the agent whose message this is, when the bot relays one. */
export type ReplyChannelData = { contentKey: string; outcome?: string; speaker?: string };

export function renderReply(reply: Reply): Partial<Activity> {
  const channelData: ReplyChannelData = {
    contentKey: reply.key,
    ...(reply.outcome ? { outcome: reply.outcome } : {}),
    ...(reply.speaker ? { speaker: reply.speaker } : {}),
  };
  return {
    type: ActivityTypes.Message,
    text: reply.text,
    textFormat: 'markdown',
    channelData,
    ...(reply.choices.length > 0
      ? {
          suggestedActions: {
            to: [],
            actions: reply.choices.map((choice) => ({ type: ActionTypes.ImBack, title: choice.label, value: choice.label })),
          },
        }
      : {}),
  };
}
