// The handoff end to end on one bot process (SQLite), with agents in a Teams channel played by a local
// connector: the customers' places in the queue, the agents' commands (queue, help, accept, release) in
// a 1:1 chat and in the thread, and the card actions the bot must refuse (another tenant or channel,
// an unknown invoke, a case that does not exist, an action that is not one of the card's buttons).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { send } from '../support/channel-activities.js';
import { cardText, actionsOf, eventually, handoffSteps } from '../support/handoff-steps.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';
import { AGENTS_CHANNEL_ID, agent, cardAction, personalMessage } from '../support/teams-activities.js';

const TIMEOUT = 60_000;

let connector: LocalConnector;
const steps = handoffSteps(() => connector);
const { teamsEnv, member, start, customerSays, latestCard, posts, threadTexts, escalate, agentWrites } = steps;

beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(async () => {
  await steps.stopBots();
  await connector.close();
});

describe('Teams handoff (SQLite, one instance): the queue, agent commands and card actions', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await start(teamsEnv());
  }, TIMEOUT);

  it('tells each waiting customer their place, and updates it when someone ahead cancels', { timeout: TIMEOUT }, async () => {
    const first = await escalate(bot);
    const second = await escalate(bot);
    expect(connector.said(second.conversationId).find((a) => a.channelData?.contentKey === 'handoff.queued')?.text).toMatch(/number 2 in the queue/);

    const before = connector.said(second.conversationId).length;
    expect(await customerSays(bot, first.conversationId, 'cancel')).toContain('handoff.cancelled');
    const moved = (await connector.waitForSaid(second.conversationId, before + 1)).at(-1);
    expect(moved?.channelData?.contentKey).toBe('handoff.position');
    expect(moved?.text).toMatch(/number 1 in the queue/);
    await eventually(() => {
      expect(cardText(latestCard(first.threadId))).toContain('The customer withdrew');
      expect(actionsOf(latestCard(first.threadId))).toEqual([]);
    });

    // Leave the queue clean for the next test.
    await customerSays(bot, second.conversationId, 'cancel');
  });

  it('agent commands: queue, help and accept in a 1:1 chat, accept and release in the thread', { timeout: TIMEOUT }, async () => {
    const cara = member('Cara Lindqvist');
    const waiting = await escalate(bot);

    await send(bot.url, personalMessage(connector.url, cara, 'queue'));
    const personalId = `a:${cara.aadObjectId}`;
    const [queueAnswer] = await connector.waitForSaid(personalId, 1);
    expect(queueAnswer?.text).toContain(waiting.caseId);

    await send(bot.url, personalMessage(connector.url, cara, 'help'));
    expect((await connector.waitForSaid(personalId, 2))[1]?.text).toMatch(/`release`/);

    // A member of the agents' team takes a case from a 1:1 chat as well as from its thread.
    await send(bot.url, personalMessage(connector.url, cara, `accept ${waiting.caseId}`));
    expect((await connector.waitForSaid(personalId, 3))[2]?.text).toContain(`You accepted ${waiting.caseId}`);
    expect(connector.said(waiting.conversationId).at(-1)?.channelData?.contentKey).toBe('handoff.agentJoined');
    await agentWrites(bot, waiting.threadId, cara, 'release');
    await eventually(() => expect(actionsOf(latestCard(waiting.threadId))).toEqual(['accept']));

    await agentWrites(bot, waiting.threadId, cara, 'accept');
    expect(threadTexts(waiting.threadId).at(-1)).toContain(`You accepted ${waiting.caseId}`);
    const joinedAt = connector.said(waiting.conversationId).length;
    expect(connector.said(waiting.conversationId).at(-1)?.channelData?.contentKey).toBe('handoff.agentJoined');

    await agentWrites(bot, waiting.threadId, cara, 'release');
    const released = await connector.waitForSaid(waiting.conversationId, joinedAt + 2);
    expect(contentKeysOf(released.slice(joinedAt))).toEqual(['handoff.agentReleased', 'handoff.position']);
    await eventually(() => expect(actionsOf(latestCard(waiting.threadId))).toEqual(['accept']));

    await customerSays(bot, waiting.conversationId, 'cancel');
  });

  it('takes cases only from the agents channel of the configured tenant', { timeout: TIMEOUT }, async () => {
    const mallory = agent('Mallory Moe');
    const waiting = await escalate(bot);
    const elsewhere = cardAction(connector.url, waiting.threadId, mallory, 'accept', waiting.caseId);
    const otherChannel = {
      ...elsewhere,
      channelData: { ...elsewhere.channelData, teamsChannelId: '19:other@thread.tacv2', channel: { id: '19:other@thread.tacv2' } },
    };
    const otherTenant = { ...elsewhere, channelData: { ...elsewhere.channelData, tenant: { id: 'tenant-9999' } } };

    expect((await send(bot.url, otherChannel)).status).toBe(403);
    expect((await send(bot.url, otherTenant)).status).toBe(403);
    await send(bot.url, { ...personalMessage(connector.url, mallory, `accept ${waiting.caseId}`), channelData: { tenant: { id: 'tenant-9999' } } });
    expect(connector.said(waiting.conversationId).map((a) => a.channelData?.contentKey)).not.toContain('handoff.agentJoined');

    await customerSays(bot, waiting.conversationId, 'cancel');
  });

  it('acknowledges an invoke it does not implement with 200 and an empty body (Teams shows an error on anything else)', { timeout: TIMEOUT }, async () => {
    const dana = member('Dana Reyes');
    const base = cardAction(connector.url, `${AGENTS_CHANNEL_ID};messageid=1`, dana, 'accept', 'C-AAAAAA');
    const requests = posts().length;
    for (const name of ['task/fetch', 'composeExtension/query', 'signin/verifyState', 'config/fetch', 'no/such-invoke']) {
      const response = await send(bot.url, { ...base, name, value: {} });
      expect(response.status, name).toBe(200);
      expect(response.text, name).toBe('');
    }
    expect(posts()).toHaveLength(requests);
  });

  it('a card action for a case that does not exist is answered 404, and nobody is told anything', { timeout: TIMEOUT }, async () => {
    const dana = member('Dana Reyes');
    const requests = posts().length;
    const response = await send(bot.url, cardAction(connector.url, `${AGENTS_CHANNEL_ID};messageid=1`, dana, 'accept', 'C-AAAAAA'));
    expect(response.status).toBe(404);
    expect(posts()).toHaveLength(requests);
  });

  it("a card action that is not one of the card's buttons is answered 400 naming what is wrong, and the case is untouched", { timeout: TIMEOUT }, async () => {
    const dana = member('Dana Reyes');
    const waiting = await escalate(bot);
    const valid = cardAction(connector.url, waiting.threadId, dana, 'accept', waiting.caseId);
    const withAction = (action: unknown) => ({ ...valid, value: { ...(valid.value as object), action } });
    const requests = posts().length;
    for (const [action, named] of [
      [{ type: 'Action.Execute', verb: 'delete', data: { caseId: waiting.caseId } }, 'action.verb'],
      [{ type: 'Action.Execute', verb: 'accept', data: {} }, 'action.data.caseId'],
      [{ type: 'Action.Execute', verb: 'accept', data: { caseId: ['C-1', 'C-2'] } }, 'action.data.caseId'],
      [{ type: 'Action.Execute', verb: 'accept', data: { caseId: 'C'.repeat(500) } }, 'action.data.caseId'],
      ['accept', 'action'],
      [null, 'value.action'],
    ] as const) {
      const response = await send(bot.url, withAction(action));
      expect(response.status).toBe(400);
      expect(response.text).toContain(named);
    }
    expect(posts()).toHaveLength(requests);
    expect(connector.said(waiting.conversationId).map((a) => a.channelData?.contentKey)).not.toContain('handoff.agentJoined');
    await customerSays(bot, waiting.conversationId, 'cancel');
  });
});
