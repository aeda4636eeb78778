// Who may act on cases in Teams (issue 18.6), over HTTP with real bot processes: members of the agents'
// team, asked of Teams through its members API (the local connector stands in for it) and kept for
// TEAMS_AGENT_CACHE_SECONDS, or exactly the Entra object ids of TEAMS_AGENT_IDS. Anyone else in the
// tenant, from a 1:1 chat or with a card action, lists, accepts, ends and releases nothing; when Teams
// cannot be asked, nobody is let in and the agent is told why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { newConversationId, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf, type ReceivedActivity } from '../support/received-activities.js';
import {
  AGENTS_CHANNEL_ID,
  TENANT_ID,
  agent,
  cardAction,
  customerJoins,
  customerMessage,
  personalCardAction,
  personalMessage,
  submittedCardAction,
  type TestAgent,
} from '../support/teams-activities.js';

const TIMEOUT = 60_000;

let connector: LocalConnector;
const bots: BotProcess[] = [];

beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(async () => {
  for (const bot of bots) await bot.kill().catch(() => undefined);
  await connector.close();
});

async function start(env: Record<string, string> = {}): Promise<BotProcess> {
  const bot = await startBotProcess({
    dataDir: makeTempDir('teams-agents-'),
    env: {
      TEAMS_AGENTS_CHANNEL_ID: AGENTS_CHANNEL_ID,
      TEAMS_SERVICE_URL: connector.url,
      TEAMS_TENANT_ID: TENANT_ID,
      HANDOFF_WAIT_LIMIT_SECONDS: '600',
      HANDOFF_IDLE_LIMIT_SECONDS: '600',
      ...env,
    },
  });
  bots.push(bot);
  return bot;
}

/** A member of the agents' team: Teams (the local connector) says so when the bot asks. */
function member(name: string): TestAgent {
  const someone = agent(name);
  connector.addMember(AGENTS_CHANNEL_ID, someone);
  return someone;
}

/** How many times the bot asked Teams about a member. */
const lookups = () => connector.requests.filter((r) => r.method === 'GET' && /\/members\/[^/]+$/.test(r.path)).length;

type Waiting = { conversationId: string; threadId: string; caseId: string };

async function escalate(bot: BotProcess): Promise<Waiting> {
  const conversationId = newConversationId();
  await send(bot.url, customerJoins(connector.url, conversationId));
  await connector.waitForSaid(conversationId, 2);
  const threadIndex = connector.createdThreads.length;
  expect((await send(bot.url, customerMessage(connector.url, conversationId, 'I need to talk to a person please'))).status).toBe(200);
  const { threadId } = await connector.waitForThread(threadIndex);
  const caseId = /Case (C-[A-Z0-9]{6})/.exec(JSON.stringify(connector.said(threadId)[0]))?.[1];
  expect(caseId).toBeDefined();
  return { conversationId, threadId, caseId: caseId! };
}

/** Writes to the bot in a 1:1 chat; resolves with its answer. */
async function personalSays(bot: BotProcess, who: TestAgent, text: string): Promise<string> {
  const chat = `a:${who.aadObjectId}`;
  const before = connector.said(chat).length;
  expect((await send(bot.url, personalMessage(connector.url, who, text))).status).toBe(200);
  return (await connector.waitForSaid(chat, before + 1)).at(-1)?.text ?? '';
}

type InvokeAnswer = { status: number; body: { statusCode: number; type: string; value: Record<string, unknown> } };

async function press(bot: BotProcess, activity: object): Promise<InvokeAnswer> {
  const response = await send(bot.url, activity);
  return { status: response.status, body: response.body as InvokeAnswer['body'] };
}

const customerKeys = (waiting: Waiting) => contentKeysOf(connector.said(waiting.conversationId));
const latestCard = (threadId: string): ReceivedActivity | undefined => connector.updates.filter((u) => u.conversationId === threadId).at(-1)?.activity;

describe("agents are the members of the agents' team, as Teams says", () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await start({ TEAMS_AGENT_CACHE_SECONDS: '1' });
  }, TIMEOUT);

  it('someone in the tenant but not in the team lists, accepts, ends and releases nothing, from a 1:1 chat or a card', { timeout: TIMEOUT }, async () => {
    const olga = member('Olga Berg');
    const tom = agent('Tom Outsider');
    const waiting = await escalate(bot);

    const refusals = [await personalSays(bot, tom, 'queue'), await personalSays(bot, tom, `accept ${waiting.caseId}`)];
    for (const answer of refusals) {
      expect(answer).toMatch(/Only the support agents \(members of the agents' team\)/);
      expect(answer).not.toContain(waiting.caseId);
    }
    // A card action made up in a 1:1 chat, or claiming to come from the agents' channel.
    for (const activity of [
      personalCardAction(connector.url, tom, 'accept', waiting.caseId),
      cardAction(connector.url, waiting.threadId, tom, 'accept', waiting.caseId),
    ]) {
      const answer = await press(bot, activity);
      expect(answer.status).toBe(403);
      expect(answer.body.value.message).toMatch(/Only the support agents/);
    }
    expect(customerKeys(waiting)).not.toContain('handoff.agentJoined');

    // A member takes it, from the 1:1 chat; the outsider can neither end nor release it.
    const taken = await press(bot, personalCardAction(connector.url, olga, 'accept', waiting.caseId));
    expect(taken.status).toBe(200);
    expect(JSON.stringify(taken.body.value)).toContain('Accepted by Olga Berg');
    expect(customerKeys(waiting)).toContain('handoff.agentJoined');
    for (const command of [`end ${waiting.caseId}`, `release ${waiting.caseId}`]) {
      expect(await personalSays(bot, tom, command)).toMatch(/Only the support agents/);
    }
    for (const verb of ['end', 'release']) expect((await press(bot, personalCardAction(connector.url, tom, verb, waiting.caseId))).status).toBe(403);
    expect(customerKeys(waiting)).not.toContain('handoff.agentEnded');
    expect(customerKeys(waiting)).not.toContain('handoff.agentReleased');
    expect(JSON.stringify(latestCard(waiting.threadId))).toContain('Accepted by Olga Berg');

    expect(await personalSays(bot, olga, `end ${waiting.caseId}`)).toBe(`Chat ${waiting.caseId} ended.`);
  });

  it("where a host has no Universal Actions, the buttons' Action.Submit fallback does the same, checked the same way", { timeout: TIMEOUT }, async () => {
    const rosa = member('Rosa Vidal');
    const tom = agent('Tom Outsider');
    const waiting = await escalate(bot);
    const card = connector.said(waiting.threadId)[0]?.attachments as { content: { actions: Record<string, unknown>[] } }[];
    expect(card[0]!.content.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'accept',
        fallback: expect.objectContaining({ type: 'Action.Submit', title: 'Accept', data: { verb: 'accept', caseId: waiting.caseId } }),
      }),
    ]);
    const pressBySubmit = async (who: TestAgent, verb: string) => {
      const before = connector.said(waiting.threadId).length;
      expect((await send(bot.url, submittedCardAction(connector.url, waiting.threadId, who, verb, waiting.caseId))).status).toBe(200);
      return before;
    };

    const before = await pressBySubmit(tom, 'accept');
    expect((await connector.waitForSaid(waiting.threadId, before + 1)).at(-1)?.text).toMatch(/Only the support agents/);
    expect(customerKeys(waiting)).not.toContain('handoff.agentJoined');

    await pressBySubmit(rosa, 'accept');
    expect(customerKeys(waiting)).toContain('handoff.agentJoined');
    expect(JSON.stringify(latestCard(waiting.threadId))).toContain('Accepted by Rosa Vidal');
    // Pressed twice (a slow click, say): nothing more happens, and Rosa is told why.
    const again = await pressBySubmit(rosa, 'accept');
    expect((await connector.waitForSaid(waiting.threadId, again + 1)).at(-1)?.text).toMatch(/^Not done: /);

    await pressBySubmit(rosa, 'end');
    expect(customerKeys(waiting)).toContain('handoff.agentEnded');
    expect(JSON.stringify(latestCard(waiting.threadId))).toContain('Ended by Rosa Vidal');
  });

  it('a member lists the waiting cases in a 1:1 chat', { timeout: TIMEOUT }, async () => {
    const uma = member('Uma Rao');
    const waiting = await escalate(bot);
    expect(await personalSays(bot, uma, 'queue')).toContain(waiting.caseId);
    await send(bot.url, customerMessage(connector.url, waiting.conversationId, 'cancel'));
  });

  it('asks Teams once per person while its answer is kept, then again: someone removed from the team is refused', { timeout: TIMEOUT }, async () => {
    const pia = member('Pia Lund');
    const before = lookups();
    expect(await personalSays(bot, pia, 'queue')).toMatch(/waiting|No cases/);
    expect(await personalSays(bot, pia, 'queue')).toMatch(/waiting|No cases/);
    expect(lookups() - before).toBe(1);

    connector.removeMember(AGENTS_CHANNEL_ID, pia.id);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await personalSays(bot, pia, 'queue')).toMatch(/Only the support agents/);
    expect(lookups() - before).toBe(2);
  });

  it('refuses when Teams cannot be asked, says so, and asks again next time', { timeout: TIMEOUT }, async () => {
    const quinn = member('Quinn Hale');
    const waiting = await escalate(bot);
    // Teams refuses the bot (403: it was removed from the team); 5xx answers are retried by the SDK first.
    connector.failMemberLookups(Number.POSITIVE_INFINITY, 403);

    const answer = await personalSays(bot, quinn, 'queue');
    expect(answer).toMatch(/could not check with Teams that you are one of the support agents, so nothing was done/);
    expect(answer).not.toContain(waiting.caseId);
    const clicked = await press(bot, cardAction(connector.url, waiting.threadId, quinn, 'accept', waiting.caseId));
    expect(clicked.status).toBe(503);
    expect(clicked.body.value.message).toMatch(/could not check with Teams/);
    expect(customerKeys(waiting)).not.toContain('handoff.agentJoined');

    // Teams answers again: the failure was not remembered.
    connector.failMemberLookups(0);
    expect((await press(bot, cardAction(connector.url, waiting.threadId, quinn, 'accept', waiting.caseId))).status).toBe(200);
    expect(customerKeys(waiting)).toContain('handoff.agentJoined');
    expect(await personalSays(bot, quinn, `end ${waiting.caseId}`)).toBe(`Chat ${waiting.caseId} ended.`);
  });
});

describe('agents named by an allow-list (TEAMS_AGENT_IDS)', () => {
  const listed = agent('Lena Listed');
  let bot: BotProcess;
  beforeAll(async () => {
    // Upper case, a comma and spaces: ids are compared as Entra writes them, in any case.
    bot = await start({ TEAMS_AGENT_IDS: ` ${listed.aadObjectId.toUpperCase()}, 00000000-0000-0000-0000-000000000001 ` });
  }, TIMEOUT);

  it('exactly the listed people act on cases, members of the team or not, and Teams is not asked', { timeout: TIMEOUT }, async () => {
    const teamOnly = member('Tariq Team');
    const before = lookups();
    const waiting = await escalate(bot);

    expect(await personalSays(bot, teamOnly, 'queue')).toMatch(/Only the support agents/);
    expect((await press(bot, cardAction(connector.url, waiting.threadId, teamOnly, 'accept', waiting.caseId))).status).toBe(403);
    expect(await personalSays(bot, listed, 'queue')).toContain(waiting.caseId);
    expect(await personalSays(bot, listed, `accept ${waiting.caseId}`)).toBe(`You accepted ${waiting.caseId}.`);
    expect(customerKeys(waiting)).toContain('handoff.agentJoined');
    expect(lookups()).toBe(before);
    await personalSays(bot, listed, `end ${waiting.caseId}`);
  });
});
