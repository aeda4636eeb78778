// A Bot Framework channel on 127.0.0.1: the `serviceUrl` the bot replies to. It records every activity
// the bot posts (in order, per conversation), answers each with a fresh id, and lets a test wait for
// replies as events, with a timeout that says what did arrive. Teams' own routes (new threads, the
// members API): teams-connector.ts; the activities a channel posts to the bot: channel-activities.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { describeReceived, repliesOf, type ReceivedActivity } from './received-activities.js';
import { teamsRoutes, type TeamsRoutes } from './teams-connector.js';

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

export type LocalConnector = TeamsRoutes & {
  /** The serviceUrl to put in incoming activities (no trailing slash). */
  readonly url: string;
  /** Every update of an earlier activity, in arrival order. */
  readonly updates: UpdatedActivity[];
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
  close(): Promise<void>;
};

/** A post of the bot's that the connector has not answered yet (see `holdNext`). */
export type HeldPost = {
  /** Resolves with the request once the bot's post has arrived and is being held. */
  readonly arrived: Promise<ConnectorRequest>;
  /** Answers the post as the connector normally does; harmless before arrival (it is then not held) or twice. */
  release(): void;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const activityRoute = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

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

  const { handle: handleTeams, ...teams } = teamsRoutes((threadId, activity) => listFor(threadId).push(activity), notify, DEFAULT_TIMEOUT_MS);

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
      const routed = { method: req.method ?? '', path, body, reply, note: (fields: Partial<ConnectorRequest>) => Object.assign(request, fields) };
      if (handleTeams(routed)) return;
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

  return {
    url: `http://127.0.0.1:${port}`,
    ...teams,
    updates,
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
