// Where a handoff goes besides one Teams bot: nowhere configured (the request is recorded and the
// customer gets the route that fits), a contact centre over the Bot Framework handoff protocol
// (handoff.initiate, then handoff.status), and two bot instances sharing PostgreSQL, where one accept
// wins across instances and each relays for the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { newConversationId, send } from '../support/channel-activities.js';
import { cardText, handoffSteps } from '../support/handoff-steps.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { createTestDatabase, skipWithoutPostgres, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';
import { contentKeysOf } from '../support/received-activities.js';
import { customerJoins } from '../support/teams-activities.js';

const TIMEOUT = 60_000;

let connector: LocalConnector;
const steps = handoffSteps(() => connector);
const { teamsEnv, member, start, customerSays, customerWords, escalate, agentWrites, click } = steps;

beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(async () => {
  await steps.stopBots();
  await connector.close();
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
    // Messages only, by content key: an event or a queue update from the turn before may still land in between.
    const keysSaid = () => contentKeysOf(connector.said(conversationId).filter((activity) => activity.type === 'message'));
    // The customer's own client cannot pretend an agent took the case.
    await send(bot.url, status('accepted', { id: 'user-1', name: 'Customer', role: 'user' }));
    expect(keysSaid()).not.toContain('handoff.agentJoined');
    const before = connector.said(conversationId).length;
    await send(bot.url, status('accepted'));
    await connector.waitForSaid(conversationId, before + 1);
    expect(keysSaid().filter((key) => key === 'handoff.agentJoined')).toHaveLength(1);
    await send(bot.url, status('completed'));
    await connector.waitForSaid(conversationId, before + 3);
    expect(keysSaid().slice(keysSaid().indexOf('handoff.agentEnded'))).toEqual(['handoff.agentEnded', 'handoff.anythingElse']);
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
