// The handoff's decisions, whatever channel the agents use: opening a case, the queue and its
// positions, exactly one agent per case, relaying both ways, the end of a case, and the timers
// (waited too long, customer idle). Cases live in the shared store, so any instance can serve any
// step; every status change is one atomic update there (ports/handoff-queue.ts).
import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import type { ConversationEvent } from '../../machines/events.js';
import type { HandoffRequest } from '../../machines/setup.js';
import type { Reply } from '../conversation/reply.js';
import { CaseEnded } from '../errors.js';
import type { HandoffPort, HandoffTicket } from '../ports/handoff.js';
import type { Agent, HandoffCase, HandoffQueue } from '../ports/handoff-queue.js';
import type { TranscriptLog } from '../ports/transcript-log.js';
import { redactSecrets } from '../nlu/secrets.js';
import type { Metrics } from '../observability/metrics.js';
import type { AgentChannel, CaseView, TranscriptLine } from './agent-channel.js';

/** Sends an event into a customer's conversation and delivers what the bot says to the customer. */
export interface CustomerLine {
  notify(conversationKey: string, event: ConversationEvent): Promise<Reply[]>;
}

export type HandoffLimits = {
  /** Queued this long without an agent: the customer is offered another route. */
  waitMs: number;
  /** No word from a queued customer this long: the case leaves the queue. */
  idleMs: number;
};

export type HandoffDeskDeps = {
  queue: HandoffQueue;
  transcripts: TranscriptLog;
  /** Undefined: nobody can take chats live, and requests are recorded for the team. */
  channel?: AgentChannel;
  customers: CustomerLine;
  limits: HandoffLimits;
  logger: Logger;
  metrics?: Pick<Metrics, 'escalation' | 'handoffAccepted' | 'handoffClosed'>;
  now?: () => number;
};

/** The customer wrote to a case that has ended meanwhile (the agent ended it, it was swept). */

export type AgentActionResult =
  | { outcome: 'done'; handoffCase: HandoffCase }
  | { outcome: 'refused'; reason: string; handoffCase?: HandoffCase };

/** Lines of transcript shown on a card: enough to see the case, small enough for a Teams message. */
const CARD_TRANSCRIPT_LINES = 30;
const CARD_LINE_CHARS = 400;
/** The agent id of cases a contact centre holds (it names no agent ids of its own). */
const CONTACT_CENTRE_ID = 'contact-centre';
const CASE_ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const newCaseId = (): string => `C-${Array.from({ length: 6 }, () => CASE_ID_ALPHABET[randomInt(CASE_ID_ALPHABET.length)]).join('')}`;

const clip = (text: string): string => (text.length > CARD_LINE_CHARS ? `${text.slice(0, CARD_LINE_CHARS - 1)}…` : text);

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] || 'An agent';

export class HandoffDesk implements HandoffPort {
  private readonly now: () => number;

  constructor(private readonly deps: HandoffDeskDeps) {
    this.now = deps.now ?? Date.now;
  }

  get hasLiveAgents(): boolean {
    return this.deps.channel !== undefined;
  }

  // ---- The customer's side (called inside the customer's turn) ----

  async request(conversationKey: string, request: HandoffRequest, latestText?: string): Promise<HandoffTicket> {
    const { queue, channel } = this.deps;
    const handoffCase = await queue.openCase({ caseId: newCaseId(), conversationKey, request, at: this.now() });
    if (!channel) {
      // Recorded for the team (reason, facts, transcript) and closed at once: nobody will accept it in
      // chat, and the customer has been given the route to take instead.
      await queue.finish(handoffCase.caseId, 'closed', this.now());
      this.deps.metrics?.escalation(request.reason);
      this.deps.logger.info({ conversationKey, caseId: handoffCase.caseId, reason: request.reason }, 'handoff recorded; no agents online');
      return { status: 'offline', caseId: handoffCase.caseId };
    }
    if (handoffCase.threadId === undefined) {
      const transcript = await this.transcriptOf(conversationKey, latestText);
      try {
        const posted = await channel.postCase({ handoffCase, transcript });
        if (posted) await queue.attachCard(handoffCase.caseId, posted.threadId, posted.cardActivityId);
      } catch (error) {
        // Agents never saw it: the case must not sit in the queue where nobody will look.
        await queue.finish(handoffCase.caseId, 'cancelled', this.now());
        throw error;
      }
      this.deps.metrics?.escalation(request.reason);
      this.deps.logger.info({ conversationKey, caseId: handoffCase.caseId, reason: request.reason }, 'handoff case posted');
    }
    return { status: 'queued', caseId: handoffCase.caseId, position: (await queue.positionOf(handoffCase.caseId)) ?? 1 };
  }

  async cancel(conversationKey: string): Promise<void> {
    const open = await this.deps.queue.openCaseOf(conversationKey);
    if (!open) return;
    const finished = await this.deps.queue.finish(open.caseId, 'cancelled', this.now());
    if (!finished) return;
    const note = finished.agent ? 'The customer ended the chat.' : 'The customer withdrew the request.';
    await this.showChange(finished, note);
    this.announcePositionsLater();
  }

  async relay(conversationKey: string, text: string): Promise<void> {
    const open = await this.deps.queue.openCaseOf(conversationKey);
    if (!open) throw new CaseEnded(conversationKey);
    await this.deps.queue.touchCustomer(open.caseId, this.now());
    await this.deps.channel?.postToThread(open, { customerWrote: text });
  }

  // ---- The agents' side ----

  async accept(caseId: string, agent: Agent): Promise<AgentActionResult> {
    const won = await this.deps.queue.accept(caseId, agent, this.now());
    if (!won) {
      const current = await this.deps.queue.getCase(caseId);
      const reason = current?.agent && current.status === 'accepted' ? `already accepted by ${current.agent.name}` : `the case is ${current?.status ?? 'unknown'}`;
      return { outcome: 'refused', reason, ...(current ? { handoffCase: current } : {}) };
    }
    this.deps.metrics?.handoffAccepted(((won.acceptedAt ?? this.now()) - won.requestedAt) / 1000);
    this.deps.logger.info({ caseId, agentId: agent.id }, 'handoff accepted');
    await this.tellCustomer(won, { type: 'agent.joined', agentName: firstName(agent.name) });
    await this.showChange(won, `${agent.name} accepted the case. What ${firstName(agent.name)} writes in this thread goes to the customer.`);
    this.announcePositionsLater();
    return { outcome: 'done', handoffCase: won };
  }

  async end(caseId: string, agentId: string): Promise<AgentActionResult> {
    // One conditional update: between a check and a write, the case could change hands.
    const finished = await this.deps.queue.finish(caseId, 'closed', this.now(), { status: 'accepted', agentId });
    if (!finished) {
      const current = await this.deps.queue.getCase(caseId);
      const reason = current?.status === 'accepted' ? `only ${current.agent?.name ?? 'the agent holding it'} can end it` : `the case is ${current?.status ?? 'unknown'}`;
      return { outcome: 'refused', reason, ...(current ? { handoffCase: current } : {}) };
    }
    if (finished.acceptedAt !== undefined) this.deps.metrics?.handoffClosed(((finished.closedAt ?? this.now()) - finished.acceptedAt) / 1000);
    const agentName = finished.agent?.name ?? 'The agent';
    await this.tellCustomer(finished, { type: 'agent.ended', agentName: firstName(agentName) });
    await this.showChange(finished, `${agentName} ended the chat.`);
    return { outcome: 'done', handoffCase: finished };
  }

  async release(caseId: string, agentId: string): Promise<AgentActionResult> {
    const released = await this.deps.queue.release(caseId, agentId);
    if (!released) return { outcome: 'refused', reason: 'you do not hold this case' };
    const position = (await this.deps.queue.positionOf(caseId)) ?? 1;
    await this.tellCustomer(released, { type: 'agent.released', position });
    await this.showChange(released, 'The case is back in the queue.');
    this.announcePositionsLater();
    return { outcome: 'done', handoffCase: released };
  }

  /** An agent wrote in a case's thread: relayed only when they hold the case. */
  async agentWrote(threadId: string, agent: Agent, text: string): Promise<AgentActionResult | undefined> {
    const handoffCase = await this.deps.queue.caseOfThread(threadId);
    if (!handoffCase) return undefined;
    if (handoffCase.status !== 'accepted') {
      const reason =
        handoffCase.status === 'queued' ? 'accept the case first: only the accepting agent chats with the customer' : `the case is ${handoffCase.status}`;
      return { outcome: 'refused', reason, handoffCase };
    }
    if (handoffCase.agent?.id !== agent.id) {
      return { outcome: 'refused', reason: `${handoffCase.agent?.name ?? 'another agent'} holds this case; your message was not passed on`, handoffCase };
    }
    // Hard rule 1 holds for agents too: nothing password-like reaches the chat or its transcript.
    if (redactSecrets(text).containsSecret) {
      return { outcome: 'refused', reason: 'it looks like it contains a password or another secret, which must never be sent in chat', handoffCase };
    }
    let said: Reply[];
    try {
      said = await this.deps.customers.notify(handoffCase.conversationKey, { type: 'agent.message', agentName: firstName(agent.name), text });
    } catch (error) {
      this.deps.logger.error({ err: error, caseId: handoffCase.caseId }, 'agent message could not be delivered');
      return { outcome: 'refused', reason: 'it could not be delivered to the customer just now; please send it again', handoffCase };
    }
    if (!said.some((reply) => reply.key === 'handoff.agentMessage')) {
      return { outcome: 'refused', reason: 'the customer is no longer in this chat', handoffCase };
    }
    return { outcome: 'done', handoffCase };
  }

  /** A contact centre on the handoff protocol reported on the conversation's case. */
  async contactCentreStatus(conversationKey: string, state: 'accepted' | 'failed' | 'completed', agentName?: string): Promise<void> {
    const open = await this.deps.queue.openCaseOf(conversationKey);
    if (!open) return;
    const agent: Agent = { id: CONTACT_CENTRE_ID, name: agentName ?? 'An agent' };
    if (state === 'accepted') await this.accept(open.caseId, agent);
    else if (state === 'completed') await this.end(open.caseId, CONTACT_CENTRE_ID);
    else if (await this.deps.queue.finish(open.caseId, 'abandoned', this.now(), { status: 'queued' })) {
      await this.tellCustomer(open, { type: 'handoff.offline' });
      this.announcePositionsLater();
    }
  }

  listQueued(): Promise<HandoffCase[]> {
    return this.deps.queue.listQueued();
  }

  listAcceptedBy(agentId: string): Promise<HandoffCase[]> {
    return this.deps.queue.listAcceptedBy(agentId);
  }

  caseOfThread(threadId: string): Promise<HandoffCase | undefined> {
    return this.deps.queue.caseOfThread(threadId);
  }

  getCase(caseId: string): Promise<HandoffCase | undefined> {
    return this.deps.queue.getCase(caseId);
  }

  /** The case as agents see it on its card. */
  async viewOf(caseId: string): Promise<CaseView | undefined> {
    const handoffCase = await this.deps.queue.getCase(caseId);
    return handoffCase && { handoffCase, transcript: await this.transcriptOf(handoffCase.conversationKey) };
  }

  // ---- Timers ----

  /** One pass over the queue: idle customers leave it, long waits are told once. Safe on every instance at once. */
  async sweep(): Promise<void> {
    const now = this.now();
    let removed = false;
    for (const queued of await this.deps.queue.listQueued()) {
      if (now - queued.lastCustomerAt >= this.deps.limits.idleMs) {
        // Conditional: the list was read a moment ago; an agent may have accepted since, or the customer written.
        const abandoned = await this.deps.queue.finish(queued.caseId, 'abandoned', now, { status: 'queued', idleSince: now - this.deps.limits.idleMs });
        if (!abandoned) continue;
        removed = true;
        this.deps.logger.info({ caseId: queued.caseId }, 'handoff abandoned: customer idle');
        await this.tellCustomer(abandoned, { type: 'handoff.idle' });
        await this.showChange(abandoned, 'The customer was idle too long and has been taken off the queue.');
      } else if (now - queued.requestedAt >= this.deps.limits.waitMs && queued.waitNoticeAt === undefined) {
        if (await this.deps.queue.markWaitNotice(queued.caseId, now)) {
          this.deps.logger.info({ caseId: queued.caseId }, 'handoff waiting too long');
          await this.tellCustomer(queued, { type: 'handoff.waitedTooLong' });
        }
      }
    }
    if (removed) await this.announcePositions();
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
  private announcePositionsLater(): void {
    setImmediate(() => {
      this.announcePositions().catch((error: unknown) => this.deps.logger.error({ err: error }, 'queue positions could not be announced'));
    });
  }

  private async tellCustomer(handoffCase: HandoffCase, event: ConversationEvent): Promise<void> {
    try {
      await this.deps.customers.notify(handoffCase.conversationKey, event);
    } catch (error) {
      this.deps.logger.error({ err: error, caseId: handoffCase.caseId, event: event.type }, 'customer could not be told');
    }
  }

  /** Updates the card for everyone and leaves a note in the thread; a channel failure never undoes the change. */
  private async showChange(handoffCase: HandoffCase, note: string): Promise<void> {
    const { channel } = this.deps;
    if (!channel) return;
    try {
      await channel.updateCase({ handoffCase, transcript: await this.transcriptOf(handoffCase.conversationKey) });
      await channel.postToThread(handoffCase, { note });
    } catch (error) {
      this.deps.logger.error({ err: error, caseId: handoffCase.caseId }, 'agents channel could not be updated');
    }
  }

  private async transcriptOf(conversationKey: string, latestText?: string): Promise<TranscriptLine[]> {
    const entries = await this.deps.transcripts.readTranscript(conversationKey);
    const lines: TranscriptLine[] = entries.flatMap((entry) => {
      const text = entry.activity.text;
      if (typeof text !== 'string' || text.trim() === '') return [];
      const speaker = (entry.activity.channelData as { speaker?: string } | undefined)?.speaker;
      const from = entry.direction === 'in' ? 'customer' : speaker ? 'agent' : 'bot';
      return [{ from, text: clip(text) } as TranscriptLine];
    });
    if (latestText !== undefined && latestText.trim() !== '') lines.push({ from: 'customer', text: clip(latestText) });
    return lines.slice(-CARD_TRANSCRIPT_LINES);
  }
}

/** Nobody chats live and nothing is pushed to the customer later: requests are recorded (terminal chat, evaluation). */
export const recordingDesk = (store: HandoffQueue & TranscriptLog, logger: Logger): HandoffDesk =>
  new HandoffDesk({
    queue: store,
    transcripts: store,
    customers: { notify: async () => [] },
    limits: { waitMs: Number.POSITIVE_INFINITY, idleMs: Number.POSITIVE_INFINITY },
    logger,
  });
