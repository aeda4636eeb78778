// A process killed (SIGKILL) after it saved a turn and before the channel took its reply: the next
// process on the same SQLite file sends that reply, once, and the conversation carries on from the
// saved state. The local bots.connector holds the bot's post, so the kill lands exactly in that gap.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { useBotProcesses } from '../support/bot-processes.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { contentKeysOf } from '../support/received-activities.js';
import { databaseFile } from '../../src/app.js';
import { choiceLabel } from '../support/runner.js';

const bots = useBotProcesses({ killAfter: 'the file' });
const dataDir = bots.newDataDir('undelivered-');
const start = (): Promise<BotProcess> => bots.start({ dataDir });

const undeliveredRows = () => {
  const db = new Database(databaseFile({ dataDir }), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM transcripts WHERE undelivered = 1').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('replies saved but not delivered before a SIGKILL', () => {
  it('are sent by the next process, once, and the conversation carries on', { timeout: 60_000 }, async () => {
    const conversationId = newConversationId();
    const first = await start();
    await send(first.url, conversationUpdateActivity(bots.connector.url, conversationId));
    await bots.connector.waitForSaid(conversationId, 2);
    const before = bots.connector.said(conversationId).length;

    const held = bots.connector.holdNext(conversationId);
    void send(first.url, messageActivity(bots.connector.url, conversationId, choiceLabel('triage.askNeed', 'reset_password'))).catch(() => undefined);
    const inFlight = await held.arrived;
    expect(contentKeysOf(inFlight.activity ? [inFlight.activity] : [])[0]).toBe('reset.intro');
    await first.kill();
    // The held post is never answered: the channel never took that reply.
    expect(bots.connector.said(conversationId)).toHaveLength(before);
    expect(undeliveredRows()).toBeGreaterThan(0);

    const second = await start();
    const sentLine = await second.waitForLog((line) => line.msg === 'replies left undelivered by the last process sent');
    expect(sentLine).toMatchObject({ conversations: 1, failed: 0 });
    const redelivered = (await bots.connector.waitForSaid(conversationId, before + 1)).slice(before);
    expect(contentKeysOf(redelivered)[0]).toBe('reset.intro');
    expect(undeliveredRows()).toBe(0);

    // The turn's state was saved before the kill: the customer's answer moves on from the reset question.
    const answered = bots.connector.said(conversationId).length;
    await send(second.url, messageActivity(bots.connector.url, conversationId, 'I bought it directly from your website'));
    const next = (await bots.connector.waitForSaid(conversationId, answered + 1)).slice(answered);
    expect(contentKeysOf(next).some((key) => key?.startsWith('reset.'))).toBe(true);

    // A third process has nothing left to send: the reply went out exactly once.
    await second.stop();
    const third = await start();
    await third.waitForLog((line) => line.msg === 'listening');
    expect(contentKeysOf(bots.connector.said(conversationId)).filter((key) => key === 'reset.intro')).toHaveLength(1);
    expect(undeliveredRows()).toBe(0);
  });
});
