// Direct Line's WebSocket streams: a client opens one per conversation with its token in the query,
// gets the activities after its watermark, then every new one as it happens. Bounded: a few streams per
// conversation and per client address, and an upgrade counts against the client's rate limit.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Server } from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Limit, RateLimits } from '../edge/rate-limits.js';
import { decodePathSegment } from '../edge/paths.js';
import type { DirectLineConversations } from './conversations.js';
import type { DirectLineTokens } from './tokens.js';

const MAX_SOCKETS_PER_CONVERSATION = 4;
const MAX_SOCKETS_PER_CLIENT = 16;

export type StreamDeps = {
  /** Undefined when this instance serves no Direct Line of its own: every upgrade is refused. */
  selfHosted?: { tokens: DirectLineTokens; conversations: DirectLineConversations };
  clientOf: (req: IncomingMessage) => string;
  rateLimits?: RateLimits;
  onRateLimited?: (limit: Limit) => void;
};

export function acceptStreams(server: Server, deps: StreamDeps): { close(): void } {
  const { selfHosted } = deps;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  /** Open streams by conversation id and by client address (a reload or two, a few tabs: not thousands). */
  const openSockets = new Map<string, number>();
  const count = (key: string, change: number) => {
    const next = (openSockets.get(key) ?? 0) + change;
    if (next <= 0) openSockets.delete(key);
    else openSockets.set(key, next);
  };
  const streamPath = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
  const refuse = (socket: Duplex, status: number, reason: string) => {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  // An exception thrown in an 'upgrade' listener is uncaught and ends the process: nothing here may throw.
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = URL.parse(req.url ?? '/', 'http://localhost');
    const match = url ? streamPath.exec(url.pathname) : null;
    const conversationId = match ? decodePathSegment(match[1]!) : undefined;
    if (match && conversationId === undefined) {
      refuse(socket, 400, 'Bad Request');
      return;
    }
    if (!url || conversationId === undefined || !selfHosted) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    const client = deps.clientOf(req);
    selfHosted.tokens
      .verify(url.searchParams.get('t') ?? '')
      .then(async (claims) => {
        if (claims.conversationId !== conversationId || !selfHosted.conversations.has(conversationId)) {
          refuse(socket, 403, 'Forbidden');
          return;
        }
        // An upgrade is a request like any other: it counts against the client's rate limit.
        if ((await deps.rateLimits?.check('client', client)) !== undefined) {
          deps.onRateLimited?.('client');
          refuse(socket, 429, 'Too Many Requests');
          return;
        }
        const [byConversation, byClient] = [`conversation ${conversationId}`, `client ${client}`];
        if ((openSockets.get(byConversation) ?? 0) >= MAX_SOCKETS_PER_CONVERSATION || (openSockets.get(byClient) ?? 0) >= MAX_SOCKETS_PER_CLIENT) {
          refuse(socket, 429, 'Too Many Requests');
          return;
        }
        sockets.handleUpgrade(req, socket, head, (ws) => {
          count(byConversation, 1);
          count(byClient, 1);
          ws.once('close', () => {
            count(byConversation, -1);
            count(byClient, -1);
          });
          stream(ws, conversationId, url.searchParams.get('watermark') ?? undefined);
        });
      })
      .catch(() => refuse(socket, 403, 'Forbidden'));
  };
  const stream = (ws: WebSocket, conversationId: string, watermark: string | undefined) => {
    const { conversations } = selfHosted!;
    const backlog = conversations.after(conversationId, watermark);
    if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
    const unsubscribe = conversations.subscribe(conversationId, (set) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(set));
    });
    // Direct Line's keep-alive: an empty message every few seconds keeps proxies from closing the socket.
    const keepAlive = setInterval(() => ws.readyState === ws.OPEN && ws.send(''), 15_000);
    ws.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
    ws.on('error', () => ws.terminate());
  };
  server.server.on('upgrade', onUpgrade);

  return {
    close() {
      server.server.off('upgrade', onUpgrade);
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}
