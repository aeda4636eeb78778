// Who handles an incoming activity, declared as data: the customer's conversation (Web Chat, Direct
// Line, the Emulator), the agents' desk (Teams), a contact centre reporting on a case over the handoff
// protocol, or nobody. The first row that matches wins. A new channel is a new row here; SupportBot only
// carries out the decision.
import { ActivityTypes, Channels, HandoffEventNames, type Activity } from 'botbuilder';

export type Handler = 'customer' | 'agents' | 'contactCentre' | 'nobody';

export type ChannelRoute = {
  /** A channel id, or '*' for any. */
  channel: string;
  type: string;
  /** An event's or invoke's name; any when left out. */
  name?: string;
  /** Only when the sender is not the customer (the channel's own side speaks). */
  notFromCustomer?: true;
  to: Handler;
  why: string;
};

export const channelRoutes: readonly ChannelRoute[] = [
  { channel: Channels.Msteams, type: ActivityTypes.Message, to: 'agents', why: 'agents take cases and chat in the agents’ Teams channel' },
  { channel: Channels.Msteams, type: ActivityTypes.Invoke, name: 'adaptiveCard/action', to: 'agents', why: 'an agent clicked a button on a case card' },
  { channel: Channels.Msteams, type: ActivityTypes.ConversationUpdate, to: 'nobody', why: 'the bot was added to a team or a chat: nothing to say there' },
  { channel: '*', type: ActivityTypes.Message, to: 'customer', why: 'the customer typed or clicked a button' },
  { channel: '*', type: ActivityTypes.ConversationUpdate, to: 'customer', why: 'the chat opened: the bot greets' },
  {
    channel: '*',
    type: ActivityTypes.Event,
    name: HandoffEventNames.HandoffStatus,
    notFromCustomer: true,
    to: 'contactCentre',
    why: 'a contact centre reports a case accepted, failed or completed; a customer’s client cannot',
  },
];

const matches = (route: ChannelRoute, activity: Partial<Activity>): boolean =>
  (route.channel === '*' || route.channel === activity.channelId) &&
  route.type === activity.type &&
  (route.name === undefined || route.name === activity.name) &&
  (route.notFromCustomer !== true || activity.from?.role !== 'user');

/** The handler of the first route that matches, or nobody. */
export function routeOf(activity: Partial<Activity>, routes: readonly ChannelRoute[] = channelRoutes): Handler {
  return routes.find((route) => matches(route, activity))?.to ?? 'nobody';
}
