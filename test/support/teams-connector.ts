// Teams' own routes on the local connector: a new thread in a channel (POST /v3/conversations, as the
// bot opens one per handoff case) and the members API (GET …/members, …/pagedmembers, by Teams user id
// or Entra object id), with the controls tests use on them. The rest of the channel: local-connector.ts.
import type { ReceivedActivity } from './received-activities.js';

/** A member as the members API lists them (Teams adds more fields; these are the ones the bot reads). */
export type ConversationMember = { id: string; name: string; aadObjectId?: string };

/** A conversation the bot created: in Teams, a thread named `<channel id>;messageid=<id of its first post>`. */
export type CreatedThread = { channelId: string; threadId: string; at: number };

/** The Teams parts of the LocalConnector. */
export type TeamsRoutes = {
  /** Conversations the bot created (POST /v3/conversations), in order; each first post is recorded in it. */
  readonly createdThreads: CreatedThread[];
  /** Resolves with the first thread created in the channel from `index` on, once it exists. */
  waitForThread(index: number, timeoutMs?: number): Promise<CreatedThread>;
  /**
   * Teams' members API for a team (or any conversation): GET /v3/conversations/{id}/members/{member id}
   * (by Teams user id or Entra object id; 404 MemberNotFoundInConversation for anyone else),
   * /members and /pagedmembers. Nobody is a member until added.
   */
  addMember(conversationId: string, member: ConversationMember): void;
  removeMember(conversationId: string, memberId: string): void;
  /** Makes the next `times` members requests fail with `status` (Teams down or throttling). */
  failMemberLookups(times: number, status?: number): void;
};

/** One request as the connector's handler sees it: `reply` answers it. */
export type RouteRequest = {
  method: string;
  path: string;
  body: Record<string, unknown>;
  reply: (status: number, body: unknown) => void;
  /** Records which conversation the request was for, and the status of a refusal. */
  note: (fields: { conversationId?: string; status?: number }) => void;
};

const membersRoute = /^\/v3\/conversations\/([^/]+)\/(members|pagedmembers)(?:\/([^/]+))?\/?$/;

/**
 * The Teams routes, keeping a new thread's first post with `record` and then calling `notify` (the
 * connector's waiters). `handle` answers a request when it is one of these routes, and says so.
 */
export function teamsRoutes(
  record: (threadId: string, activity: ReceivedActivity) => void,
  notify: () => void,
  defaultTimeoutMs: number,
): TeamsRoutes & { handle: (request: RouteRequest) => boolean } {
  const createdThreads: CreatedThread[] = [];
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

  const createThread = ({ body, reply }: RouteRequest) => {
    // Teams: a new thread in the channel named in channelData, its first post the given activity.
    const channelId = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? 'unknown-channel';
    const messageId = String(nextMessageId++);
    const threadId = `${channelId};messageid=${messageId}`;
    record(threadId, { ...(body.activity as ReceivedActivity), id: messageId });
    createdThreads.push({ channelId, threadId, at: Date.now() });
    reply(200, { id: threadId, activityId: messageId });
    for (const wake of threadWaiters) wake();
    notify();
  };

  const lookUpMembers = ({ reply, note }: RouteRequest, route: RegExpExecArray) => {
    if (memberFailures.times > 0) {
      memberFailures.times--;
      note({ status: memberFailures.status });
      reply(memberFailures.status, { error: { code: 'ServiceError', message: 'local connector: failing on purpose' } });
      return;
    }
    const conversationId = decodeURIComponent(route[1]!);
    note({ conversationId });
    const list = membersOf(conversationId);
    if (route[3] === undefined) {
      reply(200, route[2] === 'pagedmembers' ? { members: list.map(asMember) } : list.map(asMember));
      return;
    }
    const wanted = decodeURIComponent(route[3]);
    const member = list.find((m) => m.id === wanted || (m.aadObjectId !== undefined && m.aadObjectId.toLowerCase() === wanted.toLowerCase()));
    if (member) reply(200, asMember(member));
    else reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'local connector: not a member of this conversation' } });
  };

  return {
    handle: (request) => {
      if (request.method === 'POST' && /^\/v3\/conversations\/?$/.test(request.path)) {
        createThread(request);
        return true;
      }
      const route = membersRoute.exec(request.path);
      if (request.method === 'GET' && route?.[1]) {
        lookUpMembers(request, route);
        return true;
      }
      return false;
    },
    createdThreads,
    waitForThread: (index, timeoutMs = defaultTimeoutMs) =>
      new Promise<CreatedThread>((resolve, reject) => {
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
      }),
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
  };
}
