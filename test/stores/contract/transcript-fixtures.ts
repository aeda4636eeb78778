// Transcript entries the transcript and outbox contracts use.
import type { Activity } from 'botbuilder';
import { renderReply } from '../../../src/bot-framework/render-reply.js';
import { inboundEntry, outboundEntry } from '../../../src/bot-framework/transcript.js';
import type { TranscriptEntry } from '../../../src/ports/transcript-log.js';

export const inbound = (conversationKey: string, at: number, text: string): TranscriptEntry => ({
  conversationKey,
  at,
  direction: 'in',
  activity: {
    type: 'message',
    id: `in-${at}`,
    channelId: 'webchat',
    conversation: { id: conversationKey },
    from: { id: 'user', role: 'user' },
    text,
  },
});

export const outbound = (conversationKey: string, at: number, key: string, outcome?: string): TranscriptEntry => ({
  conversationKey,
  at,
  direction: 'out',
  activity: { type: 'message', text: `said ${key}`, channelData: { contentKey: key, ...(outcome ? { outcome } : {}) } },
  ...(outcome ? { outcome } : {}),
});

/** A reply as the bot writes it (render-reply.ts): buttons are imBack with the label as title and value. */
const botReply = (conversationKey: string, at: number, reply: { key: string; text: string; labels?: string[]; outcome?: string; speaker?: string }) =>
  outboundEntry(
    conversationKey,
    renderReply({ ...reply, choices: (reply.labels ?? []).map((label) => ({ id: label, label })) } as Parameters<typeof renderReply>[0]),
    at,
  );

/** A customer's activity as the bot writes it (bot/transcript.ts), its conversation key made of channel and conversation id. */
const customerActivity = (channelId: string, conversationId: string, at: number, fields: Record<string, unknown>) =>
  inboundEntry(
    `${channelId}:${conversationId}`,
    { id: `in-${at}`, channelId, conversation: { id: conversationId }, from: { id: 'user-1', name: 'Customer', role: 'user' }, ...fields } as Activity,
    typeof fields.text === 'string' ? fields.text : undefined,
    at,
  );

/**
 * Activities of every kind a transcript holds, and some it might: the bot's replies (with and without
 * buttons, an outcome, an agent's), customers' messages (Web Chat, Teams), buttons that are not the
 * bot's (imBack whose value is not its title, messageBack, string actions, recipients), other text
 * formats, other activity types, and fields nobody here knows about. A store may keep them however it
 * likes, but must read each back as the same JSON, key order included.
 */
export function variedEntries(key: string): TranscriptEntry[] {
  const channelId = key.slice(0, key.indexOf(':'));
  const conversationId = key.slice(key.indexOf(':') + 1);
  const activity = (at: number, direction: 'in' | 'out', value: Record<string, unknown>): TranscriptEntry => ({
    conversationKey: key,
    at,
    direction,
    activity: value,
  });
  return [
    customerActivity(channelId, conversationId, 1, { type: 'conversationUpdate' }),
    botReply(key, 1, { key: 'common.welcome', text: "Hi, I'm the assistant. I can help you get back into your certificates." }),
    botReply(key, 1, {
      key: 'triage.askNeed',
      text: 'What can I help you with?',
      labels: ['Reset my account password', 'Talk to a person', 'Ça ne marche pas 🔐'],
    }),
    customerActivity(channelId, conversationId, 2, { type: 'message', text: 'Mot de passe oublié 🔐 "quoted" \\ \u2028' }),
    botReply(key, 2, { key: 'reset.reseller', text: 'Please contact your **reseller**.', outcome: 'reset-reseller' }),
    botReply(key, 2, { key: 'common.didItSolve', text: 'Did that solve it?', labels: ['Yes, that solved it', 'No'] }),
    botReply(key, 3, { key: 'handoff.agentMessage', text: 'Alice here.', speaker: 'Alice Martin' }),
    activity(4, 'out', {
      type: 'message',
      text: 'Buttons of another kind',
      textFormat: 'markdown',
      suggestedActions: {
        to: [],
        actions: [
          { type: 'imBack', title: 'Yes', value: 'yes' },
          { type: 'messageBack', title: 'No', text: 'no', displayText: 'No', value: { choice: 'no' } },
          { type: 'imBack', title: 'Same', value: 'Same' },
          { title: 'Order', type: 'imBack', value: 'Order' },
        ],
      },
    }),
    activity(4, 'out', { type: 'message', text: 'x', suggestedActions: { to: ['user-1'], actions: ['Yes', { type: 'imBack', title: 'No', value: 'No' }] } }),
    activity(4, 'out', { type: 'message', suggestedActions: { actions: [], to: [] }, textFormat: 'markdown', text: 'markdown before text' }),
    activity(5, 'out', { type: 'message', text: '<b>x</b>', textFormat: 'xml' }),
    activity(5, 'out', { text: 'type last', textFormat: 'plain', type: 'message' }),
    activity(5, 'out', {
      type: 'event',
      name: 'handoff.initiate',
      value: { caseId: 'C-1' },
      attachments: [{ contentType: 'x', content: { n: [1, 2.5, null, true] } }],
    }),
    activity(6, 'in', { type: 'message', id: 'a', channelId: 'other', conversation: { id: conversationId }, from: { id: 'u' }, text: 'key not made of these' }),
    activity(6, 'in', {
      type: 'message',
      id: 'b',
      channelId,
      conversation: { id: conversationId, isGroup: true },
      from: { id: 'u' },
      text: 'more to the conversation',
    }),
    activity(6, 'in', { type: 'typing', channelId, conversation: { id: conversationId }, from: { id: 'u' }, locale: 'fr-FR', entities: [{ type: 'x' }] }),
    activity(7, 'out', { type: 'endOfConversation', code: 'completedSuccessfully', channelData: { unknown: { deep: ['é'] } } }),
  ];
}
