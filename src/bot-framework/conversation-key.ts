import type { Activity } from 'botbuilder';

/** One key per conversation across channels: a Web Chat and a Teams conversation never collide. */
export const conversationKeyOf = (activity: Pick<Activity, 'channelId' | 'conversation'>): string => `${activity.channelId}:${activity.conversation.id}`;
