// Who is an agent: a member of the agents' team, as Teams says (asked once per person, then kept for
// a while), or, when configured, exactly the people of an allow-list. Anyone in the tenant can message
// the bot in a 1:1 chat, so where a command or a card action comes from proves nothing: only this
// decides who lists, accepts, ends or releases cases. When Teams cannot be asked, nobody is let in.
import type { Logger } from 'pino';

/** `unknown`: Teams could not be asked just now; the caller refuses and says so. */
export type Membership = 'agent' | 'not-agent' | 'unknown';

/** Someone writing to the bot in Teams: their Teams user id (29:…) and their Entra (AAD) object id. */
export type TeamsPerson = { id: string; aadObjectId?: string };

export interface AgentRoster {
  check(person: TeamsPerson): Promise<Membership>;
}

/** Asks Teams whether the member id is in the agents' team: true, false (Teams says not), or throws (no answer). */
export type MemberLookup = (memberId: string) => Promise<boolean>;

/** Answers kept at most (one small entry per person; emptied when full). */
const MAX_KNOWN = 5_000;
/**
 * Teams wants a card action answered within about 5 seconds, and the SDK retries a 5xx from Teams
 * (four tries take about 5.6 s): past this the answer is "could not check".
 */
const LOOKUP_TIMEOUT_MS = 4_000;

const withinTime = <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Teams did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
};

/** Exactly these Entra object ids are agents. */
export function allowList(ids: readonly string[]): AgentRoster {
  const allowed = new Set(ids.map((id) => id.toLowerCase()));
  return {
    check: (person) => Promise.resolve(person.aadObjectId !== undefined && allowed.has(person.aadObjectId.toLowerCase()) ? 'agent' : 'not-agent'),
  };
}

/** The members of the agents' team, asked of Teams; answers (yes and no) are kept for `ttlMs`, failures never. */
export class TeamRoster implements AgentRoster {
  private readonly known = new Map<string, { agent: boolean; until: number }>();
  /** Two clicks at once by the same person ask Teams once. */
  private readonly asking = new Map<string, Promise<boolean>>();

  constructor(
    private readonly lookup: MemberLookup,
    private readonly ttlMs: number,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async check(person: TeamsPerson): Promise<Membership> {
    // Asked by the Teams user id (29:…), the id the members API is documented with: Teams also answers
    // by Entra object id, but the Microsoft 365 Agents Playground answers only by user id (README,
    // Human handoff). The user id is the same in every conversation with this bot, so it keys the cache.
    const memberId = person.id;
    const cached = this.known.get(memberId);
    if (cached && cached.until > this.now()) return cached.agent ? 'agent' : 'not-agent';
    let pending = this.asking.get(memberId);
    if (!pending) {
      const asked: Promise<boolean> = this.lookup(memberId).finally(() => this.forget(memberId, asked));
      this.asking.set(memberId, (pending = asked));
    }
    try {
      const agent = await withinTime(pending, LOOKUP_TIMEOUT_MS);
      if (this.ttlMs > 0) {
        if (this.known.size >= MAX_KNOWN) this.known.clear();
        this.known.set(memberId, { agent, until: this.now() + this.ttlMs });
      }
      return agent ? 'agent' : 'not-agent';
    } catch (error) {
      // A question Teams never answers must not hold up the next one.
      this.forget(memberId, pending);
      this.logger.error({ err: error, memberId }, "membership of the agents' team could not be checked; refused");
      return 'unknown';
    }
  }

  /** Only the question still in flight is forgotten: a late answer to an abandoned one leaves a newer one alone. */
  private forget(memberId: string, question: Promise<boolean>): void {
    if (this.asking.get(memberId) === question) this.asking.delete(memberId);
  }
}
