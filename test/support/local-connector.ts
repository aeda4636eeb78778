// A Bot Framework channel on 127.0.0.1: the `serviceUrl` the bot replies to. It records every activity
// the bot posts (in order, per conversation), answers each with a fresh id, and lets a test wait for
// replies as events, with a timeout that says what did arrive. Also builds incoming activities and
// posts them to a bot's /api/messages.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { partsOf, type ReplyChannelData } from '../../src/bot-framework/render-reply.js';

/** An activity as the bot posts it to the channel (JSON), with the fields the tests read. */
export type ReceivedActivity = {
  type: string;
  id?: string;
  text?: string;
  replyToId?: string;
  channelId?: string;
  conversation?: { id: string };
  from?: { id: string; name?: string };
  recipient?: { id: string; name?: string };
  channelData?: ReplyChannelData;
  suggestedActions?: { to?: string[]; actions: { type: string; title?: string; value?: unknown }[] };
  [field: string]: unknown;
};

/** One request the connector answered, kept for tests that look at paths or headers. */
export type ConnectorRequest = {
  method: string;
  path: string;
  conversationId?: string;
  replyToId?: string;
  authorization?: string;
  activity?: ReceivedActivity;
  /** What the connector answered to an activity post. */
  status?: number;
};

/** A card replaced in place (PUT …/activities/{id}), as Teams does when the bot updates a message. */
export type UpdatedActivity = { conversationId: string; activityId: string; activity: ReceivedActivity; at: number };

export type LocalConnector = {
  /** The serviceUrl to put in incoming activities (no trailing slash). */
  readonly url: string;
  /** Every update of an earlier activity, in arrival order. */
  readonly updates: UpdatedActivity[];
  /**
   * Conversations the bot created (POST /v3/conversations): in Teams, a new thread in a channel,
   * named `<channel id>;messageid=<id of its first post>`; its first post is recorded in it.
   */
  readonly createdThreads: { channelId: string; threadId: string; at: number }[];
  /** Resolves with the first thread created in the channel from `index` on, once it exists. */
  waitForThread(index: number, timeoutMs?: number): Promise<{ channelId: string; threadId: string; at: number }>;
  /** Every request, in arrival order, including ones the connector did not understand. */
  readonly requests: ConnectorRequest[];
  /** The activities received for one conversation so far, in order. */
  received(conversationId: string): ReceivedActivity[];
  /** Resolves with the first `count` activities of the conversation once that many have arrived. */
  waitFor(conversationId: string, count: number, timeoutMs?: number): Promise<ReceivedActivity[]>;
  /** Waits for `count` more activities than `received(conversationId)` holds now; resolves with only those. */
  waitForNext(conversationId: string, count: number, timeoutMs?: number): Promise<ReceivedActivity[]>;
  /**
   * What the bot said to the conversation, reply by reply: a message that joins several replies
   * (channelData.contentKeys) is listed once per part, each with that part's content key, the message's
   * text and buttons, and the message's outcome on its first part only. Other activities as received.
   */
  said(conversationId: string): ReceivedActivity[];
  /** Resolves with the first `count` replies of `said(conversationId)` once that many have arrived. */
  waitForSaid(conversationId: string, count: number, timeoutMs?: number): Promise<ReceivedActivity[]>;
  /**
   * Makes the next `times` posts for the conversation fail with `status` (a channel that is down or
   * refuses). A refused activity is recorded in `requests` but not in `received`.
   */
  failNext(conversationId: string, times: number, status?: number): void;
  /**
   * Holds the bot's next activity post for the conversation unanswered until `release()` (a slow
   * channel): the bot's turn stays in flight meanwhile. The post is recorded in `requests` when it
   * arrives, and in `received` (answered 200, as usual) only once released.
   */
  holdNext(conversationId: string): HeldPost;
  /**
   * Teams' members API for a team (or any conversation): GET /v3/conversations/{id}/members/{member id}
   * (by Teams user id or Entra object id; 404 MemberNotFoundInConversation for anyone else),
   * /members and /pagedmembers. Nobody is a member until added.
   */
  addMember(conversationId: string, member: ConversationMember): void;
  removeMember(conversationId: string, memberId: string): void;
  /** Makes the next `times` members requests fail with `status` (Teams down or throttling). */
  failMemberLookups(times: number, status?: number): void;
  close(): Promise<void>;
};

/** A member as the members API lists them (Teams adds more fields; these are the ones the bot reads). */
export type ConversationMember = { id: string; name: string; aadObjectId?: string };

/** A post of the bot's that the connector has not answered yet (see `holdNext`). */
export type HeldPost = {
  /** Resolves with the request once the bot's post has arrived and is being held. */
  readonly arrived: Promise<ConnectorRequest>;
  /** Answers the post as the connector normally does; harmless before arrival (it is then not held) or twice. */
  release(): void;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const activityRoute = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const membersRoute = /^\/v3\/conversations\/([^/]+)\/(members|pagedmembers)(?:\/([^/]+))?\/?$/;

/** The content keys of what the bot said, in order: every part of a message that joins several. */
export const contentKeysOf = (activities: ReceivedActivity[]): (string | undefined)[] =>
  activities.flatMap((activity) => (activity.channelData ? partsOf(activity.channelData) : [undefined]));

export const outcomesOf = (activities: ReceivedActivity[]): string[] =>
  activities.flatMap((activity) => (activity.channelData?.outcome ? [activity.channelData.outcome] : []));

/** See LocalConnector.said. */
const repliesOf = (activities: ReceivedActivity[]): ReceivedActivity[] =>
  activities.flatMap((activity) => {
    const data = activity.channelData;
    if (!data?.contentKeys) return [activity];
    const { outcome, contentKeys, ...shared } = data;
    return contentKeys.map((contentKey, part) => ({ ...activity, channelData: { ...shared, contentKey, ...(part === 0 && outcome ? { outcome } : {}) } }));
  });

const describeReceived = (activities: ReceivedActivity[]) =>
  activities.length === 0
    ? 'nothing'
    : contentKeysOf(activities)
        .map((key) => key ?? '(no contentKey)')
        .join(', ');

export async function startLocalConnector(): Promise<LocalConnector> {
  const byConversation = new Map<string, ReceivedActivity[]>();
  const requests: ConnectorRequest[] = [];
  const failures = new Map<string, { times: number; status: number }>();
  const holds = new Map<string, { arrive: (request: ConnectorRequest) => void; released: Promise<void> }[]>();
  /** `view` turns what arrived into what is counted: activities, or replies (`said`). */
  const waiters = new Set<{
    conversationId: string;
    count: number;
    view: (activities: ReceivedActivity[]) => ReceivedActivity[];
    resolve: (activities: ReceivedActivity[]) => void;
  }>();
  const updates: UpdatedActivity[] = [];
  const createdThreads: { channelId: string; threadId: string; at: number }[] = [];
  const threadWaiters = new Set<() => void>();
  let nextMessageId = 1_700_000_000_000;
  const members = new Map<string, ConversationMember[]>();
  const memberFailures = { times: 0, status: 503 };
  const membersOf = (conversationId: string): ConversationMember[] => {
    let list = members.get(conversationId);
    if (!list) members.set(conversationId, (list = []));
    return list;
  };
  const asMember = (member: ConversationMember) => ({ ...member, objectId: member.aadObjectId, userRole: 'user' });

  const listFor = (conversationId: string): ReceivedActivity[] => {
    let list = byConversation.get(conversationId);
    if (!list) byConversation.set(conversationId, (list = []));
    return list;
  };

  const notify = () => {
    for (const waiter of waiters) {
      const list = waiter.view(listFor(waiter.conversationId));
      if (list.length >= waiter.count) {
        waiters.delete(waiter);
        waiter.resolve(list.slice(0, waiter.count));
      }
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const route = activityRoute.exec(path);
      const request: ConnectorRequest = {
        method: req.method ?? '',
        path,
        ...(typeof req.headers.authorization === 'string' ? { authorization: req.headers.authorization } : {}),
      };
      requests.push(request);
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      let body: Record<string, unknown>;
      try {
        body = chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      } catch {
        reply(400, { error: { code: 'BadArgument', message: 'local connector: body is not JSON' } });
        return;
      }
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) {
        // Teams: a new thread in the channel named in channelData, its first post the given activity.
        const channelId = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? 'unknown-channel';
        const messageId = String(nextMessageId++);
        const threadId = `${channelId};messageid=${messageId}`;
        listFor(threadId).push({ ...(body.activity as ReceivedActivity), id: messageId });
        createdThreads.push({ channelId, threadId, at: Date.now() });
        reply(200, { id: threadId, activityId: messageId });
        for (const wake of threadWaiters) wake();
        notify();
        return;
      }
      if (req.method === 'PUT' && route?.[1] && route[2]) {
        updates.push({
          conversationId: decodeURIComponent(route[1]),
          activityId: decodeURIComponent(route[2]),
          activity: body as ReceivedActivity,
          at: Date.now(),
        });
        reply(200, { id: decodeURIComponent(route[2]) });
        return;
      }
      const membersPath = membersRoute.exec(path);
      if (req.method === 'GET' && membersPath?.[1]) {
        if (memberFailures.times > 0) {
          memberFailures.times--;
          request.status = memberFailures.status;
          reply(memberFailures.status, { error: { code: 'ServiceError', message: 'local connector: failing on purpose' } });
          return;
        }
        const conversationId = decodeURIComponent(membersPath[1]);
        request.conversationId = conversationId;
        const list = membersOf(conversationId);
        if (membersPath[3] === undefined) {
          reply(200, membersPath[2] === 'pagedmembers' ? { members: list.map(asMember) } : list.map(asMember));
          return;
        }
        const wanted = decodeURIComponent(membersPath[3]);
        const member = list.find((m) => m.id === wanted || (m.aadObjectId !== undefined && m.aadObjectId.toLowerCase() === wanted.toLowerCase()));
        if (member) reply(200, asMember(member));
        else reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'local connector: not a member of this conversation' } });
        return;
      }
      if (req.method !== 'POST' || !route?.[1]) {
        reply(404, { error: { code: 'NotFound', message: `local connector: no route for ${req.method} ${path}` } });
        return;
      }
      const activity = body as ReceivedActivity;
      const conversationId = decodeURIComponent(route[1]);
      request.conversationId = conversationId;
      if (route[2]) request.replyToId = decodeURIComponent(route[2]);
      request.activity = activity;
      const failure = failures.get(conversationId);
      if (failure && failure.times > 0) {
        failure.times--;
        request.status = failure.status;
        reply(failure.status, { error: { code: 'ServiceError', message: 'local connector: failing on purpose' } });
        return;
      }
      const accept = () => {
        request.status = 200;
        listFor(conversationId).push(activity);
        reply(200, { id: `connector-${randomUUID()}` });
        notify();
      };
      const hold = holds.get(conversationId)?.shift();
      if (!hold) {
        accept();
        return;
      }
      hold.arrive(request);
      void hold.released.then(accept);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const waitFor = (
    conversationId: string,
    count: number,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    view: (activities: ReceivedActivity[]) => ReceivedActivity[] = (activities) => activities,
  ): Promise<ReceivedActivity[]> =>
    new Promise((resolve, reject) => {
      const waiter = {
        conversationId,
        count,
        view,
        resolve: (activities: ReceivedActivity[]) => {
          clearTimeout(timer);
          resolve(activities);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        const got = view(listFor(conversationId));
        reject(
          new Error(
            `local connector: waited ${timeoutMs} ms for ${count} activities or replies in conversation "${conversationId}", ` +
              `received ${got.length}: ${describeReceived(got)}`,
          ),
        );
      }, timeoutMs);
      waiters.add(waiter);
      notify();
    });

  const waitForThread = (index: number, timeoutMs = DEFAULT_TIMEOUT_MS) =>
    new Promise<{ channelId: string; threadId: string; at: number }>((resolve, reject) => {
      const check = () => {
        const thread = createdThreads[index];
        if (!thread) return false;
        clearTimeout(timer);
        threadWaiters.delete(check);
        resolve(thread);
        return true;
      };
      const timer = setTimeout(() => {
        threadWaiters.delete(check);
        reject(new Error(`local connector: waited ${timeoutMs} ms for thread #${index}; ${createdThreads.length} created`));
      }, timeoutMs);
      if (!check()) threadWaiters.add(check);
    });

  return {
    url: `http://127.0.0.1:${port}`,
    updates,
    createdThreads,
    waitForThread,
    requests,
    received: (conversationId) => [...listFor(conversationId)],
    waitFor: (conversationId, count, timeoutMs) => waitFor(conversationId, count, timeoutMs),
    said: (conversationId) => repliesOf(listFor(conversationId)),
    waitForSaid: (conversationId, count, timeoutMs) => waitFor(conversationId, count, timeoutMs, repliesOf),
    async waitForNext(conversationId, count, timeoutMs) {
      const from = listFor(conversationId).length;
      const all = await waitFor(conversationId, from + count, timeoutMs);
      return all.slice(from);
    },
    failNext(conversationId, times, status = 500) {
      failures.set(conversationId, { times, status });
    },
    holdNext(conversationId) {
      let arrive!: (request: ConnectorRequest) => void;
      let release!: () => void;
      const arrived = new Promise<ConnectorRequest>((resolve) => (arrive = resolve));
      const hold = { arrive, released: new Promise<void>((resolve) => (release = resolve)) };
      let list = holds.get(conversationId);
      if (!list) holds.set(conversationId, (list = []));
      list.push(hold);
      return {
        arrived,
        release() {
          // Not arrived yet: no longer wanted, so the post (when it comes) is answered at once.
          const waiting = holds.get(conversationId);
          if (waiting?.includes(hold)) waiting.splice(waiting.indexOf(hold), 1);
          release();
        },
      };
    },
    addMember(conversationId, member) {
      membersOf(conversationId).push({ ...member });
    },
    removeMember(conversationId, memberId) {
      members.set(
        conversationId,
        membersOf(conversationId).filter((m) => m.id !== memberId && m.aadObjectId !== memberId),
      );
    },
    failMemberLookups(times, status = 503) {
      memberFailures.times = times;
      memberFailures.status = status;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** An activity as a channel posts it to the bot's /api/messages (plain JSON). */
export type OutgoingActivity = {
  type: 'message' | 'conversationUpdate';
  id: string;
  timestamp: string;
  channelId: string;
  serviceUrl: string;
  from: { id: string; name: string; role: 'user' };
  recipient: { id: string; name: string; role: 'bot' };
  conversation: { id: string };
  locale: string;
  text?: string;
  membersAdded?: { id: string; name: string }[];
};

const user = { id: 'user-1', name: 'Customer', role: 'user' } as const;
const bot = { id: 'bot-1', name: 'Support bot', role: 'bot' } as const;

export const newConversationId = (): string => `conv-${randomUUID()}`;

function baseActivity(serviceUrl: string, conversationId: string) {
  return {
    id: `activity-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'test',
    serviceUrl,
    from: { ...user },
    recipient: { ...bot },
    conversation: { id: conversationId },
    locale: 'en-US',
  };
}

/** The customer typed (or clicked a button that sends) `text`. */
export const messageActivity = (serviceUrl: string, conversationId: string, text: string): OutgoingActivity => ({
  type: 'message',
  ...baseActivity(serviceUrl, conversationId),
  text,
});

/** The customer joined the conversation (the bot is told both members joined, as Web Chat does). */
export const conversationUpdateActivity = (serviceUrl: string, conversationId: string): OutgoingActivity => ({
  type: 'conversationUpdate',
  ...baseActivity(serviceUrl, conversationId),
  membersAdded: [
    { id: bot.id, name: bot.name },
    { id: user.id, name: user.name },
  ],
});

export type PostResult = { status: number; body: unknown; text: string };

/** POSTs a raw body to `${botUrl}/api/messages`, for malformed-input tests. */
export async function postRaw(botUrl: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed, text };
}

/** POSTs an activity as JSON to `${botUrl}/api/messages`. */
export const send = (botUrl: string, activity: object, headers: Record<string, string> = {}): Promise<PostResult> =>
  postRaw(botUrl, JSON.stringify(activity), { 'content-type': 'application/json', ...headers });
