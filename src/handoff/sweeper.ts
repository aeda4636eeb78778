// The handoff's timers: one pass over the queue takes idle customers off it and tells long waits once.
// Safe on every instance at once: each change is a conditional write, so only one instance makes it.
import type { CaseSteps } from './case-steps.js';
import { dueTimer } from './lifecycle.js';

export class Sweeper {
  constructor(private readonly steps: CaseSteps) {}

  async sweep(): Promise<void> {
    const { queue, limits, now } = this.steps.deps;
    const at = now();
    let queueMoved = false;
    const options = { announcePositions: () => (queueMoved = true) };
    for (const queued of await queue.listQueued()) {
      const due = dueTimer(queued, at, limits);
      // The list was read a moment ago: an agent may have accepted since, or the customer written;
      // the write is conditional, and a case that changed is left for the next pass.
      if (due) await this.steps.perform(queued, due, options);
    }
    if (queueMoved) await this.steps.announcePositions();
  }
}
