// Limits at the edge (rate-limiter-flexible, in memory per instance): a flood from one conversation,
// or one browser, is refused with 429 and Retry-After before it costs a turn, so other conversations
// keep their pace. Channels (Azure, Teams) share a few addresses, so /api/messages is limited per
// conversation only; the help page's endpoints are limited per client address too.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type RateLimitConfig = {
  /** Activities one conversation may send per minute. */
  conversationPerMinute: number;
  /** Requests one client address may make to the help page's chat endpoints per minute. */
  clientPerMinute: number;
  /** New chats (tokens) one client address may open per minute. */
  newChatsPerMinute: number;
};

export type Limit = 'conversation' | 'client' | 'newChat';

export type RateLimits = {
  /** Undefined when allowed; otherwise the seconds to wait before trying again. */
  check(limit: Limit, key: string): Promise<number | undefined>;
};

export function createRateLimits(config: RateLimitConfig): RateLimits {
  const limiters: Record<Limit, RateLimiterMemory> = {
    conversation: new RateLimiterMemory({ points: config.conversationPerMinute, duration: 60 }),
    client: new RateLimiterMemory({ points: config.clientPerMinute, duration: 60 }),
    newChat: new RateLimiterMemory({ points: config.newChatsPerMinute, duration: 60 }),
  };
  return {
    async check(limit, key) {
      try {
        await limiters[limit].consume(key);
        return undefined;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw refusal;
      }
    },
  };
}
