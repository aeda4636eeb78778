// The queue of cases waiting for a person, and the cases agents hold. Shared by every bot instance
// through the store, so "exactly one agent wins an accept" holds across instances: accept() is one
// atomic conditional update, and so is every other status change.
import type { HandoffRequest } from '../../machines/setup.js';

export type HandoffCaseStatus = 'queued' | 'accepted' | 'closed' | 'cancelled' | 'abandoned';

/** A support agent as Teams names them: `id` is their Teams user id (or aadObjectId), `name` their display name. */
export type Agent = { id: string; name: string };

export type HandoffCase = HandoffRequest & {
  /** Short and unique, shown to agents ("C-7K2QF"). */
  caseId: string;
  conversationKey: string;
  status: HandoffCaseStatus;
  requestedAt: number;
  /** The customer's latest message while the case is open (idle detection). */
  lastCustomerAt: number;
  /** When the customer was told they had waited too long; set once. */
  waitNoticeAt?: number;
  agent?: Agent;
  acceptedAt?: number;
  closedAt?: number;
  /** The case's thread in the agents' channel (a Teams conversation id), once its card is posted. */
  threadId?: string;
  /** The card's activity id, to update it for everyone. */
  cardActivityId?: string;
};

/** What must still hold for finish() to end a case. */
export type FinishCondition = {
  status?: 'queued' | 'accepted';
  /** The agent who must be holding it. */
  agentId?: string;
  /** The customer's last message must be at or before this time (idle). */
  idleSince?: number;
};

export type NewCase = { caseId: string; conversationKey: string; request: HandoffRequest; at: number };

export interface HandoffQueue {
  /**
   * Opens a queued case. A conversation has at most one open (queued or accepted) case: asking again
   * returns that one unchanged, even when two instances ask at once.
   */
  openCase(newCase: NewCase): Promise<HandoffCase>;
  getCase(caseId: string): Promise<HandoffCase | undefined>;
  /** The conversation's queued or accepted case, if any. */
  openCaseOf(conversationKey: string): Promise<HandoffCase | undefined>;
  /** 1-based place among queued cases, oldest request first; undefined unless the case is queued. */
  positionOf(caseId: string): Promise<number | undefined>;
  /** Queued cases, oldest request first. */
  listQueued(): Promise<HandoffCase[]>;
  /** Cases an agent holds (accepted), oldest first. */
  listAcceptedBy(agentId: string): Promise<HandoffCase[]>;
  /** Atomically turns a queued case into one accepted by `agent`; undefined when it was not queued (someone else won). */
  accept(caseId: string, agent: Agent, at: number): Promise<HandoffCase | undefined>;
  /** Puts an accepted case back in the queue, keeping its place (requestedAt); only its agent may. Undefined otherwise. */
  release(caseId: string, agentId: string): Promise<HandoffCase | undefined>;
  /**
   * Ends a queued or accepted case that also meets `only`, in one atomic update; undefined when it had
   * already ended or no longer meets it (another agent took it meanwhile, the customer just wrote).
   */
  finish(caseId: string, status: 'closed' | 'cancelled' | 'abandoned', at: number, only?: FinishCondition): Promise<HandoffCase | undefined>;
  /** Records where the case's card was posted. */
  attachCard(caseId: string, threadId: string, cardActivityId: string): Promise<void>;
  /** The case whose card started this thread, whatever its status. */
  caseOfThread(threadId: string): Promise<HandoffCase | undefined>;
  /** The customer wrote while the case is open. */
  touchCustomer(caseId: string, at: number): Promise<void>;
  /** Sets waitNoticeAt if the case is queued and it is not set yet; true only for the caller that set it. */
  markWaitNotice(caseId: string, at: number): Promise<boolean>;
}

/** Every case ever opened, for reports and audits; the desk itself never needs the closed ones. */
export interface CaseHistory {
  /** Every case, whatever its status, oldest request first. */
  listCases(): Promise<HandoffCase[]>;
}
