// Direct Line tokens for the self-hosted endpoint: signed (HS256), scoped to one conversation and one
// user, expiring. A customer's token opens their conversation and nobody else's.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT, errors } from 'jose';

export type TokenClaims = { conversationId: string; userId: string };

export type IssuedToken = TokenClaims & { token: string; expiresIn: number };

const ISSUER = 'cert-support-bot/directline';

export class TokenError extends Error {
  readonly code = 'TOKEN_INVALID';
  constructor(readonly reason: 'missing' | 'malformed' | 'expired' | 'invalid') {
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
  ) {
    this.key = secret ? new TextEncoder().encode(secret) : randomBytes(32);
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const token = await new SignJWT({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`)
      .sign(this.key);
    return { ...claims, token, expiresIn: this.lifetimeSeconds };
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
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string') throw new TokenError('invalid');
      return { conversationId: payload.conv, userId: payload.user };
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenError('expired');
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) throw new TokenError('malformed');
      throw new TokenError('invalid');
    }
  }
}
