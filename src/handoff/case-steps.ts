// Performs the lifecycle's steps (lifecycle.ts): the one conditional store write, then the effects in
// order. Shared by the desk's three parts: the customer's side, the agents' actions and the sweeper.
import type { Logger } from 'pino';
import type { ConversationEvent } from '../../machines/events.js';
import type { Reply } from '../conversation/reply.js';
import type { Metrics } from '../observability/metrics.js';
import type { HandoffCase, HandoffQueue } from '../ports/handoff-queue.js';
import type { TranscriptLog } from '../ports/transcript-log.js';
import type { AgentChannel, CaseView, TranscriptLine } from './agent-channel.js';
import { line, type AgentLine } from './agent-text.js';
import { transition, type CaseEffect, type CaseEvent, type CaseWrite, type HandoffLimits, type Step } from './lifecycle.js';

/** Sends an event into a customer's conversation and delivers what the bot says to the customer. */
export interface CustomerLine {
  notify(conversationKey: string, event: ConversationEvent): Promise<Reply[]>;
}

export type HandoffDeskDeps = {
  queue: HandoffQueue;
  transcripts: TranscriptLog;
  /** Undefined: nobody can take chats live, and requests are recorded for the team. */
  channel?: AgentChannel;
  customers: CustomerLine;
  limits: HandoffLimits;
  logger: Logger;
  metrics?: Pick<Metrics, 'escalation' | 'handoffAccepted' | 'handoffClosed'>;
  now: () => number;
};

/** How a step ended: the case as written (moved) or as last read, and why an agent's action was not done. */
export type Settled = { step: Step; handoffCase?: HandoffCase; refusal?: AgentLine };

export type PerformOptions = {
  /** The customer's message of this turn, not in the stored transcript yet (shown on a new card). */
  latestText?: string;
  /** What to do when a step moves the queue: announce the new places now, later, or once at the end. */
  announcePositions: () => void;
};

/** Lines of transcript shown on a card: enough to see the case, small enough for a Teams message. */
const CARD_TRANSCRIPT_LINES = 30;
const CARD_LINE_CHARS = 400;
/** A write the store refused twice more after reading the case again is given up: it keeps changing under us. */
const ATTEMPTS = 3;

const clip = (text: string): string => (text.length > CARD_LINE_CHARS ? `${text.slice(0, CARD_LINE_CHARS - 1)}…` : text);

export class CaseSteps {
  constructor(readonly deps: HandoffDeskDeps) {}

  /**
   * Steps the case `read` returns on `event` and performs the step. When the store refuses the write
   * (the case changed since it was read), it is read and stepped again, so the outcome always fits
   * the case as it now is.
   */
  async settle(read: () => Promise<HandoffCase | undefined>, event: CaseEvent, options: PerformOptions): Promise<Settled> {
    let handoffCase = await read();
    for (let attempt = 1; ; attempt++) {
      const settled = await this.perform(handoffCase, event, options);
      if (settled || attempt === ATTEMPTS) return settled ?? { step: { outcome: 'ignored' }, ...(handoffCase ? { handoffCase } : {}) };
      handoffCase = await read();
    }
  }

  /** One step on the case as given; undefined when the store refused its write. */
  async perform(handoffCase: HandoffCase | undefined, event: CaseEvent, options: PerformOptions): Promise<Settled | undefined> {
    const step = transition(handoffCase, event);
    if (step.outcome === 'refused') return { step, ...(handoffCase ? { handoffCase } : {}), refusal: step.reason };
    if (step.outcome === 'ignored' || !handoffCase) return { step, ...(handoffCase ? { handoffCase } : {}) };
    const written = await this.write(handoffCase, step.write);
    if (!written) return undefined;
    let refusal: AgentLine | undefined;
    for (const effect of step.effects) refusal = (await this.effect(written, effect, options)) ?? refusal;
    return { step, handoffCase: written, ...(refusal ? { refusal } : {}) };
  }

  /** Tells every queued customer their place; the conversation says so only when it changed. */
  async announcePositions(): Promise<void> {
    const queued = await this.deps.queue.listQueued();
    await Promise.all(queued.map((handoffCase, index) => this.tellCustomer(handoffCase, { type: 'handoff.position', position: index + 1 })));
  }

  /**
   * From inside a customer's turn the announcement must not wait: it runs turns of other
   * conversations, which may at that moment be waiting on this one.
   */
  announcePositionsLater(): void {
    setImmediate(() => {
      this.announcePositions().catch((error: unknown) => this.deps.logger.error({ err: error }, 'queue positions could not be announced'));
    });
  }

  async transcriptOf(conversationKey: string, latestText?: string): Promise<TranscriptLine[]> {
    const entries = await this.deps.transcripts.readTranscript(conversationKey);
    const lines: TranscriptLine[] = entries.flatMap((entry) => {
      const text = entry.activity.text;
      if (typeof text !== 'string' || text.trim() === '') return [];
      const speaker = (entry.activity.channelData as { speaker?: string } | undefined)?.speaker;
      const from = entry.direction === 'in' ? 'customer' : speaker ? 'agent' : 'bot';
      return [{ from, text: clip(text) }];
    });
    if (latestText !== undefined && latestText.trim() !== '') lines.push({ from: 'customer', text: clip(latestText) });
    return lines.slice(-CARD_TRANSCRIPT_LINES);
  }

  private async write(handoffCase: HandoffCase, write: CaseWrite | undefined): Promise<HandoffCase | undefined> {
    const { queue } = this.deps;
    const { caseId } = handoffCase;
    switch (write?.type) {
      case undefined:
        return handoffCase;
      case 'accept':
        return queue.accept(caseId, write.agent, write.at);
      case 'release':
        return queue.release(caseId, write.agentId);
      case 'finish':
        return queue.finish(caseId, write.status, write.at, write.only);
      case 'touchCustomer':
        await queue.touchCustomer(caseId, write.at);
        return handoffCase;
      case 'markWaitNotice':
        return (await queue.markWaitNotice(caseId, write.at)) ? { ...handoffCase, waitNoticeAt: write.at } : undefined;
    }
  }

  /** Performs one effect; returns why the agent's action was not done when the effect found out. */
  private async effect(handoffCase: HandoffCase, effect: CaseEffect, options: PerformOptions): Promise<AgentLine | undefined> {
    const { channel, logger, metrics, queue } = this.deps;
    switch (effect.type) {
      case 'postCase':
        await this.postCase(handoffCase, options.latestText);
        return undefined;
      case 'postCustomerWords':
        await channel?.postToThread(handoffCase, { customerWrote: effect.text });
        return undefined;
      case 'tellCustomer':
        await this.tellCustomer(handoffCase, effect.event);
        return undefined;
      case 'tellCustomerTheirPlace':
        await this.tellCustomer(handoffCase, { type: 'agent.released', position: (await queue.positionOf(handoffCase.caseId)) ?? 1 });
        return undefined;
      case 'deliverAgentMessage':
        return this.deliverAgentMessage(handoffCase, effect.agentName, effect.text);
      case 'showChange':
        await this.showChange(handoffCase, effect.note);
        return undefined;
      case 'announcePositions':
        options.announcePositions();
        return undefined;
      case 'countEscalation':
        metrics?.escalation(effect.reason);
        return undefined;
      case 'countAccepted':
        metrics?.handoffAccepted(effect.waitedSeconds);
        return undefined;
      case 'countClosed':
        metrics?.handoffClosed(effect.chatSeconds);
        return undefined;
      case 'log':
        logger.info({ ...effect.fields, caseId: handoffCase.caseId }, effect.message);
        return undefined;
    }
  }

  private async postCase(handoffCase: HandoffCase, latestText: string | undefined): Promise<void> {
    const { channel, queue } = this.deps;
    if (!channel) return;
    const transcript = await this.transcriptOf(handoffCase.conversationKey, latestText);
    try {
      const posted = await channel.postCase({ handoffCase, transcript });
      if (posted) await queue.attachCard(handoffCase.caseId, posted.threadId, posted.cardActivityId);
    } catch (error) {
      await this.perform(handoffCase, { type: 'postFailed', at: this.deps.now() }, { announcePositions: () => {} });
      throw error;
    }
  }

  private async deliverAgentMessage(handoffCase: HandoffCase, agentName: string, text: string): Promise<AgentLine | undefined> {
    let said: Reply[];
    try {
      said = await this.deps.customers.notify(handoffCase.conversationKey, { type: 'agent.message', agentName, text });
    } catch (error) {
      this.deps.logger.error({ err: error, caseId: handoffCase.caseId }, 'agent message could not be delivered');
      return line('agents.refused.undelivered');
    }
    return said.some((reply) => reply.key === 'handoff.agentMessage') ? undefined : line('agents.refused.customerLeft');
  }

  private async tellCustomer(handoffCase: HandoffCase, event: ConversationEvent): Promise<void> {
    try {
      await this.deps.customers.notify(handoffCase.conversationKey, event);
    } catch (error) {
      this.deps.logger.error({ err: error, caseId: handoffCase.caseId, event: event.type }, 'customer could not be told');
    }
  }

  /** Updates the card for everyone and leaves a note in the thread; a channel failure never undoes the change. */
  private async showChange(handoffCase: HandoffCase, note: AgentLine): Promise<void> {
    const { channel } = this.deps;
    if (!channel) return;
    try {
      await channel.updateCase({ handoffCase, transcript: await this.transcriptOf(handoffCase.conversationKey) } satisfies CaseView);
      await channel.postToThread(handoffCase, { note });
    } catch (error) {
      this.deps.logger.error({ err: error, caseId: handoffCase.caseId }, 'agents channel could not be updated');
    }
  }
}
