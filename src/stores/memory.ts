// In-memory store: a real implementation of the ports, for tests and the terminal chat. Everything is
// kept as JSON text, like the database stores, so nobody can change what was stored by reference.
import { StoreConflict } from '../errors.js';
import type { Agent, FinishCondition, HandoffCase, NewCase } from '../ports/handoff-queue.js';
import type { StoredConversation } from '../ports/snapshot-store.js';
import type { Store, TranscriptEntry } from '../ports/store.js';

export class MemoryStore implements Store {
  private readonly conversations = new Map<string, { json: string; etag: number }>();
  private readonly cases = new Map<string, string>();
  private transcripts: { at: number; conversationKey: string; json: string; undelivered: boolean }[] = [];
  private readonly references = new Map<string, string>();

  async load(conversationKey: string): Promise<StoredConversation | undefined> {
    const row = this.conversations.get(conversationKey);
    return row ? { envelope: JSON.parse(row.json) as unknown, etag: String(row.etag) } : undefined;
  }

  async save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string> {
    const row = this.conversations.get(conversationKey);
    if ((row === undefined) !== (expectedEtag === undefined) || (row && String(row.etag) !== expectedEtag)) {
      throw new StoreConflict(conversationKey);
    }
    const etag = (row?.etag ?? 0) + 1;
    this.conversations.set(conversationKey, { json: JSON.stringify(envelope), etag });
    return String(etag);
  }

  // Every method below reads and writes without awaiting in between: calls cannot interleave, which
  // makes each check-and-change as atomic as the databases' conditional updates.
  async openCase({ caseId, conversationKey, request, at }: NewCase): Promise<HandoffCase> {
    const open = this.openCaseOfNow(conversationKey);
    if (open) return open;
    if (this.cases.has(caseId)) throw new Error(`Case id ${caseId} is already in use`);
    const { reason, slots, shown, pendingNeeds } = request;
    const pending = pendingNeeds && pendingNeeds.length > 0 ? { pendingNeeds } : {};
    return this.write({ reason, slots, shown, ...pending, caseId, conversationKey, status: 'queued', requestedAt: at, lastCustomerAt: at });
  }

  async getCase(caseId: string): Promise<HandoffCase | undefined> {
    return this.read(caseId);
  }

  async openCaseOf(conversationKey: string): Promise<HandoffCase | undefined> {
    return this.openCaseOfNow(conversationKey);
  }

  async positionOf(caseId: string): Promise<number | undefined> {
    const queued = this.listNow().filter((handoffCase) => handoffCase.status === 'queued');
    const index = queued.findIndex((handoffCase) => handoffCase.caseId === caseId);
    return index === -1 ? undefined : index + 1;
  }

  async listQueued(): Promise<HandoffCase[]> {
    return this.listNow().filter((handoffCase) => handoffCase.status === 'queued');
  }

  async listAcceptedBy(agentId: string): Promise<HandoffCase[]> {
    return this.listNow().filter((handoffCase) => handoffCase.status === 'accepted' && handoffCase.agent?.id === agentId);
  }

  async listCases(): Promise<HandoffCase[]> {
    return this.listNow();
  }

  async accept(caseId: string, agent: Agent, at: number): Promise<HandoffCase | undefined> {
    const handoffCase = this.read(caseId);
    if (handoffCase?.status !== 'queued') return undefined;
    return this.write({ ...handoffCase, status: 'accepted', agent: { id: agent.id, name: agent.name }, acceptedAt: at });
  }

  async release(caseId: string, agentId: string): Promise<HandoffCase | undefined> {
    const handoffCase = this.read(caseId);
    if (handoffCase?.status !== 'accepted' || handoffCase.agent?.id !== agentId) return undefined;
    const { agent: _agent, acceptedAt: _acceptedAt, ...queued } = handoffCase;
    return this.write({ ...queued, status: 'queued' });
  }

  async finish(caseId: string, status: 'closed' | 'cancelled' | 'abandoned', at: number, only: FinishCondition = {}): Promise<HandoffCase | undefined> {
    const handoffCase = this.read(caseId);
    if (!handoffCase || !isOpen(handoffCase)) return undefined;
    if (only.status !== undefined && handoffCase.status !== only.status) return undefined;
    if (only.agentId !== undefined && handoffCase.agent?.id !== only.agentId) return undefined;
    if (only.idleSince !== undefined && handoffCase.lastCustomerAt > only.idleSince) return undefined;
    return this.write({ ...handoffCase, status, closedAt: at });
  }

  async attachCard(caseId: string, threadId: string, cardActivityId: string): Promise<void> {
    const handoffCase = this.read(caseId);
    if (handoffCase) this.write({ ...handoffCase, threadId, cardActivityId });
  }

  async caseOfThread(threadId: string): Promise<HandoffCase | undefined> {
    return this.listNow().find((handoffCase) => handoffCase.threadId === threadId);
  }

  async touchCustomer(caseId: string, at: number): Promise<void> {
    const handoffCase = this.read(caseId);
    if (handoffCase && isOpen(handoffCase)) this.write({ ...handoffCase, lastCustomerAt: Math.max(handoffCase.lastCustomerAt, at) });
  }

  async markWaitNotice(caseId: string, at: number): Promise<boolean> {
    const handoffCase = this.read(caseId);
    if (handoffCase?.status !== 'queued' || handoffCase.waitNoticeAt !== undefined) return false;
    this.write({ ...handoffCase, waitNoticeAt: at });
    return true;
  }

  private read(caseId: string): HandoffCase | undefined {
    const json = this.cases.get(caseId);
    return json === undefined ? undefined : (JSON.parse(json) as HandoffCase);
  }

  private write(handoffCase: HandoffCase): HandoffCase {
    const json = JSON.stringify(handoffCase);
    this.cases.set(handoffCase.caseId, json);
    return JSON.parse(json) as HandoffCase;
  }

  private openCaseOfNow(conversationKey: string): HandoffCase | undefined {
    return this.listNow().find((handoffCase) => handoffCase.conversationKey === conversationKey && isOpen(handoffCase));
  }

  /** Every case in queue order: oldest request first, then by case id, as the database stores sort. */
  private listNow(): HandoffCase[] {
    return [...this.cases.values()]
      .map((json) => JSON.parse(json) as HandoffCase)
      .sort((a, b) => a.requestedAt - b.requestedAt || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  }

  async appendTranscript(entries: TranscriptEntry[]): Promise<void> {
    for (const { undelivered, ...entry } of entries) {
      this.transcripts.push({ at: entry.at, conversationKey: entry.conversationKey, json: JSON.stringify(entry), undelivered: undelivered === true });
    }
  }

  async markDelivered(conversationKey: string): Promise<void> {
    for (const row of this.transcripts) if (row.conversationKey === conversationKey) row.undelivered = false;
  }

  async claimUndelivered(appendedBefore: number): Promise<TranscriptEntry[]> {
    const claimed = this.transcripts.filter((row) => row.undelivered && row.at < appendedBefore);
    for (const row of claimed) row.undelivered = false;
    return claimed.map((row) => JSON.parse(row.json) as TranscriptEntry);
  }

  async readTranscript(conversationKey: string): Promise<TranscriptEntry[]> {
    return this.transcripts.filter((row) => row.conversationKey === conversationKey).map((row) => JSON.parse(row.json) as TranscriptEntry);
  }

  async readTranscriptsBetween(from: number, to: number): Promise<TranscriptEntry[]> {
    // A stable sort keeps each conversation's rows in the order they were appended; keys compare as
    // UTF-8 bytes, as the databases' binary collations do (UTF-16 order differs beyond the BMP).
    return this.transcripts
      .filter((row) => row.at >= from && row.at < to)
      .sort((a, b) => Buffer.compare(Buffer.from(a.conversationKey), Buffer.from(b.conversationKey)))
      .map((row) => JSON.parse(row.json) as TranscriptEntry);
  }

  async deleteTranscriptsBefore(cutoff: number): Promise<number> {
    const before = this.transcripts.length;
    this.transcripts = this.transcripts.filter((row) => row.at >= cutoff);
    return before - this.transcripts.length;
  }

  async saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void> {
    this.references.set(conversationKey, JSON.stringify(reference));
  }

  async loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined> {
    const json = this.references.get(conversationKey);
    return json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>);
  }

  /** Always answers: there is no database to lose. */
  async ping(): Promise<void> {}

  /** No schema to migrate. */
  async pendingMigrations(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {}
}

const isOpen = (handoffCase: HandoffCase) => handoffCase.status === 'queued' || handoffCase.status === 'accepted';
