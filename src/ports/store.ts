// Everything the bot keeps, behind one interface with three back ends: stores/memory (tests, terminal
// chat), stores/sqlite (the embedded default) and stores/postgres (several instances, DATABASE_URL).
// One contract test suite (test/stores/*.contract.ts) runs against each.
import type { HandoffQueue } from './handoff-queue.js';
import type { SnapshotStore } from './snapshot-store.js';

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
   * A reply appended before it is sent: it stays in the outbox until markDelivered, so replies saved
   * by a process killed before it could send them go out after a restart (claimUndelivered).
   */
  undelivered?: true;
};

/** Transcripts for agents, audits and reports, read per conversation or by time, and deleted after the retention period. */
export interface TranscriptLog {
  /** Appends entries in order; entries of one call keep their order. */
  appendTranscript(entries: TranscriptEntry[]): Promise<void>;
  /** A conversation's entries in the order they were appended. */
  readTranscript(conversationKey: string): Promise<TranscriptEntry[]>;
  /**
   * Every entry with `from <= at < to` (epoch ms), of every conversation: grouped by conversation key
   * (keys in the byte order of their UTF-8, whatever a database's locale), each conversation's entries
   * in the order they were appended. For reports over a period.
   */
  readTranscriptsBetween(from: number, to: number): Promise<TranscriptEntry[]>;
  /** Deletes every entry older than `cutoff` (epoch ms); returns how many. */
  deleteTranscriptsBefore(cutoff: number): Promise<number>;
}

/** Replies saved but not yet handed to the channel (see TranscriptEntry.undelivered). */
export interface Outbox {
  /** The conversation's replies were sent, or given up on: they are never sent again. */
  markDelivered(conversationKey: string): Promise<void>;
  /**
   * Takes every reply still undelivered that was appended before `appendedBefore` (epoch ms), in the
   * order appended: each is returned once, to one caller, across instances.
   */
  claimUndelivered(appendedBefore: number): Promise<TranscriptEntry[]>;
}

/** What is needed to message a customer later (Bot Framework ConversationReference, as JSON). */
export interface ConversationReferenceStore {
  saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void>;
  loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined>;
}

export interface Store extends SnapshotStore, HandoffQueue, TranscriptLog, Outbox, ConversationReferenceStore {
  /** Resolves when the database answers (readiness); rejects otherwise. */
  ping(): Promise<void>;
  /**
   * How many of this code's schema migrations the database has not applied (readiness): 0 once open,
   * unless the database was swapped or restored underneath a running instance.
   */
  pendingMigrations(): Promise<number>;
  close(): Promise<void>;
}
