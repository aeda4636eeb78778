// What a test file that runs the bot as real processes needs: one local connector for the file, and the
// bots and data folders it starts, killed (if still running) and removed at the end, so a failed test
// leaves nothing behind. Call it at the top level of the file; it registers its own hooks.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess, type StartOptions } from './bot-process.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from './channel-activities.js';
import { startLocalConnector, type LocalConnector } from './local-connector.js';
import { choiceLabel } from './runner.js';

export type BotProcesses = {
  /** The file's connector; read it inside tests and hooks (it starts in beforeAll). */
  readonly connector: LocalConnector;
  /** A data folder that does not exist yet, in a temporary directory removed after the file. */
  newDataDir(prefix: string): string;
  /** Starts a bot on `dataDir` (a new one by default), to be killed after the test or the file. */
  start(options?: Partial<StartOptions>): Promise<BotProcess>;
};

export function useBotProcesses(options: { killAfter: 'each test' | 'the file' }): BotProcesses {
  let connector: LocalConnector | undefined;
  const processes: BotProcess[] = [];
  const tempDirs: string[] = [];
  const killStarted = async () => {
    for (const bot of processes.splice(0)) if (!bot.exited) await bot.kill().catch(() => undefined);
  };

  beforeAll(async () => {
    connector = await startLocalConnector();
  });
  if (options.killAfter === 'each test') afterEach(killStarted);
  afterAll(async () => {
    await killStarted();
    await connector?.close();
    for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  const newDataDir = (prefix: string) => {
    const dir = makeTempDir(prefix);
    tempDirs.push(dir);
    return path.join(dir, 'data');
  };
  return {
    get connector() {
      if (!connector) throw new Error('the connector starts in beforeAll; read it inside a test or hook');
      return connector;
    },
    newDataDir,
    start: async (startOptions = {}) => {
      const bot = await startBotProcess({ ...startOptions, dataDir: startOptions.dataDir ?? newDataDir('bot-') });
      processes.push(bot);
      return bot;
    },
  };
}

/**
 * A customer who only wants their answer, chatting while a test throws other traffic at the same bot:
 * opens the chat, asks for a password reset and says they bought through a reseller, every turn 200.
 */
export async function ordinaryChat(botUrl: string, connector: LocalConnector): Promise<string> {
  const conversationId = newConversationId();
  await send(botUrl, conversationUpdateActivity(connector.url, conversationId));
  for (const text of [choiceLabel('triage.askNeed', 'reset_password'), choiceLabel('reset.askCustomerType', 'reseller')]) {
    expect((await send(botUrl, messageActivity(connector.url, conversationId, text))).status).toBe(200);
  }
  return conversationId;
}
