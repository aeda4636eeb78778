// The handoff as the customer's conversation sees it (the HandoffPort the machine calls, inside the
// customer's turn): ask for a person, withdraw, and write to whoever holds or will take the case.
import { randomInt } from 'node:crypto';
import type { HandoffRequest } from '../../machines/setup.js';
import { CaseEnded } from '../errors.js';
import type { HandoffPort, HandoffTicket } from '../ports/handoff.js';
import type { CaseSteps, PerformOptions } from './case-steps.js';

const CASE_ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const newCaseId = (): string => `C-${Array.from({ length: 6 }, () => CASE_ID_ALPHABET[randomInt(CASE_ID_ALPHABET.length)]).join('')}`;

export class CustomerSide implements HandoffPort {
  private readonly later: PerformOptions;

  constructor(private readonly steps: CaseSteps) {
    this.later = { announcePositions: () => steps.announcePositionsLater() };
  }

  async request(conversationKey: string, request: HandoffRequest, latestText?: string): Promise<HandoffTicket> {
    const { queue, channel, now } = this.steps.deps;
    const opened = await queue.openCase({ caseId: newCaseId(), conversationKey, request, at: now() });
    const liveAgents = channel !== undefined;
    await this.steps.perform(opened, { type: 'request', liveAgents, at: now() }, { ...this.later, ...(latestText === undefined ? {} : { latestText }) });
    if (!liveAgents) return { status: 'offline', caseId: opened.caseId };
    return { status: 'queued', caseId: opened.caseId, position: (await queue.positionOf(opened.caseId)) ?? 1 };
  }

  async cancel(conversationKey: string): Promise<void> {
    const { queue, now } = this.steps.deps;
    await this.steps.settle(() => queue.openCaseOf(conversationKey), { type: 'cancel', at: now() }, this.later);
  }

  async relay(conversationKey: string, text: string): Promise<void> {
    const { queue, now } = this.steps.deps;
    const { step } = await this.steps.settle(() => queue.openCaseOf(conversationKey), { type: 'customerWrote', text, at: now() }, this.later);
    // The agent ended it or the sweeper took it off the queue since the customer's last turn.
    if (step.outcome !== 'moved') throw new CaseEnded(conversationKey);
  }
}
