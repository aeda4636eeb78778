// What agents do to cases, wherever they work (a Teams channel, or a contact centre on the handoff
// protocol): accept, end, release, and write to the customer of a case they hold.
import type { Agent, HandoffCase } from '../ports/handoff-queue.js';
import { redactSecrets } from '../nlu/secrets.js';
import type { CaseView } from './agent-channel.js';
import type { AgentLine } from './agent-text.js';
import type { CaseSteps, PerformOptions } from './case-steps.js';
import type { CaseEvent } from './lifecycle.js';

export type AgentActionResult = { outcome: 'done'; handoffCase: HandoffCase } | { outcome: 'refused'; reason: AgentLine; handoffCase?: HandoffCase };

/** The agent id of cases a contact centre holds (it names no agent ids of its own). */
const CONTACT_CENTRE_ID = 'contact-centre';

export class AgentActions {
  private readonly later: PerformOptions;

  constructor(private readonly steps: CaseSteps) {
    this.later = { announcePositions: () => steps.announcePositionsLater() };
  }

  accept(caseId: string, agent: Agent): Promise<AgentActionResult> {
    return this.act(caseId, { type: 'accept', agent, at: this.steps.deps.now() });
  }

  end(caseId: string, agentId: string): Promise<AgentActionResult> {
    return this.act(caseId, { type: 'end', agentId, at: this.steps.deps.now() });
  }

  release(caseId: string, agentId: string): Promise<AgentActionResult> {
    return this.act(caseId, { type: 'release', agentId });
  }

  /** An agent wrote in a case's thread: relayed only when they hold the case; undefined when the thread is no case's. */
  async agentWrote(threadId: string, agent: Agent, text: string): Promise<AgentActionResult | undefined> {
    const handoffCase = await this.steps.deps.queue.caseOfThread(threadId);
    if (!handoffCase) return undefined;
    const event: CaseEvent = { type: 'agentWrote', agent, text, containsSecret: redactSecrets(text).containsSecret };
    const settled = await this.steps.perform(handoffCase, event, this.later);
    return settled?.refusal ? { outcome: 'refused', reason: settled.refusal, handoffCase } : { outcome: 'done', handoffCase };
  }

  /** A contact centre on the handoff protocol reported on the conversation's case. */
  async contactCentreStatus(conversationKey: string, state: 'accepted' | 'failed' | 'completed', agentName?: string): Promise<void> {
    const { queue, now } = this.steps.deps;
    const open = await queue.openCaseOf(conversationKey);
    if (!open) return;
    if (state === 'accepted') await this.accept(open.caseId, { id: CONTACT_CENTRE_ID, name: agentName ?? 'An agent' });
    else if (state === 'completed') await this.end(open.caseId, CONTACT_CENTRE_ID);
    else await this.steps.perform(open, { type: 'contactCentreFailed', at: now() }, this.later);
  }

  /** The case as agents see it on its card. */
  async viewOf(caseId: string): Promise<CaseView | undefined> {
    const handoffCase = await this.steps.deps.queue.getCase(caseId);
    return handoffCase && { handoffCase, transcript: await this.steps.transcriptOf(handoffCase.conversationKey) };
  }

  private async act(caseId: string, event: CaseEvent): Promise<AgentActionResult> {
    const { step, handoffCase, refusal } = await this.steps.settle(() => this.steps.deps.queue.getCase(caseId), event, this.later);
    if (step.outcome === 'moved' && handoffCase && !refusal) return { outcome: 'done', handoffCase };
    const reason = refusal ?? { key: 'agents.refused.caseIs', values: { status: handoffCase?.status ?? 'unknown' } };
    return { outcome: 'refused', reason, ...(handoffCase ? { handoffCase } : {}) };
  }
}
