// With MicrosoftAppId set, /api/messages accepts only requests carrying a valid Bot Framework token.
// The channel's signing keys are published by a local OpenID server (BOT_OPENID_METADATA_URL) and the
// tokens signed with a local key, as Azure Bot Service signs them: nothing reaches the internet.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { messageActivity, newConversationId, send } from '../support/channel-activities.js';

const TIMEOUT = 30_000;
const APP_ID = '00000000-1111-2222-3333-444444444444';
const SERVICE_URL = 'http://127.0.0.1:9/channel';
const KEY_ID = 'local-signing-key';

let keys: http.Server;
let bot: BotProcess;
let signingKey: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: KEY_ID, use: 'sig', alg: 'RS256' };
  keys = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        req.url === '/keys'
          ? { keys: [jwk] }
          : { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      ),
    );
  });
  await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
  bot = await startBotProcess({
    dataDir: makeTempDir('auth-'),
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-by-these-tests',
      MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000',
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '5',
      BOT_OPENID_METADATA_URL: `http://127.0.0.1:${(keys.address() as AddressInfo).port}/.well-known/openid-configuration`,
    },
  });
}, TIMEOUT);
afterAll(async () => {
  await bot?.kill().catch(() => undefined);
  await new Promise<void>((resolve) => keys.close(() => resolve()));
});

const token = (options: { key?: CryptoKey; audience?: string; expiresAt?: number; serviceUrl?: string } = {}) =>
  new SignJWT({ serviceurl: options.serviceUrl ?? SERVICE_URL })
    .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
    .setIssuer('https://api.botframework.com')
    .setAudience(options.audience ?? APP_ID)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 60)
    .setNotBefore(Math.floor(Date.now() / 1000) - 60)
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 600)
    .sign(options.key ?? signingKey);

/** A message with nothing to answer: the bot runs no turn and sends nothing, whatever the token. */
const silentActivity = () => messageActivity(SERVICE_URL, newConversationId(), '   ');

describe('authentication with MicrosoftAppId set', () => {
  it('accepts a request with a valid token', { timeout: TIMEOUT }, async () => {
    const response = await send(bot.url, silentActivity(), { authorization: `Bearer ${await token()}` });
    expect(response.status).toBe(200);
  });

  it('answers 401 to a missing, malformed, expired, wrongly signed or misaddressed token', { timeout: TIMEOUT }, async () => {
    const cases: [string, Record<string, string>][] = [
      ['missing', {}],
      ['malformed', { authorization: 'Bearer not.a.jwt' }],
      ['not a bearer token', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['expired', { authorization: `Bearer ${await token({ expiresAt: Math.floor(Date.now() / 1000) - 3600 })}` }],
      ['signed with another key', { authorization: `Bearer ${await token({ key: otherKey })}` }],
      ['for another bot', { authorization: `Bearer ${await token({ audience: 'someone-else' })}` }],
      ['for another service URL', { authorization: `Bearer ${await token({ serviceUrl: 'https://evil.example.com/' })}` }],
    ];
    for (const [name, headers] of cases) {
      const response = await send(bot.url, silentActivity(), headers);
      expect(response.status, name).toBe(401);
    }
  });

  it("charges a conversation's rate limit only for authenticated requests: forged ones cannot lock its customer out", { timeout: TIMEOUT }, async () => {
    const activity = silentActivity();
    for (let i = 0; i < 60; i++) expect((await send(bot.url, activity, { authorization: `Bearer ${await token({ key: otherKey })}` })).status).toBe(401);

    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await send(bot.url, activity, { authorization: `Bearer ${await token()}` })).status);
    // The limit (5 a minute here) still applies to the channel's own requests.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('never logs a token', { timeout: TIMEOUT }, async () => {
    const secret = await token({ key: otherKey });
    await send(bot.url, silentActivity(), { authorization: `Bearer ${secret}` });
    expect(bot.stdoutText()).not.toContain(secret.split('.')[2]);
    expect(bot.stderrText()).not.toContain(secret.split('.')[2]);
  });
});
