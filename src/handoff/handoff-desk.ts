// The handoff's decisions, whatever channel the agents use, in three parts over one pure lifecycle
// (lifecycle.ts): the customer's side (opening a case, withdrawing, relaying), the agents' actions
// (exactly one agent per case, relaying back, the end of a case) and the sweeper (waited too long,
// customer idle). Cases live in the shared store, so any instance can serve any step; every status
// change is one conditional update there (ports/handoff-queue.ts).
import type { Logger } from 'pino';
import type { HandoffQueue } from '../ports/handoff-queue.js';
import type { TranscriptLog } from '../ports/transcript-log.js';
import { AgentActions } from './agent-actions.js';
import { CaseSteps, type HandoffDeskDeps } from './case-steps.js';
import { CustomerSide } from './customer-side.js';
import { Sweeper } from './sweeper.js';

export type HandoffDesk = {
  /** The HandoffPort the conversation machine calls. */
  customers: CustomerSide;
  agents: AgentActions;
  /** Run on an interval by the app; tests call sweep() instead of waiting. */
  sweeper: Sweeper;
};

export function createHandoffDesk(deps: HandoffDeskDeps): HandoffDesk {
  const steps = new CaseSteps(deps);
  return { customers: new CustomerSide(steps), agents: new AgentActions(steps), sweeper: new Sweeper(steps) };
}

/** Nobody chats live and nothing is pushed to the customer later: requests are recorded (terminal chat, evaluation). */
export const recordingDesk = (store: HandoffQueue & TranscriptLog, logger: Logger, now: () => number): CustomerSide =>
  createHandoffDesk({
    queue: store,
    transcripts: store,
    customers: { notify: () => Promise.resolve([]) },
    limits: { waitMs: Number.POSITIVE_INFINITY, idleMs: Number.POSITIVE_INFINITY },
    logger,
    now,
  }).customers;
