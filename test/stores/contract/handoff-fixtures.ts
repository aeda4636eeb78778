// Cases and agents the handoff queue contracts use.
import type { Agent, HandoffCase, NewCase } from '../../../src/ports/handoff-queue.js';

export const handoffRequest = () => ({
  reason: 'asked' as const,
  slots: { need: 'reset_password' as const, customerType: 'direct' as const, hasOrderNumber: true },
  shown: ['reset-direct-self' as const],
});

export const newCase = (caseId: string, conversationKey: string, at: number): NewCase => ({ caseId, conversationKey, request: handoffRequest(), at });

/** What openCase stores for newCase(caseId, conversationKey, at): nothing optional is set yet. */
export const queuedCase = (caseId: string, conversationKey: string, at: number): HandoffCase => ({
  ...handoffRequest(),
  caseId,
  conversationKey,
  status: 'queued',
  requestedAt: at,
  lastCustomerAt: at,
});

export const alice: Agent = { id: 'agent-alice', name: 'Alice Martin' };
export const bob: Agent = { id: 'agent-bob', name: 'Bob Nguyen' };
export const agents = (count: number): Agent[] => Array.from({ length: count }, (_, n) => ({ id: `agent-${n}`, name: `Agent ${n}` }));
