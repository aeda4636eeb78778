// A turn's replies become as few messages as read well: one, unless a question with buttons, a second
// outcome or another speaker starts a new one.
import { describe, expect, it } from 'vitest';
import { partsOf, renderReplies, type ReplyChannelData } from '../../src/bot-framework/render-reply.js';
import type { Reply } from '../../src/conversation/reply.js';

const reply = (key: string, extra: Partial<Reply> = {}): Reply => ({ key, text: `text of ${key}`, choices: [], ...extra });
const yesNo = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];
const keysOf = (replies: Reply[]) => renderReplies(replies).map((message) => partsOf(message.channelData as ReplyChannelData));

describe('renderReplies', () => {
  it("joins a statement and the question after it into one message with the question's buttons", () => {
    const [message, ...rest] = renderReplies([reply('reset.webHost', { outcome: 'reset-web-host' }), reply('common.didItSolve', { choices: yesNo })]);

    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      type: 'message',
      text: 'text of reset.webHost\n\ntext of common.didItSolve',
      channelData: { contentKey: 'common.didItSolve', contentKeys: ['reset.webHost', 'common.didItSolve'], outcome: 'reset-web-host' },
      suggestedActions: {
        actions: [
          { type: 'imBack', title: 'Yes', value: 'Yes' },
          { type: 'imBack', title: 'No', value: 'No' },
        ],
      },
    });
  });

  it('keeps a single reply as it is, without a list of parts', () => {
    const [message] = renderReplies([reply('common.glad')]);

    expect(message?.channelData).toEqual({ contentKey: 'common.glad' });
    expect(message).not.toHaveProperty('suggestedActions');
  });

  it('starts a new message after a question with buttons, before a second outcome, and when the speaker changes', () => {
    expect(keysOf([reply('a.ask', { choices: yesNo }), reply('b.next')])).toEqual([['a.ask'], ['b.next']]);
    expect(keysOf([reply('a.one', { outcome: 'reset-web-host' }), reply('b.two', { outcome: 'handoff' }), reply('c.three')])).toEqual([
      ['a.one'],
      ['b.two', 'c.three'],
    ]);
    expect(
      keysOf([
        reply('handoff.agentJoined'),
        reply('handoff.agentMessage', { speaker: 'Anna' }),
        reply('handoff.agentMessage', { speaker: 'Anna' }),
        reply('handoff.agentEnded'),
      ]),
    ).toEqual([['handoff.agentJoined'], ['handoff.agentMessage', 'handoff.agentMessage'], ['handoff.agentEnded']]);
  });

  it('says nothing for no replies', () => {
    expect(renderReplies([])).toEqual([]);
  });
});
