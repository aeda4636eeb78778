// Durable, shared state with real processes: a bot killed between turns carries on (SQLite and
// PostgreSQL), two instances on one PostgreSQL serve one conversation in turns, and messages of one
// conversation fired together are all processed, none lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { useBotProcesses } from '../support/bot-processes.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { contentKeysOf } from '../support/received-activities.js';
import { createTestDatabase, skipWithoutPostgres, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';
import { choiceLabel } from '../support/runner.js';

const TIMEOUT = 60_000;

const processes = useBotProcesses({ killAfter: 'the file' });
const start = (env: Record<string, string>, dataDir = processes.newDataDir('durable-')): Promise<BotProcess> => processes.start({ dataDir, env });

/** Posts one message and returns the content keys of its replies (the POST returns after the turn). */
async function say(bot: BotProcess, conversationId: string, text: string): Promise<(string | undefined)[]> {
  const before = processes.connector.said(conversationId).length;
  const response = await send(bot.url, messageActivity(processes.connector.url, conversationId, text));
  expect(response.status, response.text).toBe(200);
  return contentKeysOf(processes.connector.said(conversationId).slice(before));
}

async function open(bot: BotProcess, conversationId: string): Promise<void> {
  await send(bot.url, conversationUpdateActivity(processes.connector.url, conversationId));
  await processes.connector.waitForSaid(conversationId, 2);
}

function restartScenario(name: string, envFor: () => Record<string, string>) {
  it(`${name}: a bot killed between turns carries on where the conversation was`, { timeout: TIMEOUT }, async () => {
    const env = envFor();
    const dataDir = processes.newDataDir('durable-');
    const conversationId = newConversationId();
    const first = await start(env, dataDir);
    await open(first, conversationId);
    expect(await say(first, conversationId, choiceLabel('triage.askNeed', 'reset_password'))).toEqual(['reset.intro', 'reset.askCustomerType']);
    await first.kill();

    const second = await start(env, dataDir);
    expect(await say(second, conversationId, choiceLabel('reset.askCustomerType', 'epki'))).toEqual(['reset.askOrderNumber']);
    await second.stop();
  });
}

function concurrencyScenario(name: string, instances: () => BotProcess[]) {
  it(`${name}: messages of one conversation fired together are all processed, none lost`, { timeout: TIMEOUT }, async () => {
    const bots = instances();
    const conversationId = newConversationId();
    await open(bots[0]!, conversationId);
    const before = processes.connector.said(conversationId).length;

    const burst = Array.from({ length: 8 }, (_, i) => send(bots[i % bots.length]!.url, messageActivity(processes.connector.url, conversationId, 'hello')));
    const responses = await Promise.all(burst);

    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    const replies = contentKeysOf(processes.connector.said(conversationId).slice(before));
    expect(replies.filter((key) => key === 'common.smallTalk.greeting')).toHaveLength(8);
    expect(replies.filter((key) => key === 'triage.askNeed')).toHaveLength(8);
    expect(await say(bots[0]!, conversationId, choiceLabel('triage.askNeed', 'codesign_password'))).toEqual(['triage.codesignPassword', 'common.didItSolve']);
  });
}

describe('SQLite (embedded default)', () => {
  restartScenario('SQLite', () => ({}));

  let single: BotProcess;
  beforeAll(async () => {
    single = await start({});
  }, TIMEOUT);
  concurrencyScenario('SQLite, one instance', () => [single]);
});

describe.skipIf(!testDatabaseUrl)(`PostgreSQL (${testDatabaseUrl ? 'TEST_DATABASE_URL' : skipWithoutPostgres})`, () => {
  let database: TestDatabase;
  let a: BotProcess;
  let b: BotProcess;
  beforeAll(async () => {
    database = await createTestDatabase(testDatabaseUrl!);
    // Two instances starting at once on an empty database: migrations must be applied exactly once.
    [a, b] = await Promise.all([start({ DATABASE_URL: database.url }), start({ DATABASE_URL: database.url })]);
  }, TIMEOUT);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  restartScenario('PostgreSQL', () => ({ DATABASE_URL: database.url }));

  it('two instances on one database serve one conversation in alternate turns', { timeout: TIMEOUT }, async () => {
    const conversationId = newConversationId();
    await open(a, conversationId);

    expect(await say(b, conversationId, choiceLabel('triage.askNeed', 'reset_password'))).toEqual(['reset.intro', 'reset.askCustomerType']);
    expect(await say(a, conversationId, choiceLabel('reset.askCustomerType', 'direct'))).toEqual(['reset.askOrderNumber']);
    expect(await say(b, conversationId, choiceLabel('reset.askOrderNumber', 'no'))).toEqual(['reset.directEmail', 'common.didItSolve']);
  });

  concurrencyScenario('PostgreSQL, two instances', () => [a, b]);
});
