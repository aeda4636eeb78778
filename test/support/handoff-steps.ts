// The steps of the handoff's end-to-end tests, over HTTP with real bot processes: a customer on Direct
// Line and agents in a Teams channel, both played by one local connector with Teams-shaped activities.
// Escalating to a case card, what the customer and an agent say, clicks on the card, and reading the
// thread and card back. Shared by test/handoff/teams-handoff*.test.ts.
import { expect } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from './bot-process.js';
import { newConversationId, send } from './channel-activities.js';
import type { LocalConnector } from './local-connector.js';
import { contentKeysOf, type ReceivedActivity } from './received-activities.js';
import {
  AGENTS_CHANNEL_ID,
  TENANT_ID,
  agent,
  cardAction,
  customerJoins,
  customerMessage,
  customerWordsIn,
  threadMessage,
  type TestAgent,
} from './teams-activities.js';

export type Escalation = { conversationId: string; threadId: string; caseId: string; card: Record<string, unknown>; cardMs: number };

export const cardOf = (activity: ReceivedActivity | undefined) =>
  (activity?.attachments as { content: Record<string, unknown> }[] | undefined)?.[0]?.content ?? {};
export const cardText = (card: Record<string, unknown>) => JSON.stringify(card);
export const actionsOf = (card: Record<string, unknown>) => ((card.actions as { verb: string }[] | undefined) ?? []).map((a) => a.verb);

/** Agents' views are updated after the customer is told: polls until `check` passes (or fails with its last error). */
export async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/**
 * The steps against the connector `connectorOf()` returns (the test file starts it in beforeAll); the
 * bots they start are killed by `stopBots()`, for afterAll.
 */
export function handoffSteps(connectorOf: () => LocalConnector) {
  const bots: BotProcess[] = [];

  const teamsEnv = (limits: { wait?: number; idle?: number } = {}) => ({
    TEAMS_AGENTS_CHANNEL_ID: AGENTS_CHANNEL_ID,
    TEAMS_SERVICE_URL: connectorOf().url,
    TEAMS_TENANT_ID: TENANT_ID,
    HANDOFF_WAIT_LIMIT_SECONDS: String(limits.wait ?? 600),
    HANDOFF_IDLE_LIMIT_SECONDS: String(limits.idle ?? 600),
    HANDOFF_SWEEP_SECONDS: '0.2',
  });

  /** A member of the agents' team: Teams (the local connector) says so when the bot asks. */
  const member = (name: string): TestAgent => {
    const someone = agent(name);
    connectorOf().addMember(AGENTS_CHANNEL_ID, someone);
    return someone;
  };

  const start = async (env: Record<string, string>): Promise<BotProcess> => {
    const bot = await startBotProcess({ dataDir: makeTempDir('handoff-'), env });
    bots.push(bot);
    return bot;
  };

  const stopBots = async (): Promise<void> => {
    for (const bot of bots.splice(0)) await bot.kill().catch(() => undefined);
  };

  /** Posts as the customer and returns the content keys of the replies to that post. */
  const customerSays = async (bot: BotProcess, conversationId: string, text: string): Promise<(string | undefined)[]> => {
    const connector = connectorOf();
    const before = connector.said(conversationId).length;
    const response = await send(bot.url, customerMessage(connector.url, conversationId, text));
    expect(response.status, response.text).toBe(200);
    // Messages only: an event the bot posts beside the turn (none carries a content key) may land in between.
    return contentKeysOf(
      connector
        .said(conversationId)
        .slice(before)
        .filter((activity) => activity.type === 'message'),
    );
  };

  const latestCard = (threadId: string) =>
    cardOf(
      connectorOf()
        .updates.filter((u) => u.conversationId === threadId)
        .at(-1)?.activity,
    );
  /** What the bot sent anywhere (asking Teams who is in the agents' team is not telling anyone anything). */
  const posts = () => connectorOf().requests.filter((r) => r.method !== 'GET');
  const threadTexts = (threadId: string) =>
    connectorOf()
      .said(threadId)
      .flatMap((a) => (a.text ? [a.text] : []));
  /** What the customer wrote, as posted in the thread, decoded back to what they typed. */
  const customerWords = (threadId: string) => threadTexts(threadId).flatMap((text) => customerWordsIn(text) ?? []);

  const escalate = async (bot: BotProcess, firstMessage = 'I need to talk to a person please'): Promise<Escalation> => {
    const connector = connectorOf();
    const conversationId = newConversationId();
    await send(bot.url, customerJoins(connector.url, conversationId));
    await connector.waitForSaid(conversationId, 2);
    const threadIndex = connector.createdThreads.length;
    const started = Date.now();
    const keys = await customerSays(bot, conversationId, firstMessage);
    expect(keys).toContain('handoff.queued');
    const thread = await connector.waitForThread(threadIndex);
    const card = cardOf(connector.said(thread.threadId)[0]);
    const caseId = /Case (C-[A-Z0-9]{6})/.exec(cardText(card))?.[1];
    expect(caseId, cardText(card)).toBeDefined();
    return { conversationId, threadId: thread.threadId, caseId: caseId!, card, cardMs: thread.at - started };
  };

  const agentWrites = async (bot: BotProcess, threadId: string, who: TestAgent, text: string, mention = false) => {
    const response = await send(bot.url, threadMessage(connectorOf().url, threadId, who, text, { mention }));
    expect(response.status, response.text).toBe(200);
  };

  const click = async (bot: BotProcess, threadId: string, who: TestAgent, verb: string, caseId: string) => {
    const response = await send(bot.url, cardAction(connectorOf().url, threadId, who, verb, caseId));
    expect(response.status, response.text).toBe(200);
    return response.body as { statusCode: number; type: string; value: Record<string, unknown> };
  };

  return { teamsEnv, member, start, stopBots, customerSays, latestCard, posts, threadTexts, customerWords, escalate, agentWrites, click };
}
