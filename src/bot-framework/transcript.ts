// What of a turn goes into the transcript: the customer's activity with its text already masked, and
// the activities the bot sent. Never the raw text.
import { TurnContext, type Activity } from 'botbuilder';
import type { TranscriptEntry } from '../ports/transcript-log.js';
import type { ReplyChannelData } from './render-reply.js';

export function inboundEntry(conversationKey: string, activity: Activity, redactedText: string | undefined, at: number): TranscriptEntry {
  return {
    conversationKey,
    at,
    direction: 'in',
    activity: {
      type: activity.type,
      id: activity.id,
      channelId: activity.channelId,
      conversation: { id: activity.conversation.id },
      from: { id: activity.from?.id, name: activity.from?.name, role: activity.from?.role },
      ...(redactedText !== undefined ? { text: redactedText } : {}),
    },
  };
}

export function outboundEntry(conversationKey: string, activity: Partial<Activity>, at: number): TranscriptEntry {
  const outcome = (activity.channelData as ReplyChannelData | undefined)?.outcome;
  return { conversationKey, at, direction: 'out', activity: { ...activity }, ...(outcome ? { outcome } : {}) };
}

/**
 * The reference needed to message this customer later (an agent's reply, a queue update). Without the
 * activity id: later messages answer nothing (proactive.ts), and without it the reference stays the
 * same from turn to turn, so it is written once rather than every turn.
 */
export function referenceOf(activity: Activity): Record<string, unknown> {
  const { activityId: _answersNothing, ...reference } = TurnContext.getConversationReference(activity);
  return reference;
}
