// The handoff until agents work in Teams: the request is recorded in the store for the support team,
// and the customer is told exactly that (dialogs/handoff.yaml).
import type { HandoffRequest } from '../../machines/setup.js';
import type { HandoffPort } from '../ports/handoff.js';
import type { HandoffRequestStore } from '../ports/snapshot-store.js';

export class RecordedHandoff implements HandoffPort {
  constructor(
    private readonly store: HandoffRequestStore,
    private readonly now: () => number = Date.now,
  ) {}

  async request(conversationKey: string, request: HandoffRequest): Promise<void> {
    await this.store.recordHandoff({ ...request, conversationKey, requestedAt: this.now(), status: 'open' });
  }

  async cancel(conversationKey: string): Promise<void> {
    await this.store.cancelHandoff(conversationKey);
  }
}
