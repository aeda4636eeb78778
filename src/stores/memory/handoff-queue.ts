// Handoff cases in memory, kept as JSON text like the database stores keep them. Every method reads and
// writes without awaiting in between: calls cannot interleave, which makes each check-and-change as
// atomic as the databases' conditional updates.
import type { CaseHistory, HandoffCase, HandoffQueue } from '../../ports/handoff-queue.js';
import { storedRequest } from '../rows.js';
import { promised } from '../promised.js';

const isOpen = (handoffCase: HandoffCase) => handoffCase.status === 'queued' || handoffCase.status === 'accepted';

export function memoryHandoffQueue(): HandoffQueue & CaseHistory {
  const cases = new Map<string, string>();

  const read = (caseId: string): HandoffCase | undefined => {
    const json = cases.get(caseId);
    return json === undefined ? undefined : (JSON.parse(json) as HandoffCase);
  };
  const write = (handoffCase: HandoffCase): HandoffCase => {
    const json = JSON.stringify(handoffCase);
    cases.set(handoffCase.caseId, json);
    return JSON.parse(json) as HandoffCase;
  };
  /** Every case in queue order: oldest request first, then by case id, as the database stores sort. */
  const listNow = (): HandoffCase[] =>
    [...cases.values()]
      .map((json) => JSON.parse(json) as HandoffCase)
      .sort((a, b) => a.requestedAt - b.requestedAt || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  const queuedNow = () => listNow().filter((handoffCase) => handoffCase.status === 'queued');
  const openCaseOfNow = (conversationKey: string) => listNow().find((handoffCase) => handoffCase.conversationKey === conversationKey && isOpen(handoffCase));

  return promised<HandoffQueue & CaseHistory>({
    openCase({ caseId, conversationKey, request, at }) {
      const open = openCaseOfNow(conversationKey);
      if (open) return open;
      if (cases.has(caseId)) throw new Error(`Case id ${caseId} is already in use`);
      return write({ ...storedRequest(request), caseId, conversationKey, status: 'queued', requestedAt: at, lastCustomerAt: at });
    },

    getCase(caseId) {
      return read(caseId);
    },

    openCaseOf(conversationKey) {
      return openCaseOfNow(conversationKey);
    },

    positionOf(caseId) {
      const index = queuedNow().findIndex((handoffCase) => handoffCase.caseId === caseId);
      return index === -1 ? undefined : index + 1;
    },

    listQueued() {
      return queuedNow();
    },

    listAcceptedBy(agentId) {
      return listNow().filter((handoffCase) => handoffCase.status === 'accepted' && handoffCase.agent?.id === agentId);
    },

    listCases() {
      return listNow();
    },

    accept(caseId, agent, at) {
      const handoffCase = read(caseId);
      if (handoffCase?.status !== 'queued') return undefined;
      return write({ ...handoffCase, status: 'accepted', agent: { id: agent.id, name: agent.name }, acceptedAt: at });
    },

    release(caseId, agentId) {
      const handoffCase = read(caseId);
      if (handoffCase?.status !== 'accepted' || handoffCase.agent?.id !== agentId) return undefined;
      const { agent: _agent, acceptedAt: _acceptedAt, ...queued } = handoffCase;
      return write({ ...queued, status: 'queued' });
    },

    finish(caseId, status, at, only = {}) {
      const handoffCase = read(caseId);
      if (!handoffCase || !isOpen(handoffCase)) return undefined;
      if (only.status !== undefined && handoffCase.status !== only.status) return undefined;
      if (only.agentId !== undefined && handoffCase.agent?.id !== only.agentId) return undefined;
      if (only.idleSince !== undefined && handoffCase.lastCustomerAt > only.idleSince) return undefined;
      return write({ ...handoffCase, status, closedAt: at });
    },

    attachCard(caseId, threadId, cardActivityId) {
      const handoffCase = read(caseId);
      if (handoffCase) write({ ...handoffCase, threadId, cardActivityId });
    },

    caseOfThread(threadId) {
      return listNow().find((handoffCase) => handoffCase.threadId === threadId);
    },

    touchCustomer(caseId, at) {
      const handoffCase = read(caseId);
      if (handoffCase && isOpen(handoffCase)) write({ ...handoffCase, lastCustomerAt: Math.max(handoffCase.lastCustomerAt, at) });
    },

    markWaitNotice(caseId, at) {
      const handoffCase = read(caseId);
      if (handoffCase?.status !== 'queued' || handoffCase.waitNoticeAt !== undefined) return false;
      write({ ...handoffCase, waitNoticeAt: at });
      return true;
    },
  });
}
