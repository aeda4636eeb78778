// The route table read cell by cell: every kind of activity each channel sends, and who handles it.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { channelRoutes, routeOf, type Handler } from '../../src/bot-framework/channel-routes.js';

type Cell = [channelId: string, type: string, extra: Partial<Activity>, handler: Handler];

const cells: Cell[] = [
  ['webchat', 'message', {}, 'customer'],
  ['directline', 'message', {}, 'customer'],
  ['emulator', 'message', {}, 'customer'],
  ['webchat', 'conversationUpdate', {}, 'customer'],
  ['emulator', 'conversationUpdate', {}, 'customer'],
  ['msteams', 'message', {}, 'agents'],
  ['msteams', 'conversationUpdate', {}, 'nobody'],
  ['msteams', 'invoke', { name: 'adaptiveCard/action' }, 'agents'],
  ['msteams', 'invoke', { name: 'task/fetch' }, 'nobody'],
  ['webchat', 'invoke', { name: 'adaptiveCard/action' }, 'nobody'],
  ['directline', 'event', { name: 'handoff.status', from: { id: 'cc', name: 'contact centre', role: 'bot' } }, 'contactCentre'],
  ['directline', 'event', { name: 'handoff.status', from: { id: 'cc', name: 'contact centre' } }, 'contactCentre'],
  ['directline', 'event', { name: 'handoff.status', from: { id: 'u1', name: 'customer', role: 'user' } }, 'nobody'],
  ['webchat', 'event', { name: 'webchat/join' }, 'nobody'],
  ['webchat', 'typing', {}, 'nobody'],
  ['msteams', 'messageReaction', {}, 'nobody'],
  ['webchat', 'endOfConversation', {}, 'nobody'],
];

describe('channel routes', () => {
  it.each(cells)('%s %s %o → %s', (channelId, type, extra, handler) => {
    expect(routeOf({ channelId, type, ...extra })).toBe(handler);
  });

  it('says why for every row, and the first matching row wins', () => {
    expect(channelRoutes.every((route) => route.why.length > 10)).toBe(true);
    const teamsFirst = channelRoutes.findIndex((route) => route.channel === 'msteams' && route.type === 'message');
    const anyMessage = channelRoutes.findIndex((route) => route.channel === '*' && route.type === 'message');
    expect(teamsFirst).toBeLessThan(anyMessage);
    expect(routeOf({ channelId: 'msteams', type: 'message' }, [...channelRoutes].reverse())).toBe('customer');
  });
});
