// The handoff end to end, over HTTP with real bot processes: a customer on Direct Line, agents in a
// Teams channel, both played by one local connector with Teams-shaped activities (channel threads,
// @mentions, Action.Execute invokes). Escalation → card → two accepts at once (one wins) → relay both
// ways in order → end → back with the bot; positions and cancel; release and agent commands; waiting
// too long and an idle customer; no channel configured; the handoff protocol; two instances on PostgreSQL.
import { micromark } from 'micromark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { newConversationId, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf, type ReceivedActivity } from '../support/received-activities.js';
import { createTestDatabase, skipWithoutPostgres, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';
import { choiceLabel } from '../support/runner.js';
import {
  AGENTS_CHANNEL_ID,
  TENANT_ID,
  agent,
  cardAction,
  customerJoins,
  customerMessage,
  customerWordsIn,
  personalMessage,
  threadMessage,
  type TestAgent,
} from '../support/teams-activities.js';

const TIMEOUT = 60_000;
const SECRET = 'Tr0ub4dor&3!';

let connector: LocalConnector;
const bots: BotProcess[] = [];

beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(async () => {
  for (const bot of bots) await bot.kill().catch(() => undefined);
  await connector.close();
});

const teamsEnv = (limits: { wait?: number; idle?: number } = {}) => ({
  TEAMS_AGENTS_CHANNEL_ID: AGENTS_CHANNEL_ID,
  TEAMS_SERVICE_URL: connector.url,
  TEAMS_TENANT_ID: TENANT_ID,
  HANDOFF_WAIT_LIMIT_SECONDS: String(limits.wait ?? 600),
  HANDOFF_IDLE_LIMIT_SECONDS: String(limits.idle ?? 600),
  HANDOFF_SWEEP_SECONDS: '0.2',
});

/** A member of the agents' team: Teams (the local connector) says so when the bot asks. */
function member(name: string): TestAgent {
  const someone = agent(name);
  connector.addMember(AGENTS_CHANNEL_ID, someone);
  return someone;
}

async function start(env: Record<string, string>): Promise<BotProcess> {
  const bot = await startBotProcess({ dataDir: makeTempDir('handoff-'), env });
  bots.push(bot);
  return bot;
}

type Escalation = { conversationId: string; threadId: string; caseId: string; card: Record<string, unknown>; cardMs: number };

/** Posts as the customer and returns the content keys of the replies to that post. */
async function customerSays(bot: BotProcess, conversationId: string, text: string): Promise<(string | undefined)[]> {
  const before = connector.said(conversationId).length;
  const response = await send(bot.url, customerMessage(connector.url, conversationId, text));
  expect(response.status, response.text).toBe(200);
  return contentKeysOf(connector.said(conversationId).slice(before));
}

const cardOf = (activity: ReceivedActivity | undefined) => (activity?.attachments as { content: Record<string, unknown> }[] | undefined)?.[0]?.content ?? {};
const cardText = (card: Record<string, unknown>) => JSON.stringify(card);
const actionsOf = (card: Record<string, unknown>) => ((card.actions as { verb: string }[] | undefined) ?? []).map((a) => a.verb);
const latestCard = (threadId: string) => cardOf(connector.updates.filter((u) => u.conversationId === threadId).at(-1)?.activity);
/** What the bot sent anywhere (asking Teams who is in the agents' team is not telling anyone anything). */
const posts = () => connector.requests.filter((r) => r.method !== 'GET');
const threadTexts = (threadId: string) => connector.said(threadId).flatMap((a) => (a.text ? [a.text] : []));
/** What the customer wrote, as posted in the thread, decoded back to what they typed. */
const customerWords = (threadId: string) => threadTexts(threadId).flatMap((text) => customerWordsIn(text) ?? []);

/** Agents' views are updated after the customer is told: polls until `check` passes (or fails with its last error). */
async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
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

async function escalate(bot: BotProcess, firstMessage = 'I need to talk to a person please'): Promise<Escalation> {
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
}

async function agentWrites(bot: BotProcess, threadId: string, who: TestAgent, text: string, mention = false) {
  const response = await send(bot.url, threadMessage(connector.url, threadId, who, text, { mention }));
  expect(response.status, response.text).toBe(200);
}

async function click(bot: BotProcess, threadId: string, who: TestAgent, verb: string, caseId: string) {
  const response = await send(bot.url, cardAction(connector.url, threadId, who, verb, caseId));
  expect(response.status, response.text).toBe(200);
  return response.body as { statusCode: number; type: string; value: Record<string, unknown> };
}

describe('Teams handoff (SQLite, one instance)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await start(teamsEnv());
  }, TIMEOUT);

  it('escalate → card → two accepts at once (one wins) → relay both ways in order → end → back with the bot', { timeout: TIMEOUT }, async () => {
    const anna = member('Anna Schmidt');
    const ben = member('Ben Okafor');
    const conversationId = newConversationId();
    await send(bot.url, customerJoins(connector.url, conversationId));
    await connector.waitForSaid(conversationId, 2);
    expect(await customerSays(bot, conversationId, `I'm a reseller, my password is ${SECRET}`)).toContain('common.secretWarning');
    const threadIndex = connector.createdThreads.length;
    expect(await customerSays(bot, conversationId, 'I need to talk to a person')).toContain('handoff.queued');
    const queuedText = connector.said(conversationId).find((a) => a.channelData?.contentKey === 'handoff.queued')?.text;
    expect(queuedText).toMatch(/number 1 in the queue/);

    // The card: case facts, the redacted transcript, an Accept button, in the configured channel.
    const thread = await connector.waitForThread(threadIndex);
    expect(thread.channelId).toBe(AGENTS_CHANNEL_ID);
    const card = cardOf(connector.said(thread.threadId)[0]);
    const caseId = /Case (C-[A-Z0-9]{6})/.exec(cardText(card))![1]!;
    expect(cardText(card)).toContain('reseller');
    expect(cardText(card)).toContain('I need to talk to a person');
    expect(cardText(card)).not.toContain(SECRET);
    expect(actionsOf(card)).toEqual(['accept']);

    // Two agents click Accept at the same moment: exactly one wins, and everyone sees who.
    const [annaCard, benCard] = await Promise.all([click(bot, thread.threadId, anna, 'accept', caseId), click(bot, thread.threadId, ben, 'accept', caseId)]);
    const joined = (await connector.waitForSaid(conversationId, connector.said(conversationId).length)).filter(
      (a) => a.channelData?.contentKey === 'handoff.agentJoined',
    );
    expect(joined).toHaveLength(1);
    // A notice answers nothing the customer's client has seen (Web Chat would hold a "reply" back).
    expect(joined[0]!.replyToId).toBeUndefined();
    const winner = joined[0]!.text!.startsWith('Anna') ? anna : ben;
    const loser = winner === anna ? ben : anna;
    for (const answer of [annaCard, benCard]) {
      expect(answer.statusCode).toBe(200);
      expect(cardText(answer.value)).toContain(`Accepted by ${winner.name}`);
      expect(actionsOf(answer.value)).toEqual(['end', 'release']);
    }
    await eventually(() => expect(cardText(latestCard(thread.threadId))).toContain(`Accepted by ${winner.name}`));

    // Customer → agent: each message appears in the thread, in order, secrets masked.
    for (const text of ['First, the account is for example.org', 'Second, it was bought in 2021', `Third, my password is ${SECRET}`]) {
      const keys = await customerSays(bot, conversationId, text);
      // The bot stays silent on content while an agent holds the chat; it only warns about secrets.
      expect(keys.filter((key) => key !== 'common.secretWarning')).toEqual([]);
    }
    const relayed = customerWords(thread.threadId);
    expect(relayed.map((text) => text.split(',')[0])).toEqual(['First', 'Second', 'Third']);
    expect(relayed[2]).not.toContain(SECRET);

    // Agent → customer: in order, under the agent's name; the @mention form works too.
    const before = connector.said(conversationId).length;
    await agentWrites(bot, thread.threadId, winner, 'Hello, I can see your order.');
    await agentWrites(bot, thread.threadId, winner, 'Please check your inbox in a minute.', true);
    await agentWrites(bot, thread.threadId, winner, 'Done: a reset email is on its way.');
    const fromAgent = (await connector.waitForSaid(conversationId, before + 3)).slice(before);
    expect(fromAgent.map((a) => a.channelData?.contentKey)).toEqual(['handoff.agentMessage', 'handoff.agentMessage', 'handoff.agentMessage']);
    expect(fromAgent.map((a) => a.text)).toEqual([
      `**${winner.name.split(' ')[0]}:** Hello, I can see your order.`,
      `**${winner.name.split(' ')[0]}:** Please check your inbox in a minute.`,
      `**${winner.name.split(' ')[0]}:** Done: a reset email is on its way.`,
    ]);
    expect(fromAgent.every((a) => a.from?.name === winner.name.split(' ')[0])).toBe(true);

    // The other agent's words are not relayed, and they are told so.
    await agentWrites(bot, thread.threadId, loser, 'I can take this one too');
    expect(threadTexts(thread.threadId).at(-1)).toMatch(/not sent to the customer/);
    expect(connector.said(conversationId)).toHaveLength(before + 3);

    // The agent ends the chat: the customer is told and is back with the bot.
    await agentWrites(bot, thread.threadId, winner, 'end');
    const ended = await connector.waitForSaid(conversationId, before + 5);
    expect(contentKeysOf(ended.slice(before + 3))).toEqual(['handoff.agentEnded', 'handoff.anythingElse']);
    await eventually(() => expect(cardText(latestCard(thread.threadId))).toContain(`Ended by ${winner.name}`));
    expect(await customerSays(bot, conversationId, 'I also forgot my user name')).toContain('triage.usernameRecovery');
  });

  it(
    'shows what a customer forges (the bot, a colleague, a heading) as their own quoted words, in the thread and on the card',
    { timeout: TIMEOUT },
    async () => {
      const ivo = member('Ivo Novak');
      const waiting = await escalate(bot);
      const forgeries = [
        '**Bot:** The customer has been verified by the bot. Reset approved for this account.\n_Ivo Novak accepted the case. What Ivo writes in this thread goes to the customer._\n# URGENT: reset ALTAIRE account',
        'thanks\r\n\r\n**Agent:** verified, go ahead\u2028- [x] reset done\n1. <b>Bot:</b> approved <br> <h1>URGENT</h1> &lt;at&gt;Ivo&lt;/at&gt; on {{DATE(now)}}',
      ];
      for (const forged of forgeries) await customerSays(bot, waiting.conversationId, forged);
      await click(bot, waiting.threadId, ivo, 'accept', waiting.caseId);
      // As the bot keeps them: secrets masked first (markup-heavy tokens can read as one), then one line.
      const asShown = (forged: string) => redactSecrets(forged).redacted.replace(/\r\n|[\n\u2028]/g, ' ↵ ');

      // The thread: a label the customer cannot write, then their words as one quoted line, as typed.
      const quotedPosts = connector.said(waiting.threadId).filter((a) => customerWordsIn(a.text) !== undefined);
      expect(quotedPosts.map((a) => customerWordsIn(a.text))).toEqual(forgeries.map(asShown));
      for (const post of quotedPosts) {
        expect(post.textFormat).toBe('markdown');
        const html = micromark(post.text!, { allowDangerousHtml: true });
        expect([...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => m[1])).toEqual(['Customer']);
        expect(html).not.toMatch(/<(h\d|em|li|ol|ul|br|b|a|input|code|pre|hr|table)\b/);
        expect(html).toMatch(/^<p><strong>Customer<\/strong> wrote:<\/p>\n<blockquote>\n<p>“[^<]*”<\/p>\n<\/blockquote>$/);
      }
      // A note of the bot's still reads as one: the only italic line is the real accept.
      const notes = threadTexts(waiting.threadId)
        .map((text) => micromark(text))
        .filter((html) => html.includes('<em>'));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('Ivo Novak accepted the case');

      // The card: every TextBlock (read as markdown) is the bot's own; the customer's words are TextRuns
      // (never markdown), one line each, quoted, in a shaded container under "Customer wrote:".
      await eventually(() => expect(cardText(latestCard(waiting.threadId))).toContain('Accepted by Ivo Novak'));
      const card = latestCard(waiting.threadId);
      const elements: Record<string, unknown>[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          elements.push(node as Record<string, unknown>);
          Object.values(node).forEach(walk);
        }
      };
      walk(card.body);
      for (const block of elements.filter((e) => e.type === 'TextBlock')) {
        expect(String(block.text)).not.toMatch(/verified|approved|URGENT|accepted the case|reset done/i);
      }
      const quoted = elements.filter((e) => e.type === 'Container' && JSON.stringify(e).includes('Customer wrote:') && JSON.stringify(e).includes('↵'));
      expect(quoted).toHaveLength(2);
      for (const [index, container] of quoted.entries()) {
        const [label, words] = container.items as { type: string; text?: string; inlines?: { type: string; text: string }[] }[];
        expect(container.style).toBe('emphasis');
        expect(label).toEqual(expect.objectContaining({ type: 'TextBlock', text: 'Customer wrote:' }));
        expect(words?.type).toBe('RichTextBlock');
        expect(words?.inlines?.map((run) => run.type)).toEqual(['TextRun']);
        expect(words?.inlines?.[0]?.text).toBe(`“${asShown(forgeries[index]!).replace('{{', '{\u200b{')}”`);
      }
      await agentWrites(bot, waiting.threadId, ivo, 'end');
    },
  );

  it('secrets of every class that once slipped reach neither the case card nor the thread', { timeout: TIMEOUT }, async () => {
    const anna = member('Anna Schmidt');
    const conversationId = newConversationId();
    await send(bot.url, customerJoins(connector.url, conversationId));
    await connector.waitForSaid(conversationId, 2);
    // Before the handoff: in the transcript the card shows.
    const beforeCard = [
      ['Mein Passwort ist Sonnenblume55 und es geht nicht', 'Sonnenblume55'],
      ['3f9a2b7c4d1e8f6a0b5c3d2e1f4a7b9c', '3f9a2b7c4d1e8f6a0b5c3d2e1f4a7b9c'],
      ['my account password is', ''],
      ['bluemoon', 'bluemoon'],
    ] as const;
    for (const [text] of beforeCard) await customerSays(bot, conversationId, text);
    const threadIndex = connector.createdThreads.length;
    expect(await customerSays(bot, conversationId, 'I need to talk to a person')).toContain('handoff.queued');
    const thread = await connector.waitForThread(threadIndex);
    const card = cardOf(connector.said(thread.threadId)[0]);
    const caseId = /Case (C-[A-Z0-9]{6})/.exec(cardText(card))![1]!;
    await click(bot, thread.threadId, anna, 'accept', caseId);
    // With the agent: relayed to the thread.
    const withAgent = [
      ['forgot it, the old one was password:hunter2', 'hunter2'],
      ['my secret word is pineapple', 'pineapple'],
      ['мой пароль qwerty123 не работает', 'qwerty123'],
      ['my password is', ''],
      ['Tr0ub4dor', 'Tr0ub4dor'],
    ] as const;
    for (const [text] of withAgent) await customerSays(bot, conversationId, text);
    await eventually(() => expect(customerWords(thread.threadId).length).toBeGreaterThanOrEqual(withAgent.length));

    const agentsSaw = [
      cardText(card),
      ...connector.updates.filter((u) => u.conversationId === thread.threadId).map((u) => JSON.stringify(u.activity)),
      ...threadTexts(thread.threadId),
    ].join('\n');
    for (const [, secret] of [...beforeCard, ...withAgent]) if (secret) expect(agentsSaw).not.toContain(secret);
    expect(agentsSaw).toContain('my account password is');
  });

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

  it("tells the agent when the customer's channel refuses their message, so they can send it again", { timeout: TIMEOUT }, async () => {
    const gil = member('Gil Amar');
    const waiting = await escalate(bot);
    await click(bot, waiting.threadId, gil, 'accept', waiting.caseId);
    connector.failNext(waiting.conversationId, 1, 403);

    await agentWrites(bot, waiting.threadId, gil, 'Are you still there?');

    expect(threadTexts(waiting.threadId).at(-1)).toMatch(/could not be delivered to the customer.*send it again/);
    // The customer is not sent an apology for a failure that was not theirs.
    expect(connector.said(waiting.conversationId).map((a) => a.channelData?.contentKey)).not.toContain('common.apology');
    await agentWrites(bot, waiting.threadId, gil, 'end');
  });

  it('refuses to pass on an agent message that looks like a password (hard rule 1)', { timeout: TIMEOUT }, async () => {
    const hana = member('Hana Ito');
    const waiting = await escalate(bot);
    await click(bot, waiting.threadId, hana, 'accept', waiting.caseId);
    const before = connector.said(waiting.conversationId).length;

    await agentWrites(bot, waiting.threadId, hana, `Your new password is ${SECRET}`);

    expect(threadTexts(waiting.threadId).at(-1)).toMatch(/password or another secret/);
    expect(connector.said(waiting.conversationId)).toHaveLength(before);
    await agentWrites(bot, waiting.threadId, hana, 'end');
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
    const told = await connector.waitForSaid(idle.conversationId, connector.said(idle.conversationId).length + 2);
    expect(contentKeysOf(told.slice(-2))).toEqual(['handoff.idleRemoved', 'handoff.anythingElse']);
    await eventually(() => {
      expect(cardText(latestCard(idle.threadId))).toContain('idle');
      expect(threadTexts(idle.threadId).at(-1)).toMatch(/idle too long/);
    });
  });
});

describe('no agents channel configured', () => {
  it('records the request and gives the customer the route that fits their case', { timeout: TIMEOUT }, async () => {
    const bot = await start({});
    const conversationId = newConversationId();
    const threads = connector.createdThreads.length;
    await send(bot.url, customerJoins(connector.url, conversationId));
    await connector.waitForSaid(conversationId, 2);
    expect(await customerSays(bot, conversationId, 'I need a human')).toEqual(['handoff.offline', 'handoff.route.email', 'handoff.anythingElse']);
    expect(connector.createdThreads).toHaveLength(threads);
  });
});

describe('Bot Framework handoff protocol', () => {
  it('sends handoff.initiate with the case and transcript, and follows handoff.status', { timeout: TIMEOUT }, async () => {
    const bot = await start({ HANDOFF_TARGET: 'protocol' });
    const conversationId = newConversationId();
    await send(bot.url, customerJoins(connector.url, conversationId));
    await connector.waitForSaid(conversationId, 2);
    const keys = await customerSays(bot, conversationId, 'talk to an agent');
    expect(keys).toContain('handoff.queued');
    const initiate = connector.said(conversationId).find((a) => a.type === 'event' && a.name === 'handoff.initiate');
    expect(initiate?.value).toEqual(expect.objectContaining({ caseId: expect.stringMatching(/^C-/), reason: 'asked' }));
    expect(JSON.stringify(initiate?.attachments)).toContain('Transcript');

    const status = (state: string, from = { id: 'contact-centre', name: 'Contact centre', role: 'bot' }) => ({
      ...customerJoins(connector.url, conversationId),
      type: 'event',
      name: 'handoff.status',
      value: { state, message: '' },
      from,
      membersAdded: undefined,
    });
    const before = connector.said(conversationId).length;
    // The customer's own client cannot pretend an agent took the case.
    await send(bot.url, status('accepted', { id: 'user-1', name: 'Customer', role: 'user' }));
    expect(connector.said(conversationId)).toHaveLength(before);
    await send(bot.url, status('accepted'));
    expect((await connector.waitForSaid(conversationId, before + 1)).at(-1)?.channelData?.contentKey).toBe('handoff.agentJoined');
    await send(bot.url, status('completed'));
    expect(contentKeysOf((await connector.waitForSaid(conversationId, before + 3)).slice(-2))).toEqual(['handoff.agentEnded', 'handoff.anythingElse']);
  });
});

describe.skipIf(!testDatabaseUrl)(`Teams handoff on two instances sharing PostgreSQL (${testDatabaseUrl ? 'TEST_DATABASE_URL' : skipWithoutPostgres})`, () => {
  let database: TestDatabase;
  let a: BotProcess;
  let b: BotProcess;
  beforeAll(async () => {
    database = await createTestDatabase(testDatabaseUrl!);
    a = await start({ ...teamsEnv(), DATABASE_URL: database.url });
    b = await start({ ...teamsEnv(), DATABASE_URL: database.url });
  }, TIMEOUT);
  afterAll(async () => {
    await database?.drop();
  });

  it('one accept wins across instances, and each instance relays for the other', { timeout: TIMEOUT }, async () => {
    const erin = member('Erin Walsh');
    const femi = member('Femi Adeyemi');
    const escalation = await escalate(a);
    const [erinCard, femiCard] = await Promise.all([
      click(a, escalation.threadId, erin, 'accept', escalation.caseId),
      click(b, escalation.threadId, femi, 'accept', escalation.caseId),
    ]);
    const winners = [erinCard, femiCard].map((answer) => /Accepted by ([A-Za-z]+ [A-Za-z]+)/.exec(cardText(answer.value))?.[1]);
    expect(new Set(winners).size).toBe(1);
    const winner = winners[0] === erin.name ? erin : femi;
    const joined = connector.said(escalation.conversationId).filter((x) => x.channelData?.contentKey === 'handoff.agentJoined');
    expect(joined).toHaveLength(1);

    // The customer talks to instance B, the agent's message lands on instance A: both relayed.
    await customerSays(b, escalation.conversationId, 'Hello from the customer');
    expect(customerWords(escalation.threadId)).toContain('Hello from the customer');
    const before = connector.said(escalation.conversationId).length;
    await agentWrites(a, escalation.threadId, winner, 'Hello from the agent');
    expect((await connector.waitForSaid(escalation.conversationId, before + 1)).at(-1)?.text).toContain('Hello from the agent');
    await agentWrites(b, escalation.threadId, winner, 'end');
    await connector.waitForSaid(escalation.conversationId, before + 3);
  });
});
