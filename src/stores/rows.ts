// Rows of the database stores turned into the ports' types, one mapper for both back ends. The stores
// differ only in how a column arrives: SQLite gives JSON columns as text and integers as numbers,
// pg gives JSON columns parsed and BIGINT columns as text (epoch ms fit a number easily).
import type { HandoffRequest } from '../../machines/setup.js';
import type { HandoffCase, HandoffCaseStatus } from '../ports/handoff-queue.js';
import type { TranscriptEntry } from '../ports/transcript-log.js';
import { unpackActivity } from './transcript-codec.js';

type Json = Record<string, unknown>;
/** A JSON column: text (SQLite) or already parsed (PostgreSQL). */
type JsonColumn<T> = string | T;
/** An integer column: a number (SQLite) or a BIGINT as text (PostgreSQL). */
type Integer = number | string;

const parsed = <T>(column: JsonColumn<T>): T => (typeof column === 'string' ? (JSON.parse(column) as T) : column);

/** What a case keeps of the request, in the `request` column: the needs still waiting only when there are some. */
export type StoredRequest = Pick<HandoffCase, 'reason' | 'slots' | 'shown' | 'pendingNeeds'>;

export function storedRequest({ reason, slots, shown, pendingNeeds }: HandoffRequest): StoredRequest {
  return { reason, slots, shown, ...(pendingNeeds && pendingNeeds.length > 0 ? { pendingNeeds } : {}) };
}

export type CaseRow = {
  case_id: string;
  conversation_key: string;
  status: HandoffCaseStatus;
  requested_at: Integer;
  last_customer_at: Integer;
  wait_notice_at: Integer | null;
  agent_id: string | null;
  agent_name: string | null;
  accepted_at: Integer | null;
  closed_at: Integer | null;
  thread_id: string | null;
  card_activity_id: string | null;
  request: JsonColumn<StoredRequest>;
};

/** Leaves out what is not set (no nulls), so cases compare equal whichever store they come from. */
export function caseFromRow(row: CaseRow): HandoffCase {
  return {
    ...parsed(row.request),
    caseId: row.case_id,
    conversationKey: row.conversation_key,
    status: row.status,
    requestedAt: Number(row.requested_at),
    lastCustomerAt: Number(row.last_customer_at),
    ...(row.wait_notice_at !== null ? { waitNoticeAt: Number(row.wait_notice_at) } : {}),
    ...(row.agent_id !== null ? { agent: { id: row.agent_id, name: row.agent_name ?? '' } } : {}),
    ...(row.accepted_at !== null ? { acceptedAt: Number(row.accepted_at) } : {}),
    ...(row.closed_at !== null ? { closedAt: Number(row.closed_at) } : {}),
    ...(row.thread_id !== null ? { threadId: row.thread_id } : {}),
    ...(row.card_activity_id !== null ? { cardActivityId: row.card_activity_id } : {}),
  };
}

/** A transcript entry as both stores select it: the conversation's key joined in, the activity packed (transcript-codec.ts). */
export type TranscriptRow = {
  conversation_key: string;
  at: Integer;
  direction: TranscriptEntry['direction'];
  packing: number;
  activity: JsonColumn<Json>;
  outcome: string | null;
};

/** The columns of a TranscriptRow, `entry` being transcripts and `conversation` transcript_conversations. */
export const TRANSCRIPT_COLUMNS = 'conversation.conversation_key, entry.at, entry.direction, entry.packing, entry.activity, entry.outcome';

export function entryFromRow(row: TranscriptRow): TranscriptEntry {
  return {
    conversationKey: row.conversation_key,
    at: Number(row.at),
    direction: row.direction,
    activity: unpackActivity(row.conversation_key, parsed(row.activity), row.packing),
    ...(row.outcome !== null ? { outcome: row.outcome } : {}),
  };
}

/** Queue order, shared by every list of cases: oldest request first, the case id breaking ties. */
export const QUEUE_ORDER = 'ORDER BY requested_at, case_id';
