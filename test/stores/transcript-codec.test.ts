// The database stores' transcript codec: what it leaves out of an activity it must put back exactly,
// value and key order (compared as JSON text), and anything it cannot put back exactly it keeps.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../src/bot-framework/render-reply.js';
import { inboundEntry } from '../../src/bot-framework/transcript.js';
import { Packing, packActivity, unpackActivity } from '../../src/stores/transcript-codec.js';

type Json = Record<string, unknown>;

/** Packs and unpacks through JSON text, as the store does; returns what was stored and what reads back. */
function roundTrip(conversationKey: string, activity: Json) {
  const packed = packActivity(conversationKey, activity);
  return { ...packed, read: unpackActivity(conversationKey, JSON.parse(packed.json) as Json, packed.packing) };
}

/** Exactly the same JSON: values, and keys in the same order. */
function expectExact(conversationKey: string, activity: Json) {
  const { read, json, packing } = roundTrip(conversationKey, activity);
  expect(JSON.stringify(read)).toBe(JSON.stringify(activity));
  expect(read).toEqual(JSON.parse(JSON.stringify(activity)));
  return { json, packing };
}

type Reply = Parameters<typeof renderReply>[0];
/** A reply as the bot renders it: buttons are imBack with the label as title and value. */
const rendered = (reply: Omit<Reply, 'choices'> & { labels?: string[] }): Json =>
  renderReply({ ...reply, choices: (reply.labels ?? []).map((label) => ({ id: label, label })) });

const customerMessage = (channelId: string, conversationId: string, text?: string) =>
  ({
    type: 'message',
    id: 'activity-1',
    channelId,
    conversation: { id: conversationId, isGroup: false },
    from: { id: 'user-1', name: 'Customer', role: 'user' },
    recipient: { id: 'bot' },
    ...(text !== undefined ? { text } : {}),
  }) as unknown as Activity;

describe('transcript codec', () => {
  it("stores the bot's replies without what it always writes the same way, and reads them back exactly", () => {
    const withButtons = rendered({
      key: 'reset.askCustomerType',
      text: 'How was the certificate bought?',
      labels: ['Through my web host', 'Directly from Example CA', 'Pas sûr 🤷'],
    });
    const withOutcome = rendered({ key: 'reset.reseller', text: 'Please contact your reseller.', outcome: 'reset-reseller' });
    const fromAgent = rendered({ key: 'handoff.agentMessage', text: 'Hi, **Alice** here.', speaker: 'Alice' });

    const buttons = expectExact('webchat:c1', withButtons);
    expect(buttons.json).toBe(
      '{"text":"How was the certificate bought?","channelData":{"contentKey":"reset.askCustomerType"},' +
        '"suggestedActions":{"actions":["Through my web host","Directly from Example CA","Pas sûr 🤷"]}}',
    );
    expect(buttons.packing).toBe(Packing.messageType | Packing.markdown | Packing.noRecipients | Packing.imBackLabels);
    expect(expectExact('webchat:c1', withOutcome).json).toBe(
      '{"text":"Please contact your reseller.","channelData":{"contentKey":"reset.reseller","outcome":"reset-reseller"}}',
    );
    expect(expectExact('webchat:c1', fromAgent).packing).toBe(Packing.messageType | Packing.markdown);
  });

  it("stores a customer's message without the channel and conversation id its conversation key already says", () => {
    const inbound = inboundEntry('webchat:conv-1', customerMessage('webchat', 'conv-1', 'I forgot my password'), 'I forgot my password', 1);
    const opened = inboundEntry('webchat:conv-1', { ...customerMessage('webchat', 'conv-1'), type: 'conversationUpdate' }, undefined, 1);
    // Teams conversation ids hold colons of their own; the channel id is what comes before the first.
    const teams = inboundEntry('msteams:19:abc@thread.tacv2;messageid=1', customerMessage('msteams', '19:abc@thread.tacv2;messageid=1', 'hi'), 'hi', 1);

    expect(expectExact(inbound.conversationKey, inbound.activity).json).toBe(
      '{"id":"activity-1","from":{"id":"user-1","name":"Customer","role":"user"},"text":"I forgot my password"}',
    );
    expect(expectExact(opened.conversationKey, opened.activity).packing).toBe(Packing.conversationFromKey);
    expect(expectExact(teams.conversationKey, teams.activity).packing).toBe(Packing.messageType | Packing.conversationFromKey);
  });

  it('keeps what it cannot put back exactly', () => {
    const kept: [string, Json][] = [
      // Buttons that are not an imBack whose value is its title, or whose keys are in another order.
      [
        'webchat:c1',
        {
          type: 'message',
          text: 'Pick one',
          suggestedActions: {
            to: [],
            actions: [
              { type: 'imBack', title: 'Yes', value: 'yes' },
              { type: 'messageBack', title: 'No', text: 'No', displayText: 'No', value: { choice: 'no' } },
              { type: 'postBack', title: 'Later', value: 'Later' },
              { title: 'Maybe', type: 'imBack', value: 'Maybe' },
              { type: 'imBack', title: 'Pic', value: 'Pic', image: 'https://example.test/pic.png' },
              { type: 'imBack', title: '42', value: 42 },
              null,
            ],
          },
        },
      ],
      // Some buttons already strings: a label would not be told apart from them.
      ['webchat:c1', { type: 'message', suggestedActions: { actions: ['Yes', { type: 'imBack', title: 'No', value: 'No' }] } }],
      // Recipients named, or `to` not first; no actions at all.
      ['webchat:c1', { type: 'message', suggestedActions: { to: ['user-1'], actions: [{ type: 'imBack', title: 'A', value: 'A' }] } }],
      ['webchat:c1', { type: 'message', suggestedActions: { actions: [], to: [] } }],
      ['webchat:c1', { type: 'message', suggestedActions: { to: [] } }],
      // Other text formats, or markdown not right after the text.
      ['webchat:c1', { type: 'message', text: 'x', textFormat: 'plain' }],
      ['webchat:c1', { type: 'message', textFormat: 'markdown', text: 'x' }],
      ['webchat:c1', { type: 'message', text: 'x', speak: 'x', textFormat: 'markdown' }],
      ['webchat:c1', { type: 'message', textFormat: 'markdown' }],
      ['webchat:c1', { type: 'message', text: undefined, textFormat: 'markdown' }],
      // A type other than message, or not first.
      ['webchat:c1', { text: 'x', type: 'message' }],
      ['webchat:c1', { type: 'event', name: 'handoff.status', value: { state: 'accepted' } }],
      ['webchat:c1', { type: 'typing' }],
      ['webchat:c1', { type: 'endOfConversation', code: 'completedSuccessfully' }],
      ['webchat:c1', { 7: 'integer keys come first', type: 'message', text: 'x', textFormat: 'markdown' }],
      // A conversation key that is not <channelId>:<conversation id>, or a conversation with more to it.
      ['directline:c1', { type: 'message', id: 'a', channelId: 'webchat', conversation: { id: 'c1' }, from: { id: 'u' } }],
      ['webchat:c1', { type: 'message', id: 'a', channelId: 'webchat', conversation: { id: 'c1', isGroup: false }, from: { id: 'u' } }],
      ['webchat:c1', { type: 'message', id: 'a', channelId: 'webchat', conversation: { id: 'c2' }, from: { id: 'u' } }],
      ['a:b:c', { type: 'message', channelId: 'a:b', conversation: { id: 'c' }, from: { id: 'u' } }],
      ['webchat:c1', { type: 'message', conversation: { id: 'c1' }, channelId: 'webchat', from: { id: 'u' } }],
      ['webchat:c1', { type: 'message', channelId: 'webchat', conversation: { id: 'c1' }, text: 'no from after it' }],
      ['webchat:c1', { type: 'message', channelId: 'webchat', conversation: { id: 'c1' }, from: undefined, text: 'x' }],
      ['webchat:c1', { type: 'message', channelId: 'webchat', conversation: { id: 'c1' } }],
    ];
    for (const [conversationKey, activity] of kept) expectExact(conversationKey, activity);

    const mixed = roundTrip('webchat:c1', kept[0]![1]);
    expect((JSON.parse(mixed.json) as Json).suggestedActions).toEqual({ actions: (JSON.parse(JSON.stringify(kept[0]![1].suggestedActions)) as Json).actions });
    expect(roundTrip('webchat:c1', kept[1]![1]).packing).toBe(Packing.messageType);
    expect(roundTrip('webchat:c1', { type: 'typing' }).packing).toBe(0);
  });

  it("keeps fields it does not know about, unicode, and keys that are JavaScript's own", () => {
    const activities: Json[] = [
      {
        type: 'message',
        text: 'Mot de passe oublié 🔐 "quoted" \\ back\\slash \u2028 NUL:\u0000',
        textFormat: 'markdown',
        locale: 'fr-FR',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ type: 'TextBlock', text: 'é' }] } }],
        entities: [{ type: 'mention', text: '<at>Alice</at>' }],
        channelData: { contentKey: 'k', outcome: 'o', speaker: 'Zoë', extra: [1, 2.5, null, true] },
        suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Oui ✅', value: 'Oui ✅' }], note: 'kept' },
        value: { nested: { deep: ['x'] } },
      },
      JSON.parse('{"type":"message","text":"x","textFormat":"markdown","__proto__":{"polluted":true},"constructor":"c","toString":1}') as Json,
      JSON.parse('{"type":"message","suggestedActions":{"to":[],"actions":[{"type":"imBack","title":"A","value":"A"}],"__proto__":[1]}}') as Json,
      JSON.parse('{"type":"message","text":"x","toJSON":"a field named toJSON"}') as Json,
    ];
    for (const activity of activities) expectExact('webchat:é🔐', activity);

    const proto = roundTrip('webchat:c1', activities[1]!).read;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('stores values JSON leaves out as JSON does: undefined fields are absent when read', () => {
    const inbound = inboundEntry('webchat:c1', { ...customerMessage('webchat', 'c1', 'hi'), from: { id: 'user-1' } } as Activity, 'hi', 1);

    const { read, packing } = roundTrip('webchat:c1', inbound.activity);

    expect(read).toEqual({ type: 'message', id: 'activity-1', channelId: 'webchat', conversation: { id: 'c1' }, from: { id: 'user-1' }, text: 'hi' });
    expect(JSON.stringify(read)).toBe(JSON.stringify(inbound.activity));
    expect(packing).toBe(Packing.messageType | Packing.conversationFromKey);
  });

  it('reads a row stored as plain JSON (packing 0, every row written before the codec) as it is', () => {
    const json = '{"type":"message","text":"x","textFormat":"markdown","suggestedActions":{"to":[],"actions":[{"type":"imBack","title":"A","value":"A"}]}}';

    expect(JSON.stringify(unpackActivity('webchat:c1', JSON.parse(json) as Json, 0))).toBe(json);
  });

  it('leaves out something only where every condition holds, so the bits always put back the same JSON', () => {
    // Each rule alone, on a minimal activity.
    const cases: [Json, number][] = [
      [{ type: 'message' }, Packing.messageType],
      [{ text: 't', textFormat: 'markdown' }, Packing.markdown],
      [{ channelId: 'webchat', conversation: { id: 'c1' }, from: {} }, Packing.conversationFromKey],
      [{ suggestedActions: { to: [] } }, Packing.noRecipients],
      [
        {
          suggestedActions: {
            actions: [
              { type: 'imBack', title: 'A', value: 'A' },
              { type: 'openUrl', title: 'B', value: 'https://b' },
            ],
          },
        },
        Packing.imBackLabels,
      ],
    ];
    for (const [activity, packing] of cases) expect(expectExact('webchat:c1', activity).packing).toBe(packing);
  });
});
