// What the bot posted to a channel, as the local connector records it, and the views tests take of
// it: the content keys and outcomes said, and the replies of a message that joins several (one per
// part). Used by the connector and by tests that read what arrived.
import { partsOf, type ReplyChannelData } from '../../src/bot-framework/render-reply.js';

/** An activity as the bot posts it to the channel (JSON), with the fields the tests read. */
export type ReceivedActivity = {
  type: string;
  id?: string;
  text?: string;
  replyToId?: string;
  channelId?: string;
  conversation?: { id: string };
  from?: { id: string; name?: string };
  recipient?: { id: string; name?: string };
  channelData?: ReplyChannelData;
  suggestedActions?: { to?: string[]; actions: { type: string; title?: string; value?: unknown }[] };
  [field: string]: unknown;
};

/** The content keys of what the bot said, in order: every part of a message that joins several. */
export const contentKeysOf = (activities: ReceivedActivity[]): (string | undefined)[] =>
  activities.flatMap((activity) => (activity.channelData ? partsOf(activity.channelData) : [undefined]));

export const outcomesOf = (activities: ReceivedActivity[]): string[] =>
  activities.flatMap((activity) => (activity.channelData?.outcome ? [activity.channelData.outcome] : []));

/** See LocalConnector.said. */
export const repliesOf = (activities: ReceivedActivity[]): ReceivedActivity[] =>
  activities.flatMap((activity) => {
    const data = activity.channelData;
    if (!data?.contentKeys) return [activity];
    const { outcome, contentKeys, ...shared } = data;
    return contentKeys.map((contentKey, part) => ({ ...activity, channelData: { ...shared, contentKey, ...(part === 0 && outcome ? { outcome } : {}) } }));
  });

/** The content keys received, for a timeout's message. */
export const describeReceived = (activities: ReceivedActivity[]) =>
  activities.length === 0
    ? 'nothing'
    : contentKeysOf(activities)
        .map((key) => key ?? '(no contentKey)')
        .join(', ');
