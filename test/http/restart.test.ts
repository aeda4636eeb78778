// Restart and continue: the real bot as a process (`node dist/main.js`, as `npm start` runs it) on a SQLite file. A turn that was
// answered is committed, so a customer whose bot process dies (SIGKILL: no chance to flush or close)
// or is stopped (SIGTERM) carries on where they were when a new process opens the same data folder.
import { describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { useBotProcesses } from '../support/bot-processes.js';
import { choiceLabel } from '../support/runner.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { contentKeysOf, type ReceivedActivity } from '../support/received-activities.js';

// Two cold process starts per test (tsx compiles the sources each time).
const PROCESS_TEST_TIMEOUT_MS = 60_000;

const bots = useBotProcesses({ killAfter: 'each test' });
const start = (dataDir: string): Promise<BotProcess> => bots.start({ dataDir });
const newDataDir = (): string => bots.newDataDir('bot-restart-');

/** Posts an activity to the bot and returns the `expected` replies of that turn. */
async function turn(bot: BotProcess, conversationId: string, activity: object, expected: number): Promise<ReceivedActivity[]> {
  const before = bots.connector.said(conversationId).length;
  const response = await send(bot.url, activity);
  expect(response.status, `POST /api/messages answered ${response.status}: ${response.text}`).toBe(200);
  await bots.connector.waitForSaid(conversationId, before + expected);
  return bots.connector.said(conversationId).slice(before);
}

/** Opens a conversation and chooses "reset password": the bot asks how the certificate was bought. */
async function startResetConversation(bot: BotProcess, conversationId: string): Promise<void> {
  const opened = await turn(bot, conversationId, conversationUpdateActivity(bots.connector.url, conversationId), 2);
  expect(contentKeysOf(opened)).toEqual(['common.welcome', 'triage.askNeed']);

  const asked = await turn(bot, conversationId, messageActivity(bots.connector.url, conversationId, choiceLabel('triage.askNeed', 'reset_password')), 2);
  expect(contentKeysOf(asked)).toEqual(['reset.intro', 'reset.askCustomerType']);
}

/** Answers the customer-type question on `bot` and checks the conversation carried on. */
async function answerCustomerType(bot: BotProcess, conversationId: string): Promise<void> {
  const next = await turn(bot, conversationId, messageActivity(bots.connector.url, conversationId, choiceLabel('reset.askCustomerType', 'epki')), 1);

  expect(contentKeysOf(next)).toEqual(['reset.askOrderNumber']);
  expect(contentKeysOf(bots.connector.said(conversationId))).toEqual([
    'common.welcome',
    'triage.askNeed',
    'reset.intro',
    'reset.askCustomerType',
    'reset.askOrderNumber',
  ]);
}

describe('restart and continue (real processes, SQLite file)', () => {
  it('warns at start-up that it runs unauthenticated, before it listens', { timeout: PROCESS_TEST_TIMEOUT_MS }, async () => {
    const bot = await start(newDataDir());

    const warningAt = bot.logs.findIndex((line) => /MicrosoftAppId/.test(line.msg ?? '') && /UNAUTHENTICATED/.test(line.msg ?? ''));
    const listeningAt = bot.logs.findIndex((line) => line.msg === 'listening');

    expect(warningAt, bot.stdoutText()).toBeGreaterThanOrEqual(0);
    expect(bot.logs[warningAt]?.level).toBe(40); // pino "warn"
    expect(warningAt).toBeLessThan(listeningAt);
    expect(bot.logs[listeningAt]).toMatchObject({ port: bot.port, url: bot.url });
    await bot.stop();
  });

  it('carries on after the process is killed (SIGKILL) once a turn was answered', { timeout: PROCESS_TEST_TIMEOUT_MS }, async () => {
    const dataDir = newDataDir();
    const conversationId = newConversationId();

    const first = await start(dataDir);
    await startResetConversation(first, conversationId);
    const killed = await first.kill();
    expect(killed.signal).toBe('SIGKILL');

    const second = await start(dataDir);
    expect(second.port).not.toBe(0);
    await answerCustomerType(second, conversationId);
    expect(second.logs.some((line) => line.msg === 'stored conversation cannot be restored; starting afresh')).toBe(false);

    const stopped = await second.stop();
    expect(stopped.code).toBe(0);
  });

  it('carries on after a graceful stop (SIGTERM), which exits 0 and logs why it stopped', { timeout: PROCESS_TEST_TIMEOUT_MS }, async () => {
    const dataDir = newDataDir();
    const conversationId = newConversationId();

    const first = await start(dataDir);
    await startResetConversation(first, conversationId);
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(first.logs.some((line) => line.msg === 'stopping' && line.signal === 'SIGTERM')).toBe(true);

    const second = await start(dataDir);
    await answerCustomerType(second, conversationId);
    await second.stop();
  });
});
