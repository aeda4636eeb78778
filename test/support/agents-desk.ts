// The agents' side of a handoff for runner tests: one queued case, and every message relayed to it.
import type { HandoffRequest } from '../../machines/setup.js';
import type { HandoffPort, HandoffTicket } from '../../src/ports/handoff.js';

export class AgentsDesk implements HandoffPort {
  readonly relayed: string[] = [];
  /** Runs once, inside the next relay: another instance's turn saving the same conversation meanwhile. */
  duringNextRelay?: () => Promise<unknown>;

  constructor(private readonly caseId = 'C-DESK01') {}

  request(_key: string, _request: HandoffRequest): Promise<HandoffTicket> {
    return Promise.resolve({ status: 'queued', caseId: this.caseId, position: 1 });
  }
  async cancel(): Promise<void> {}
  async relay(_key: string, text: string): Promise<void> {
    this.relayed.push(text);
    const meanwhile = this.duringNextRelay;
    this.duringNextRelay = undefined;
    await meanwhile?.();
  }
}
