// What a conversation said, kept for agents, audits and reports, and deleted after the retention period.
// Writers and per-conversation readers (the bot, the handoff) use TranscriptLog; reports over a period
// and the retention sweep use TranscriptArchive.

/**
 * One activity in or out of a conversation, after secret redaction. `activity` is the Bot Framework
 * activity as JSON (text already masked); `outcome` repeats channelData.outcome for queries.
 */
export type TranscriptEntry = {
  conversationKey: string;
  at: number;
  direction: 'in' | 'out';
  activity: Record<string, unknown>;
  outcome?: string;
  /**
   * A reply appended before it is sent: it stays in the outbox (ports/outbox.ts) until markDelivered,
   * so replies saved by a process killed before it could send them go out after a restart.
   */
  undelivered?: true;
};

export interface TranscriptLog {
  /** Appends entries in order; entries of one call keep their order. */
  appendTranscript(entries: TranscriptEntry[]): Promise<void>;
  /** A conversation's entries in the order they were appended. */
  readTranscript(conversationKey: string): Promise<TranscriptEntry[]>;
}

export interface TranscriptArchive {
  /**
   * Every entry with `from <= at < to` (epoch ms), of every conversation: grouped by conversation key
   * (keys in the byte order of their UTF-8, whatever a database's locale), each conversation's entries
   * in the order they were appended. For reports over a period.
   */
  readTranscriptsBetween(from: number, to: number): Promise<TranscriptEntry[]>;
  /** Deletes every entry older than `cutoff` (epoch ms); returns how many. */
  deleteTranscriptsBefore(cutoff: number): Promise<number>;
}
