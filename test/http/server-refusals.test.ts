// The real HTTP server refusing what it must not take, on 127.0.0.1 with a local files.connector as the
// channel: malformed bodies and activities answered with the right 4xx, and with authentication on,
// requests without a valid token answered 401 without a reply sent or any key fetched from the
// internet. After each kind of refusal the server still serves.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { conversationUpdateActivity, messageActivity, newConversationId, postRaw, send } from '../support/channel-activities.js';
import { Customer, closeApp, startApp, type Started, useConnectorAndApps } from '../support/http-app.js';
import { contentKeysOf } from '../support/received-activities.js';

const files = useConnectorAndApps();

const errorText = (body: unknown): string => JSON.stringify(body);

describe('HTTP server: malformed input', () => {
  let bot: Started;

  beforeAll(async () => {
    bot = await startApp();
  });

  it('answers 400 to a body that is not valid JSON', async () => {
    const response = await postRaw(bot.url, '{"type": "message", ', { 'content-type': 'application/json' });

    expect(response.status).toBe(400);
    expect(errorText(response.body)).toMatch(/json/i);
  });

  it('answers 400 naming the field when an activity has no conversation', async () => {
    const { conversation: _dropped, ...withoutConversation } = messageActivity(files.connector.url, newConversationId(), 'hello');

    const response = await send(bot.url, withoutConversation);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.stringContaining('conversation') });
  });

  it('answers 400 naming the field when the serviceUrl is not a URL', async () => {
    const activity = { ...messageActivity(files.connector.url, newConversationId(), 'hello'), serviceUrl: 'not a url' };

    const response = await send(bot.url, activity);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.stringContaining('serviceUrl') });
  });

  it('answers 400 to a JSON body that is not an object', async () => {
    const response = await postRaw(bot.url, '[1, 2, 3]', { 'content-type': 'application/json' });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await postRaw(bot.url, 'type=message&text=hello', { 'content-type': 'text/plain' });

    expect(response.status).toBe(415);
    expect(errorText(response.body)).toMatch(/application\/json/);
  });

  it('answers 413 to a body over 256 KiB', async () => {
    const activity = messageActivity(files.connector.url, newConversationId(), 'x'.repeat(300 * 1024));

    const response = await send(bot.url, activity);

    expect(response.status).toBe(413);
  });

  it('still serves a normal turn after all of those', async () => {
    const customer = new Customer(files.connector, bot.url);

    const replies = await customer.open();

    expect(contentKeysOf(replies)).toEqual(['common.welcome', 'triage.askNeed']);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

/** An unsigned JWT (never valid): enough for the adapter to read its issuer. */
function forgedToken(payload: Record<string, unknown>): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  return `${encode({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${encode(payload)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

describe('HTTP server: authentication on', () => {
  let bot: Started;

  beforeAll(async () => {
    bot = await startApp({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'test-only-secret',
      MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000',
    });
  });

  afterAll(async () => {
    await closeApp(bot.app);
  });

  /** The adapter reports rejected requests with console.error; keep the output clean but observable. */
  const quietAdapter = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);
  /** Nothing may reach the internet: fail loudly if the adapter tries (OpenID metadata, token service). */
  const noInternet = () =>
    vi.spyOn(https, 'request').mockImplementation(() => {
      throw new Error('test: an HTTPS request to the internet was attempted');
    });

  it('answers 401 to a request without an Authorization header and sends no reply', async () => {
    quietAdapter();
    const httpsRequest = noInternet();
    const conversationId = newConversationId();
    const requestsBefore = files.connector.requests.length;

    const response = await send(bot.url, conversationUpdateActivity(files.connector.url, conversationId));

    expect(response.status).toBe(401);
    expect(response.text).toMatch(/unauthorized/i);
    // The adapter answers only after the turn would have run, so no reply can still be on its way.
    expect(files.connector.said(conversationId)).toEqual([]);
    expect(files.connector.requests.length).toBe(requestsBefore);
    expect(httpsRequest).not.toHaveBeenCalled();
  });

  it('answers 401 to a token from an issuer it does not trust, without fetching any keys', async () => {
    quietAdapter();
    const httpsRequest = noInternet();
    const conversationId = newConversationId();
    const token = forgedToken({ iss: 'https://attacker.example/', aud: '00000000-0000-0000-0000-000000000001', exp: 4_102_444_800 });

    const response = await send(bot.url, messageActivity(files.connector.url, conversationId, 'hello'), { authorization: `Bearer ${token}` });

    expect(response.status).toBe(401);
    expect(files.connector.said(conversationId)).toEqual([]);
    expect(httpsRequest).not.toHaveBeenCalled();
  });

  it('still answers health checks', async () => {
    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
  });
});
