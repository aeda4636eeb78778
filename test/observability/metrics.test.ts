// GET /metrics on a real bot process, after real conversations: turns, outcomes, escalations, the
// queue, store latency and the process's own figures, in the Prometheus text format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { choiceLabel } from '../support/runner.js';

const TIMEOUT = 30_000;

let bot: BotProcess;
let connector: LocalConnector;
beforeAll(async () => {
  connector = await startLocalConnector();
  bot = await startBotProcess({ dataDir: makeTempDir('metrics-') });
}, TIMEOUT);
afterAll(async () => {
  await bot?.kill().catch(() => undefined);
  await connector?.close();
});

/** The value of one series, e.g. `certbot_outcomes_total{outcome="reset-web-host"}`. */
const valueOf = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics', () => {
  it('counts turns, outcomes, escalations and store calls, and reports the queue', { timeout: TIMEOUT }, async () => {
    const resetting = newConversationId();
    await send(bot.url, conversationUpdateActivity(connector.url, resetting));
    for (const text of [choiceLabel('triage.askNeed', 'reset_password'), choiceLabel('reset.askCustomerType', 'web_host')]) {
      expect((await send(bot.url, messageActivity(connector.url, resetting, text))).status).toBe(200);
    }
    await send(bot.url, messageActivity(connector.url, newConversationId(), 'I need to talk to a person'));

    const response = await fetch(`${bot.url}/metrics`);
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(valueOf(text, 'certbot_turns_total{input="start"}')).toBe(1);
    expect(valueOf(text, 'certbot_turns_total{input="message"}')).toBe(3);
    expect(valueOf(text, 'certbot_outcomes_total{outcome="reset-web-host"}')).toBe(1);
    expect(valueOf(text, 'certbot_escalations_total{reason="asked"}')).toBe(1);
    expect(valueOf(text, 'certbot_turn_duration_seconds_count')).toBe(4);
    expect(valueOf(text, 'certbot_store_operation_seconds_count{operation="save"}')).toBeGreaterThanOrEqual(4);
    // No agents' channel here: the request was recorded and closed, so nobody waits.
    expect(valueOf(text, 'certbot_handoff_queue_length')).toBe(0);
    expect(valueOf(text, 'certbot_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
