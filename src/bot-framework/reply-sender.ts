// Replies and proactive messages to a channel, posted as plain JSON over kept-alive connections instead
// of through the SDK's generic REST client, whose per-call serializer (walking the Activity model for
// every field of every reply) and policy pipeline took more CPU than the rest of a turn's sending
// (README, Performance). Same URL and body as the Bot Framework REST API expects, and the same
// Authorization header: the connector client's own credentials sign each request. A request is tried
// again only when the channel surely did not take it (throttled, unavailable, or the connection
// refused or dropped before it was sent): never after a 500, a bad gateway or a timeout, which may
// follow a delivery, since a post repeated then shows the customer the same reply twice. Every other
// operation (updates, members, new threads) still goes through the SDK's client.
import http from 'node:http';
import https from 'node:https';
import type { Activity, ResourceResponse } from 'botbuilder';

/** What of the SDK's ConnectorClient this module uses. */
type ConnectorClient = {
  credentials: { signRequest(resource: never): Promise<unknown> };
  conversations: { replyToActivity: unknown; sendToConversation: unknown };
};

/** A channel's answer other than 2xx, with its status (as the SDK's RestError carries it). */
export class ChannelRefused extends Error {
  readonly code = 'CHANNEL_REFUSED';
  constructor(
    readonly statusCode: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(`the channel answered ${statusCode}`);
    this.name = 'ChannelRefused';
  }
}

/**
 * A channel this very process serves (the bot's own Direct Line): its replies are handed over in
 * memory rather than posted back to ourselves over HTTP, which costs a request each and which a server
 * that is shutting down no longer accepts.
 */
export type LocalChannel = {
  serves(serviceUrl: string): boolean;
  deliver(conversationId: string, activity: Record<string, unknown>): Promise<ResourceResponse>;
};

export type SendOptions = {
  /** Tries after the first (the SDK's pipeline also makes three). */
  retries: number;
  /** First wait between tries, doubled each time; a 429's Retry-After is used instead, up to maxWaitMs. */
  backoffMs: number;
  maxWaitMs: number;
  /** A request with no answer by then fails (and is tried again). */
  timeoutMs: number;
  /** Looked up at every send: the bot's own Direct Line starts listening after the adapter exists. */
  localChannel?: () => LocalChannel | undefined;
};

const defaults: SendOptions = { retries: 3, backoffMs: 250, maxWaitMs: 10_000, timeoutMs: 30_000 };

/** The activity as the channel would receive it over the wire (dates as text, nothing shared). */
const asSent = (activity: Partial<Activity>): Record<string, unknown> => JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** Statuses that say "not now, and nothing was done" (throttled, unavailable); 500, 502 and 504 may follow a delivery. */
const retryableStatuses = new Set([429, 503]);

/** The request never reached the channel: refused, no such host, or a kept-alive socket the channel had already closed. */
class NotSent extends Error {
  constructor(readonly original: Error) {
    super(original.message);
  }
}
const unsentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

const USER_AGENT = 'cert-support-bot (Bot Framework REST, Node.js)';

function postOnce(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<ResourceResponse> {
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise<ResourceResponse>((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers, agent: agents[url.protocol as keyof typeof agents], timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          const retryAfter = Number(response.headers['retry-after']);
          return reject(new ChannelRefused(status, Number.isFinite(retryAfter) ? retryAfter : undefined));
        }
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve(text ? (JSON.parse(text) as ResourceResponse) : { id: '' });
        } catch {
          // Delivered; the channel just did not say under which id.
          resolve({ id: '' });
        }
      });
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer from the channel within ${timeoutMs} ms`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // Node's advice for kept-alive sockets: a reset on a reused socket before any answer means the
      // channel closed it idle, before reading this request.
      const unsent = unsentCodes.has(error.code ?? '') || (error.code === 'ECONNRESET' && outgoing.reusedSocket);
      reject(unsent ? new NotSent(error) : error);
    });
    outgoing.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postActivity(client: ConnectorClient, url: URL, activity: Partial<Activity>, options: SendOptions): Promise<ResourceResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: '*/*', 'user-agent': USER_AGENT };
  // The SDK's credentials set the Authorization header on whatever they are given (none without an app id).
  await client.credentials.signRequest({ headers: { set: (name: string, value: string) => void (headers[name.toLowerCase()] = value) } } as never);
  const body = JSON.stringify(activity);
  headers['content-length'] = String(Buffer.byteLength(body));
  for (let attempt = 0; ; attempt++) {
    try {
      return await postOnce(url, headers, body, options.timeoutMs);
    } catch (error) {
      const refused = error instanceof ChannelRefused ? error : undefined;
      const safeToRepeat = error instanceof NotSent || (refused !== undefined && retryableStatuses.has(refused.statusCode));
      if (attempt >= options.retries || !safeToRepeat) throw error instanceof NotSent ? error.original : error;
      const wait = refused?.retryAfterSeconds !== undefined ? refused.retryAfterSeconds * 1000 : options.backoffMs * 2 ** attempt;
      await sleep(Math.min(wait, options.maxWaitMs));
    }
  }
}

/** The same client, with its two posting operations replaced by plain JSON posts to `serviceUrl`. */
export function withLeanReplies<Client extends ConnectorClient>(client: Client, serviceUrl: string, options: Partial<SendOptions> = {}): Client {
  const settings = { ...defaults, ...options };
  const base = serviceUrl.replace(/\/?$/, '/');
  const segment = encodeURIComponent;
  const local = () => {
    const channel = settings.localChannel?.();
    return channel?.serves(serviceUrl) ? channel : undefined;
  };
  client.conversations.replyToActivity = (conversationId: string, activityId: string, activity: Partial<Activity>) =>
    local()?.deliver(conversationId, asSent(activity)) ??
    postActivity(client, new URL(`v3/conversations/${segment(conversationId)}/activities/${segment(activityId)}`, base), activity, settings);
  client.conversations.sendToConversation = (conversationId: string, activity: Partial<Activity>) =>
    local()?.deliver(conversationId, asSent(activity)) ??
    postActivity(client, new URL(`v3/conversations/${segment(conversationId)}/activities`, base), activity, settings);
  return client;
}
