// The handoff's time limits end to end, each on a bot process started with short limits: a customer
// waiting too long is offered another route (or keeps their place), and an idle customer is taken off
// the queue, told so, and the agents see it on the case card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { cardText, eventually, handoffSteps } from '../support/handoff-steps.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';
import { choiceLabel } from '../support/runner.js';
import { customerWordsIn } from '../support/teams-activities.js';

const TIMEOUT = 60_000;

let connector: LocalConnector;
const steps = handoffSteps(() => connector);
const { teamsEnv, start, customerSays, latestCard, threadTexts, escalate } = steps;

beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(async () => {
  await steps.stopBots();
  await connector.close();
});

describe('Teams handoff: waiting too long and an idle customer', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await start(teamsEnv({ wait: 0.6, idle: 600 }));
  }, TIMEOUT);

  it(
    'offers another route after the wait limit; "keep waiting" keeps the place, "another way" gives the route and leaves the queue',
    { timeout: TIMEOUT },
    async () => {
      const staying = await escalate(bot);
      const leaving = await escalate(bot);
      for (const { conversationId } of [staying, leaving]) {
        const offered = await connector.waitForSaid(conversationId, connector.said(conversationId).length + 1);
        expect(offered.at(-1)?.channelData?.contentKey).toBe('handoff.waitTooLong');
      }
      expect(await customerSays(bot, staying.conversationId, choiceLabel('handoff.waitTooLong', 'keep_waiting'))).toEqual(['handoff.keepWaiting']);
      expect(customerWordsIn(threadTexts(staying.threadId).at(-1))).toBe(choiceLabel('handoff.waitTooLong', 'keep_waiting'));

      // The one ahead leaves: the other hears their new place, and its buttons still work after that notice.
      const before = connector.said(leaving.conversationId).length;
      await customerSays(bot, staying.conversationId, 'cancel');
      expect((await connector.waitForSaid(leaving.conversationId, before + 1)).at(-1)?.channelData?.contentKey).toBe('handoff.position');
      expect(await customerSays(bot, leaving.conversationId, choiceLabel('handoff.waitTooLong', 'other_route'))).toEqual([
        'handoff.route.email',
        'handoff.anythingElse',
      ]);
      await eventually(() => expect(cardText(latestCard(leaving.threadId))).toContain('The customer withdrew'));
    },
  );
});

describe('Teams handoff: idle customer', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await start(teamsEnv({ wait: 600, idle: 1 }));
  }, TIMEOUT);

  it('takes an idle customer off the queue, tells them, and shows the agents', { timeout: TIMEOUT }, async () => {
    const idle = await escalate(bot);
    // Waited for by what is said, not by a count taken after escalating: a reply of the escalation itself
    // may still be on its way then, and the customer counts as idle after one second.
    await eventually(() => expect(contentKeysOf(connector.said(idle.conversationId)).slice(-2)).toEqual(['handoff.idleRemoved', 'handoff.anythingElse']));
    await eventually(() => {
      expect(cardText(latestCard(idle.threadId))).toContain('idle');
      expect(threadTexts(idle.threadId).at(-1)).toMatch(/idle too long/);
    });
  });
});
