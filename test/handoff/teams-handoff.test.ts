// The handoff end to end, over HTTP with real bot processes: a customer on Direct Line, agents in a
// Teams channel, both played by one local connector with Teams-shaped activities (channel threads,
// @mentions, Action.Execute invokes). This file, on one bot: escalation → card → two accepts at once
// (one wins) → relay both ways in order → end → back with the bot, and what the relay must never pass
// on (forged labels, secrets, an agent's password). The queue and agent commands:
// teams-handoff-queue.test.ts; time limits: teams-handoff-limits.test.ts; other targets:
// teams-handoff-targets.test.ts.
import { micromark } from 'micromark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';
import type { BotProcess } from '../support/bot-process.js';
import { newConversationId, send } from '../support/channel-activities.js';
import { cardOf, cardText, actionsOf, eventually, handoffSteps } from '../support/handoff-steps.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';
import { AGENTS_CHANNEL_ID, customerJoins, customerWordsIn } from '../support/teams-activities.js';

const TIMEOUT = 60_000;
const SECRET = 'Tr0ub4dor&3!';

let connector: LocalConnector;
const steps = handoffSteps(() => connector);
const { teamsEnv, member, start, customerSays, latestCard, threadTexts, customerWords, escalate, agentWrites, click } = steps;

beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(async () => {
  await steps.stopBots();
  await connector.close();
});

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
});
