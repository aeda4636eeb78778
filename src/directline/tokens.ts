// Direct Line tokens for the self-hosted endpoint: signed (HS256), scoped to one conversation and one
// user, expiring. A customer's token opens their conversation and nobody else's.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT, errors } from 'jose';

/** `startedAt`: when the conversation's first token was issued (epoch seconds), kept across refreshes. */
export type TokenClaims = { conversationId: string; userId: string; startedAt?: number };

/** However often a token is refreshed, a chat's tokens stop here: a day after its first was issued. */
export const MAX_CHAT_SECONDS = 24 * 60 * 60;

export type IssuedToken = TokenClaims & { token: string; expiresIn: number };

const ISSUER = 'cert-support-bot/directline';

export class TokenError extends Error {
  readonly code = 'TOKEN_INVALID';
  constructor(readonly reason: 'missing' | 'malformed' | 'expired' | 'invalid' | 'too old to refresh') {
    super(`Direct Line token ${reason}`);
    this.name = 'TokenError';
  }
}

export class DirectLineTokens {
  private readonly key: Uint8Array;

  /** `secret`: shared by every instance that serves the same conversations; random when not given. */
  constructor(
    secret: string | undefined,
    readonly lifetimeSeconds: number,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    this.key = secret ? new TextEncoder().encode(secret) : randomBytes(32);
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const startedAt = claims.startedAt ?? this.nowSeconds();
    const token = await new SignJWT({ conv: claims.conversationId, user: claims.userId, started: startedAt })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt(this.nowSeconds())
      .setExpirationTime(this.nowSeconds() + this.lifetimeSeconds)
      .sign(this.key);
    return { conversationId: claims.conversationId, userId: claims.userId, startedAt, token, expiresIn: this.lifetimeSeconds };
  }

  /** A fresh token for the same chat, unless the chat began more than MAX_CHAT_SECONDS ago. */
  async refresh(claims: TokenClaims): Promise<IssuedToken> {
    if (claims.startedAt === undefined || this.nowSeconds() - claims.startedAt > MAX_CHAT_SECONDS) throw new TokenError('too old to refresh');
    return this.issue(claims);
  }

  /** The claims of a valid `Authorization: Bearer` header; TokenError otherwise. */
  async verifyHeader(authorization: string | undefined): Promise<TokenClaims> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!authorization) throw new TokenError('missing');
    if (!match) throw new TokenError('malformed');
    return this.verify(match[1]!);
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      // A token without an expiry would be good forever: it is refused, whoever signed it.
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
        currentDate: new Date(this.nowSeconds() * 1000),
      });
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string') throw new TokenError('invalid');
      return { conversationId: payload.conv, userId: payload.user, ...(typeof payload.started === 'number' ? { startedAt: payload.started } : {}) };
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenError('expired');
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) throw new TokenError('malformed');
      if (error instanceof errors.JWTClaimValidationFailed) throw new TokenError('invalid');
      throw new TokenError('invalid');
    }
  }
}
