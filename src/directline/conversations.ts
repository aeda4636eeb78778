// The conversations of the self-hosted Direct Line: each an ordered list of activities (the customer's,
// echoed with their new ids, and the bot's) numbered by watermark, and the live streams to push them
// to. Held in this process: a conversation is served by the instance that started it (several
// instances use Azure Direct Line, or sticky sessions).
import { randomBytes } from 'node:crypto';

/** An activity as Direct Line hands it to clients: JSON with its Direct Line id. */
export type StreamedActivity = Record<string, unknown> & { id: string };

export type ActivitySet = { activities: StreamedActivity[]; watermark: string };

type Conversation = {
  id: string;
  userId: string;
  activities: StreamedActivity[];
  /** The JSON size of each kept activity, in order, and their sum: what the conversation holds. */
  sizes: number[];
  bytes: number;
  /** Watermark of activities[0]: older ones were dropped to bound memory. */
  firstWatermark: number;
  listeners: Set<(set: ActivitySet) => void>;
  lastActivityAt: number;
  /** The customer's last message ended on a cue such as "my password is": the next one is read as the secret. */
  secretCue: boolean;
};

export const newConversationId = (): string => randomBytes(12).toString('base64url');
export const newUserId = (): string => `dl_${randomBytes(9).toString('base64url')}`;

/**
 * What the history may hold. A chat's own messages take a few kB; the bounds stop a client that posts
 * the largest activities allowed, or opens chats without end, from filling the process's memory.
 */
export type HistoryLimits = {
  /** Activities kept per conversation for polling and reconnects (the oldest go first). */
  activitiesPerConversation: number;
  /** Bytes of activity JSON kept per conversation (the oldest go first, the newest always stays). */
  bytesPerConversation: number;
  /** Bytes kept across all conversations: beyond it, the conversations idle longest are forgotten. */
  bytesInTotal: number;
};

const defaultHistoryLimits: HistoryLimits = { activitiesPerConversation: 500, bytesPerConversation: 256 * 1024, bytesInTotal: 64 * 1024 * 1024 };

export class DirectLineConversations {
  /** In order of last activity, oldest first (a Map keeps insertion order; touching re-inserts). */
  private readonly conversations = new Map<string, Conversation>();
  private bytesInTotal = 0;

  constructor(
    private readonly limits: HistoryLimits = defaultHistoryLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bytes of activity JSON held across every conversation. */
  get heldBytes(): number {
    return this.bytesInTotal;
  }

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Starts a conversation; false when it had already started. */
  start(conversationId: string, userId: string): boolean {
    if (this.conversations.has(conversationId)) return false;
    this.conversations.set(conversationId, {
      id: conversationId,
      userId,
      activities: [],
      sizes: [],
      bytes: 0,
      firstWatermark: 0,
      listeners: new Set(),
      lastActivityAt: this.now(),
      secretCue: false,
    });
    return true;
  }

  /** Whether the customer's last message ended on a secret cue (see Conversation.secretCue). */
  afterSecretCue(conversationId: string): boolean {
    return this.get(conversationId).secretCue;
  }

  rememberSecretCue(conversationId: string, cued: boolean): void {
    this.get(conversationId).secretCue = cued;
  }

  /** Numbers the activity, keeps it, pushes it to every open stream; returns its id. */
  append(conversationId: string, activity: Record<string, unknown>): string {
    const conversation = this.get(conversationId);
    const watermark = conversation.firstWatermark + conversation.activities.length;
    const id = `${conversationId}|${String(watermark).padStart(7, '0')}`;
    const stored: StreamedActivity = { ...activity, id };
    const size = Buffer.byteLength(JSON.stringify(stored));
    conversation.activities.push(stored);
    conversation.sizes.push(size);
    conversation.bytes += size;
    this.bytesInTotal += size;
    while (
      conversation.activities.length > 1 &&
      (conversation.activities.length > this.limits.activitiesPerConversation || conversation.bytes > this.limits.bytesPerConversation)
    ) {
      conversation.activities.shift();
      const dropped = conversation.sizes.shift()!;
      conversation.bytes -= dropped;
      this.bytesInTotal -= dropped;
      conversation.firstWatermark++;
    }
    conversation.lastActivityAt = this.now();
    this.conversations.delete(conversationId);
    this.conversations.set(conversationId, conversation);
    this.evictBeyondTotal(conversationId);
    const set = { activities: [stored], watermark: String(watermark + 1) };
    for (const listener of conversation.listeners) listener(set);
    return id;
  }

  /** Activities after `watermark` (all of them when it is missing or not a number). */
  after(conversationId: string, watermark: string | undefined): ActivitySet {
    const conversation = this.get(conversationId);
    const from = watermark !== undefined && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    const end = conversation.firstWatermark + conversation.activities.length;
    const skip = Math.max(0, from - conversation.firstWatermark);
    return { activities: conversation.activities.slice(skip), watermark: String(Math.max(from, end)) };
  }

  /** Pushes a passing activity (typing) to the open streams without keeping it or moving the watermark. */
  broadcast(conversationId: string, activity: Record<string, unknown>): string {
    const conversation = this.get(conversationId);
    const id = `${conversationId}|typing-${randomBytes(6).toString('base64url')}`;
    const watermark = String(conversation.firstWatermark + conversation.activities.length);
    for (const listener of conversation.listeners) listener({ activities: [{ ...activity, id }], watermark });
    return id;
  }

  /** Calls `listener` with every new activity until the returned function is called. */
  subscribe(conversationId: string, listener: (set: ActivitySet) => void): () => void {
    const conversation = this.get(conversationId);
    conversation.listeners.add(listener);
    return () => conversation.listeners.delete(listener);
  }

  userOf(conversationId: string): string {
    return this.get(conversationId).userId;
  }

  /** Forgets conversations with no activity and no open stream since `before`; returns how many. */
  forgetIdle(before: number): number {
    let forgotten = 0;
    for (const [id, conversation] of this.conversations) {
      if (conversation.lastActivityAt < before && conversation.listeners.size === 0) {
        this.forget(id, conversation);
        forgotten++;
      }
    }
    return forgotten;
  }

  /** Over the total, forgets the conversations idle longest (never `keep`, the one just written to). */
  private evictBeyondTotal(keep: string): void {
    for (const [id, conversation] of this.conversations) {
      if (this.bytesInTotal <= this.limits.bytesInTotal) return;
      if (id !== keep) this.forget(id, conversation);
    }
  }

  private forget(id: string, conversation: Conversation): void {
    this.conversations.delete(id);
    this.bytesInTotal -= conversation.bytes;
  }

  private get(conversationId: string): Conversation {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new UnknownConversation(conversationId);
    return conversation;
  }
}

export class UnknownConversation extends Error {
  readonly code = 'CONVERSATION_UNKNOWN';
  constructor(readonly conversationId: string) {
    super(`No Direct Line conversation ${conversationId}`);
    this.name = 'UnknownConversation';
  }
}
