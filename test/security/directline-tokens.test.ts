// Self-hosted Direct Line tokens: a chat's tokens cannot be refreshed forever, a token without an
// expiry is refused whoever signed it, and no token reaches the log through a URL's query string.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { DirectLineTokens, MAX_CHAT_SECONDS, TokenError } from '../../src/directline/tokens.js';
import { withoutTokens } from '../../src/edge/paths.js';

const SECRET = 'a-direct-line-token-secret-of-32-characters-or-more';

describe('Direct Line tokens', () => {
  it('refresh within a day of the chat starting, and never after, however often they were refreshed', async () => {
    let now = 1_800_000_000;
    const tokens = new DirectLineTokens(SECRET, 1800, () => now);
    let issued = await tokens.issue({ conversationId: 'c1', userId: 'dl_x' });
    for (let hour = 0; hour < 23; hour++) {
      now += 1500;
      issued = await tokens.refresh(await tokens.verify(issued.token));
    }
    expect(issued.startedAt).toBe(1_800_000_000);
    now = 1_800_000_000 + MAX_CHAT_SECONDS + 1;
    const stillValid = new DirectLineTokens(SECRET, 3 * MAX_CHAT_SECONDS, () => 1_800_000_000);
    const longLived = await stillValid.issue({ conversationId: 'c1', userId: 'dl_x' });
    await expect(tokens.refresh(await tokens.verify(longLived.token))).rejects.toEqual(new TokenError('too old to refresh'));
  });

  it('refuses a token with no expiry, even one signed with the right key', async () => {
    const tokens = new DirectLineTokens(SECRET, 1800);
    const forever = await new SignJWT({ conv: 'c1', user: 'dl_x', started: Math.floor(Date.now() / 1000) })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cert-support-bot/directline')
      .setIssuedAt()
      .sign(new TextEncoder().encode(SECRET));

    await expect(tokens.verify(forever)).rejects.toBeInstanceOf(TokenError);
  });

  it('are replaced by [redacted] in any URL written to a log', () => {
    expect(withoutTokens('/v3/directline/conversations/abc/stream?t=eyJ.a.b&watermark=3')).toBe(
      '/v3/directline/conversations/abc/stream?t=[redacted]&watermark=3',
    );
    expect(withoutTokens('GET /x?token=abc&T=def does not exist')).toBe('GET /x?token=[redacted]&T=[redacted] does not exist');
  });
});

describe('the bot process never logs a stream token', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBotProcess({ dataDir: makeTempDir('dl-tokens-') });
  }, 30_000);
  afterAll(async () => {
    await bot?.kill();
  });

  it('when a stream URL is requested without an upgrade, refused or not found', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJjb252IjoiYyJ9.c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ';
    for (const path of [`/v3/directline/conversations/nope/stream?t=${token}`, `/v3/directline/conversations/nope/stream/more?t=${token}&watermark=1`]) {
      const response = await fetch(`${bot.url}${path}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
    await bot.waitForLog((line) => typeof line.url === 'string' && line.url.includes('/stream'));
    expect(bot.stdoutText()).not.toContain('c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ');
    expect(bot.stdoutText()).toContain('t=[redacted]');
  });
});
