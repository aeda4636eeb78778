// A Direct Line 3.0 endpoint served by the bot itself, so the help page's unmodified Web Chat (and
// botframework-directlinejs) chat with no Azure: conversations, activities over WebSocket and polling,
// reconnects and token refresh for clients; and the connector side where the bot's replies arrive
// (`serviceUrl` of the activities it is given). With DIRECT_LINE_SECRET set, the page's token comes
// from Azure Direct Line instead, exchanged here so the secret never reaches the browser.
import { ChannelRefused, type LocalChannel } from '../bot-framework/reply-sender.js';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { DirectLineConversations, UnknownConversation, newConversationId, newUserId } from './conversations.js';
import { DirectLineTokens, TokenError, type TokenClaims } from './tokens.js';
import { acceptStreams } from './streams.js';
import { AzureUnavailable, azureToken, type AzureDirectLine } from './azure-token.js';
import type { Limit, RateLimits } from '../edge/rate-limits.js';
import { endsWithSecretCue, redactSecrets } from '../nlu/secrets.js';
import { decodePathSegment, withoutTokens } from '../edge/paths.js';

export type DirectLineDeps = {
  /** Undefined when this instance serves no Direct Line of its own (Azure in production). */
  selfHosted?: { tokens: DirectLineTokens; conversations: DirectLineConversations };
  azure?: AzureDirectLine;
  /** Hands an activity to the bot, as a channel would; resolves when the bot has handled it. */
  deliverToBot(activity: Record<string, unknown>): Promise<void>;
  /** Where the bot's replies come back: this server's own address. */
  serviceUrl(): string;
  bot: { id: string; name: string };
  rateLimits?: RateLimits;
  onRateLimited?: (limit: Limit) => void;
  /** Whom per-client limits count against: the socket's address, or the client's behind trusted proxies. */
  clientAddressOf?: (req: IncomingMessage) => string;
  logger: Logger;
};

/** What a client may post: the activity kinds Web Chat sends, with bounded text and value. */
const MAX_ACTIVITY_BYTES = 32 * 1024;
const clientActivitySchema = z.looseObject({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(10_000).optional(),
  name: z.string().max(200).optional(),
  from: z.looseObject({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).optional(),
  channelData: z.looseObject({ clientActivityID: z.string().max(200).optional() }).optional(),
});

const botActivitySchema = z.looseObject({ type: z.string().min(1).max(100) });

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const tokenProblem = (error: TokenError): HttpProblem =>
  error.reason === 'missing'
    ? new HttpProblem(401, 'MissingToken', 'Authorization: Bearer <token> is required')
    : new HttpProblem(403, 'TokenInvalid', `The token is ${error.reason}`);

export function mountDirectLine(server: Server, deps: DirectLineDeps): { close(): void; localChannel?: LocalChannel } {
  const { selfHosted, logger } = deps;
  const clientOf = (req: IncomingMessage) => deps.clientAddressOf?.(req) ?? req.socket.remoteAddress ?? 'unknown';

  /** Refuses with 429 and Retry-After once `key` has used up `limit`. */
  const limitBy = async (limit: Limit, key: string) => {
    const retryAfter = await deps.rateLimits?.check(limit, key);
    if (retryAfter === undefined) return;
    deps.onRateLimited?.(limit);
    throw new HttpProblem(429, 'TooManyRequests', `Too many requests; try again in ${retryAfter} s`, { 'retry-after': String(retryAfter) });
  };

  /** Runs a handler; a HttpProblem becomes its status with {error: {code, message}}, anything else a 500. */
  const handle =
    (work: (req: Request, res: Response) => Promise<void>, options: { perClient: boolean } = { perClient: true }) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        if (options.perClient) await limitBy('client', clientOf(req));
        await work(req, res);
      } catch (error) {
        const problem =
          error instanceof HttpProblem
            ? error
            : error instanceof TokenError
              ? tokenProblem(error)
              : error instanceof UnknownConversation
                ? new HttpProblem(404, 'BadArgument', 'Conversation not found')
                : undefined;
        if (!problem) logger.error({ err: error, url: withoutTokens(req.url ?? '') }, 'direct line request failed');
        const { status, code, message } = problem ?? { status: 500, code: 'ServiceError', message: 'Something went wrong' };
        for (const [name, value] of Object.entries(problem?.headers ?? {})) res.setHeader(name, value);
        res.send(status, { error: { code, message } });
      }
    };

  const requireSelfHosted = () => {
    if (!selfHosted) throw new HttpProblem(404, 'NotFound', 'This bot serves no Direct Line of its own; use Azure Direct Line');
    return selfHosted;
  };

  /** The caller's token, which must be for this conversation. */
  const authorize = async (req: Request, conversationId?: string): Promise<TokenClaims> => {
    const claims = await requireSelfHosted().tokens.verifyHeader(req.header('authorization'));
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new HttpProblem(403, 'TokenInvalid', 'The token is not valid for this conversation');
    }
    return claims;
  };

  const streamUrl = (req: Request, conversationId: string, token: string, watermark?: string) => {
    const host = req.headers.host ?? '127.0.0.1';
    const scheme = req.headers['x-forwarded-proto'] === 'https' ? 'wss' : 'ws';
    const query = new URLSearchParams({ t: token, ...(watermark ? { watermark } : {}) });
    return `${scheme}://${host}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${query.toString()}`;
  };

  const watermarkOf = (req: Request) => new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? undefined;

  // restify has already decoded the path once; ids are ours, so a '%' left in one is a malformed request.
  const conversationOf = (req: Request) => {
    const conversationId = decodePathSegment(String((req.params as { conversationId?: string }).conversationId ?? ''));
    if (conversationId === undefined) throw new HttpProblem(400, 'BadArgument', 'Malformed conversation id in the path');
    return conversationId;
  };

  // The help page's bootstrap: a token for a new conversation (self-hosted), or one from Azure.
  server.post(
    '/api/directline/token',
    handle(async (req, res) => {
      await limitBy('newChat', clientOf(req));
      if (deps.azure) {
        const issued = await azureToken(deps.azure, logger).catch((error: unknown) => {
          if (!(error instanceof AzureUnavailable)) throw error;
          throw new HttpProblem(502, 'ServiceError', 'The chat service is unavailable; please try again shortly');
        });
        res.send(200, issued);
        return;
      }
      const issued = await requireSelfHosted().tokens.issue({ conversationId: newConversationId(), userId: newUserId() });
      res.send(200, { token: issued.token, conversationId: issued.conversationId, expires_in: issued.expiresIn });
    }),
  );

  server.post(
    '/v3/directline/tokens/refresh',
    handle(async (req, res) => {
      const claims = await authorize(req);
      const issued = await requireSelfHosted().tokens.refresh(claims);
      res.send(200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn });
    }),
  );

  server.post(
    '/v3/directline/conversations',
    handle(async (req, res) => {
      const claims = await authorize(req);
      const { conversations, tokens } = requireSelfHosted();
      const started = conversations.start(claims.conversationId, claims.userId);
      const token = req.header('authorization').replace(/^Bearer\s+/i, '');
      if (started) {
        // As Azure Direct Line does: the bot learns the customer has joined, and greets them.
        await deps.deliverToBot({
          type: 'conversationUpdate',
          id: randomUUID(),
          timestamp: new Date().toISOString(),
          channelId: 'directline',
          serviceUrl: deps.serviceUrl(),
          from: { id: claims.userId, role: 'user' },
          recipient: { ...deps.bot, role: 'bot' },
          conversation: { id: claims.conversationId },
          membersAdded: [{ id: deps.bot.id, name: deps.bot.name }, { id: claims.userId }],
        });
      }
      res.send(started ? 201 : 200, {
        conversationId: claims.conversationId,
        token,
        expires_in: tokens.lifetimeSeconds,
        streamUrl: streamUrl(req, claims.conversationId, token),
      });
    }),
  );

  server.get(
    '/v3/directline/conversations/:conversationId',
    handle(async (req, res) => {
      const conversationId = conversationOf(req);
      await authorize(req, conversationId);
      const { conversations, tokens } = requireSelfHosted();
      if (!conversations.has(conversationId)) throw new UnknownConversation(conversationId);
      const token = req.header('authorization').replace(/^Bearer\s+/i, '');
      const watermark = watermarkOf(req);
      res.send(200, { conversationId, token, expires_in: tokens.lifetimeSeconds, streamUrl: streamUrl(req, conversationId, token, watermark) });
    }),
  );

  server.get(
    '/v3/directline/conversations/:conversationId/activities',
    handle(async (req, res) => {
      const conversationId = conversationOf(req);
      await authorize(req, conversationId);
      const watermark = watermarkOf(req);
      res.send(200, requireSelfHosted().conversations.after(conversationId, watermark));
    }),
  );

  server.post(
    '/v3/directline/conversations/:conversationId/activities',
    handle(async (req, res) => {
      const conversationId = conversationOf(req);
      const claims = await authorize(req, conversationId);
      const { conversations } = requireSelfHosted();
      if (!conversations.has(conversationId)) throw new UnknownConversation(conversationId);
      await limitBy('conversation', `directline:${conversationId}`);
      if (!req.is('application/json')) throw new HttpProblem(415, 'BadArgument', 'Content-Type must be application/json');
      if (Buffer.byteLength(JSON.stringify(req.body ?? null)) > MAX_ACTIVITY_BYTES) {
        throw new HttpProblem(413, 'MessageSizeTooBig', `An activity may be at most ${MAX_ACTIVITY_BYTES} bytes`);
      }
      const parsed = clientActivitySchema.safeParse(req.body);
      if (!parsed.success) {
        const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
        throw new HttpProblem(400, 'BadArgument', `Invalid activity: ${problem}`);
      }
      // The sender is who the token says, whatever the body claims.
      const echoed = {
        ...parsed.data,
        from: { ...parsed.data.from, id: claims.userId, role: 'user' },
        conversation: { id: conversationId },
        channelId: 'directline',
        timestamp: new Date().toISOString(),
      };
      // Typing passes to the open streams and is not kept, nor bothers the bot.
      if (echoed.type === 'typing') {
        res.send(200, { id: conversations.broadcast(conversationId, echoed) });
        return;
      }
      // The conversation keeps (and the page then shows) the message with secrets masked; the bot gets
      // the words as typed, so that it can warn the customer, and masks them itself before anything else.
      // A secret may come in the message after "my password is": the history masks it as the bot does.
      const masked = typeof echoed.text === 'string' ? redactSecrets(echoed.text, { afterCue: conversations.afterSecretCue(conversationId) }) : undefined;
      if (masked) conversations.rememberSecretCue(conversationId, endsWithSecretCue(masked.redacted));
      const id = conversations.append(conversationId, masked?.containsSecret ? { ...echoed, text: masked.redacted } : echoed);
      await deps.deliverToBot({ ...echoed, id, serviceUrl: deps.serviceUrl(), recipient: { ...deps.bot, role: 'bot' } });
      res.send(200, { id });
    }),
  );

  // The connector side: the bot's replies, handed over in memory only (localChannel below). No HTTP
  // route takes them: behind a reverse proxy on the same host every request comes from loopback, so
  // an address check could not tell the bot from anyone on the internet posting as the bot.
  const acceptFromBot = (conversationId: string, body: unknown): string => {
    const { conversations } = requireSelfHosted();
    if (!conversations.has(conversationId)) throw new UnknownConversation(conversationId);
    const parsed = botActivitySchema.safeParse(body);
    if (!parsed.success) throw new HttpProblem(400, 'BadArgument', 'Invalid activity');
    const activity = { ...parsed.data, timestamp: new Date().toISOString() };
    return activity.type === 'typing' ? conversations.broadcast(conversationId, activity) : conversations.append(conversationId, activity);
  };

  const streams = acceptStreams(server, {
    ...(selfHosted ? { selfHosted } : {}),
    clientOf,
    ...(deps.rateLimits ? { rateLimits: deps.rateLimits } : {}),
    onRateLimited: (limit) => deps.onRateLimited?.(limit),
  });

  return {
    ...(selfHosted
      ? {
          localChannel: {
            serves: (serviceUrl: string) => serviceUrl === deps.serviceUrl(),
            // Thrown in the executor, a refusal rejects the promise: callers never see deliver() throw.
            deliver: (conversationId: string, activity: Record<string, unknown>) =>
              new Promise<{ id: string }>((resolve) => {
                try {
                  resolve({ id: acceptFromBot(conversationId, activity) });
                } catch (error) {
                  throw error instanceof UnknownConversation
                    ? new ChannelRefused(404)
                    : error instanceof HttpProblem
                      ? new ChannelRefused(error.status)
                      : error;
                }
              }),
          },
        }
      : {}),
    close() {
      streams.close();
    },
  };
}
