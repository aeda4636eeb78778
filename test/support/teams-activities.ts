// Teams-shaped activities, as Teams posts them to a bot: messages in a channel thread (with or without
// an @mention of the bot), 1:1 messages, the invoke an Adaptive Card's Action.Execute sends and the
// message its Action.Submit fallback sends. And
// a customer on Direct Line, the channel Web Chat uses.
import { randomUUID } from 'node:crypto';
import { messageActivity, conversationUpdateActivity } from './channel-activities.js';

export const AGENTS_CHANNEL_ID = '19:agents0123456789@thread.tacv2';
const TEAM_ID = '19:team0123456789@thread.tacv2';
export const TENANT_ID = 'tenant-0000';
const BOT = { id: '28:support-bot', name: 'Support bot' };

export type TestAgent = { id: string; aadObjectId: string; name: string };

export const agent = (name: string): TestAgent => ({ id: `29:${randomUUID()}`, aadObjectId: randomUUID(), name });

function teamsBase(serviceUrl: string, conversationId: string, from: TestAgent, personal: boolean) {
  return {
    id: `teams-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId, role: 'user' },
    recipient: { ...BOT, role: 'bot' },
    conversation: personal
      ? { id: `a:${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT_ID }
      : { id: conversationId, isGroup: true, conversationType: 'channel', tenantId: TENANT_ID },
    channelData: personal
      ? { tenant: { id: TENANT_ID } }
      : { teamsChannelId: AGENTS_CHANNEL_ID, teamsTeamId: TEAM_ID, channel: { id: AGENTS_CHANNEL_ID }, team: { id: TEAM_ID }, tenant: { id: TENANT_ID } },
    locale: 'en-US',
  };
}

/** An agent writes in a case's thread; with `mention`, they @mention the bot as well. */
export function threadMessage(serviceUrl: string, threadId: string, from: TestAgent, text: string, options: { mention?: boolean } = {}) {
  const mention = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    ...teamsBase(serviceUrl, threadId, from, false),
    text: options.mention ? `${mention} ${text}` : text,
    entities: options.mention ? [{ type: 'mention', mentioned: BOT, text: mention }] : [],
  };
}

/** An agent writes to the bot in a 1:1 chat. */
export const personalMessage = (serviceUrl: string, from: TestAgent, text: string) => ({
  type: 'message',
  ...teamsBase(serviceUrl, '', from, true),
  text,
});

/** The agent pressed a button (Action.Execute) on the card at the top of the thread. */
export const cardAction = (serviceUrl: string, threadId: string, from: TestAgent, verb: string, caseId: string) => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  ...teamsBase(serviceUrl, threadId, from, false),
  replyToId: threadId.split(';messageid=')[1],
  value: { action: { type: 'Action.Execute', verb, data: { caseId } }, trigger: 'manual' },
});

/**
 * The agent pressed a button in a host without Universal Actions, which shows the button's
 * Action.Submit fallback: a message in the thread with no text and the button's data as its value.
 */
export const submittedCardAction = (serviceUrl: string, threadId: string, from: TestAgent, verb: string, caseId: string) => ({
  type: 'message',
  ...teamsBase(serviceUrl, threadId, from, false),
  replyToId: threadId.split(';messageid=')[1],
  value: { verb, caseId },
});

/**
 * A card's button pressed in a 1:1 chat with the bot (a card forwarded there, or an invoke made up
 * by hand): it names a case all the same.
 */
export const personalCardAction = (serviceUrl: string, from: TestAgent, verb: string, caseId: string) => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  ...teamsBase(serviceUrl, '', from, true),
  value: { action: { type: 'Action.Execute', verb, data: { caseId } }, trigger: 'manual' },
});

/**
 * The customer's words in a post of a case's thread (a quoted line under `**Customer** wrote:`), as
 * they typed them, line breaks shown as ↵; undefined for any other post.
 */
export const customerWordsIn = (text: string | undefined): string | undefined =>
  /^\*\*Customer\*\* wrote:\n\n> “(.*)”$/s.exec(text ?? '')?.[1]?.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

/** A customer on the help site: Web Chat talks Direct Line. */
export const customerMessage = (serviceUrl: string, conversationId: string, text: string) => ({
  ...messageActivity(serviceUrl, conversationId, text),
  channelId: 'directline',
});

export const customerJoins = (serviceUrl: string, conversationId: string) => ({
  ...conversationUpdateActivity(serviceUrl, conversationId),
  channelId: 'directline',
});
