// Replies posted without the SDK's REST client: the URL, body and Authorization header a channel
// expects, signed by the SDK's own credentials, and tried again only when the channel surely did not
// take it: a post repeated after one that may have been delivered shows the customer a reply twice.
// Against a local HTTP server standing in for the channel.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChannelRefused, withLeanReplies } from '../../src/bot-framework/reply-sender.js';

type Received = { method: string; url: string; authorization?: string; contentType?: string; body: unknown };
/** How the channel answers the next requests, in order; then 200 with an id. */
let script: { status: number; headers?: Record<string, string>; hang?: true }[] = [];
const received: Received[] = [];
let channel: http.Server;
let channelUrl: string;

beforeAll(async () => {
  channel = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({
        method: req.method!,
        url: req.url!,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: JSON.parse(body),
      });
      const next = script.shift() ?? { status: 200 };
      if (next.hang) return;
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(next.status === 200 ? JSON.stringify({ id: `sent-${received.length}` }) : '{"error":{"code":"x"}}');
    });
  });
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  channelUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => channel.close(() => resolve())));
beforeEach(() => {
  script = [];
  received.length = 0;
});

/** The SDK's credentials for a bot, with the token they would fetch from Entra ID made locally. */
async function credentialsOf(appId: string) {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appId ? 'secret' : '',
    MicrosoftAppType: 'MultiTenant',
  });
  const credentials = await factory.createCredentials(appId, 'https://api.botframework.com', 'https://login.microsoftonline.com/botframework.com', true);
  (credentials as unknown as { getToken: () => Promise<string> }).getToken = () => Promise.resolve('local-token');
  return credentials;
}

const clientFor = async (appId: string, serviceUrl: string, options = {}) =>
  withLeanReplies({ credentials: await credentialsOf(appId), conversations: { replyToActivity: undefined, sendToConversation: undefined } }, serviceUrl, {
    backoffMs: 1,
    ...options,
  }) as unknown as {
    conversations: {
      replyToActivity(conversationId: string, activityId: string, activity: object): Promise<{ id: string }>;
      sendToConversation(conversationId: string, activity: object): Promise<{ id: string }>;
    };
  };

const reply = {
  type: 'message',
  text: 'Please contact your **reseller**.',
  channelData: { contentKey: 'reset.reseller' },
  timestamp: new Date(Date.UTC(2026, 10, 30)),
};

describe('replies posted as plain JSON', () => {
  it("posts a reply to the activity it answers, with the bot's token, the ids encoded, under the service URL's path", async () => {
    const client = await clientFor('bot-app-id', `${channelUrl}/amer/`);

    const response = await client.conversations.replyToActivity('19:abc@thread.tacv2;messageid=1', 'act/1', reply);

    expect(response).toEqual({ id: 'sent-1' });
    expect(received).toEqual([
      {
        method: 'POST',
        url: '/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities/act%2F1',
        authorization: 'Bearer local-token',
        contentType: 'application/json; charset=utf-8',
        body: { ...reply, timestamp: '2026-11-30T00:00:00.000Z' },
      },
    ]);
  });

  it('sends a new message to the conversation, unsigned when the bot has no app id', async () => {
    const client = await clientFor('', channelUrl);

    await client.conversations.sendToConversation('conv-1', { type: 'message', text: 'Anna has joined.' });

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ url: '/v3/conversations/conv-1/activities', body: { text: 'Anna has joined.' } });
    expect(received[0]!.authorization).toBeUndefined();
  });

  it('tries again when the channel is throttling or unavailable, waiting as Retry-After says', async () => {
    const client = await clientFor('', channelUrl);
    script = [{ status: 429, headers: { 'retry-after': '0' } }, { status: 503 }, { status: 429 }];

    expect(await client.conversations.replyToActivity('conv-1', 'a-1', reply)).toEqual({ id: 'sent-4' });
    expect(received).toHaveLength(4);
    expect(new Set(received.map((request) => JSON.stringify(request.body))).size).toBe(1);
  });

  it('gives up after the last retry, and at once on a refusal that would not change, with the status', async () => {
    const client = await clientFor('', channelUrl, { retries: 2 });
    script = [{ status: 503 }, { status: 503 }, { status: 503 }];
    await expect(client.conversations.replyToActivity('conv-1', 'a-1', reply)).rejects.toMatchObject({ name: 'ChannelRefused', statusCode: 503 });
    expect(received).toHaveLength(3);

    received.length = 0;
    script = [{ status: 403 }];
    const refusal = await client.conversations.sendToConversation('conv-1', reply).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ChannelRefused);
    expect(refusal).toMatchObject({ statusCode: 403 });
    expect(received).toHaveLength(1);
  });

  it.each([500, 502, 504, 408])('never repeats a post answered %i: the channel may have delivered it', async (status) => {
    const client = await clientFor('', channelUrl);
    script = [{ status }];

    await expect(client.conversations.sendToConversation('conv-1', reply)).rejects.toMatchObject({ name: 'ChannelRefused', statusCode: status });
    expect(received).toHaveLength(1);
  });

  it('never repeats a post the channel took but did not answer in time', async () => {
    const client = await clientFor('', channelUrl, { timeoutMs: 200 });
    script = [{ status: 200, hang: true }];

    await expect(client.conversations.sendToConversation('conv-1', reply)).rejects.toThrow(/no answer from the channel within 200 ms/);
    expect(received).toHaveLength(1);
  });

  it('fails when the channel cannot be reached, after trying again', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = await clientFor('', `http://127.0.0.1:${port}`, { retries: 1 });

    await expect(client.conversations.replyToActivity('conv-1', 'a-1', reply)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
