// Without an app id nothing authenticates /api/messages, so the activity's serviceUrl (where the bot
// posts its replies) must be on this machine: otherwise anyone reaching the port, on a bot listening
// on every interface, could have it post to any address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';

describe('an unauthenticated bot listening on every interface', () => {
  let bot: BotProcess;
  let connector: LocalConnector;

  beforeAll(async () => {
    connector = await startLocalConnector();
    bot = await startBotProcess({ dataDir: makeTempDir('service-url-'), env: { HOST: '0.0.0.0' } });
  }, 30_000);
  afterAll(async () => {
    await bot?.kill().catch(() => undefined);
    await connector?.close();
  });

  it.each(['http://10.0.0.5/', 'https://attacker.example/', 'http://169.254.169.254/latest/', 'http://127.0.0.1.attacker.example/'])(
    'refuses a serviceUrl of %s with 403, before any turn',
    async (serviceUrl) => {
      const response = await send(bot.url, messageActivity(serviceUrl, newConversationId(), 'I forgot my password'));
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: expect.stringContaining('serviceUrl must be a loopback address') });
      expect(bot.logs.some((line) => line.msg === 'turn')).toBe(false);
    },
  );

  it('still serves a channel on this machine', async () => {
    const conversationId = newConversationId();
    const response = await send(bot.url, messageActivity(connector.url, conversationId, 'I forgot my password'));
    expect(response.status).toBe(200);
    expect((await connector.waitForSaid(conversationId, 1)).length).toBeGreaterThan(0);
  });
});
