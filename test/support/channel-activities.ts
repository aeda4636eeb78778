// What a channel posts to the bot's /api/messages: a customer joining or typing, built as plain JSON
// activities, and the POST itself (also raw bodies, for malformed-input tests). The replies go to the
// local connector named as the activity's serviceUrl.
import { randomUUID } from 'node:crypto';

/** An activity as a channel posts it to the bot's /api/messages (plain JSON). */
export type OutgoingActivity = {
  type: 'message' | 'conversationUpdate';
  id: string;
  timestamp: string;
  channelId: string;
  serviceUrl: string;
  from: { id: string; name: string; role: 'user' };
  recipient: { id: string; name: string; role: 'bot' };
  conversation: { id: string };
  locale: string;
  text?: string;
  membersAdded?: { id: string; name: string }[];
};

const user = { id: 'user-1', name: 'Customer', role: 'user' } as const;
const bot = { id: 'bot-1', name: 'Support bot', role: 'bot' } as const;

export const newConversationId = (): string => `conv-${randomUUID()}`;

function baseActivity(serviceUrl: string, conversationId: string) {
  return {
    id: `activity-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'test',
    serviceUrl,
    from: { ...user },
    recipient: { ...bot },
    conversation: { id: conversationId },
    locale: 'en-US',
  };
}

/** The customer typed (or clicked a button that sends) `text`. */
export const messageActivity = (serviceUrl: string, conversationId: string, text: string): OutgoingActivity => ({
  type: 'message',
  ...baseActivity(serviceUrl, conversationId),
  text,
});

/** The customer joined the conversation (the bot is told both members joined, as Web Chat does). */
export const conversationUpdateActivity = (serviceUrl: string, conversationId: string): OutgoingActivity => ({
  type: 'conversationUpdate',
  ...baseActivity(serviceUrl, conversationId),
  membersAdded: [
    { id: bot.id, name: bot.name },
    { id: user.id, name: user.name },
  ],
});

export type PostResult = { status: number; body: unknown; text: string };

/** POSTs a raw body to `${botUrl}/api/messages`, for malformed-input tests. */
export async function postRaw(botUrl: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed, text };
}

/** POSTs an activity as JSON to `${botUrl}/api/messages`. */
export const send = (botUrl: string, activity: object, headers: Record<string, string> = {}): Promise<PostResult> =>
  postRaw(botUrl, JSON.stringify(activity), { 'content-type': 'application/json', ...headers });
