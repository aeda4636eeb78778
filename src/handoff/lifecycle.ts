// The life of a handoff case as one pure function: given the case as the store last had it (or none)
// and what just happened, the step says where the case goes, the one conditional store write that
// moves it there, and what must follow as data (tell the customer, show the agents, count it). It
// reads no clock and does no I/O: times arrive inside events. The desk's parts (customer-side.ts,
// agent-actions.ts, sweeper.ts) perform the steps; the store's conditional writes settle races.
import type { ConversationEvent } from '../../machines/events.js';
import type { Agent, FinishCondition, HandoffCase, HandoffCaseStatus } from '../ports/handoff-queue.js';
import { line, type AgentLine } from './agent-text.js';

/** `none`: the conversation has no open case, or no case has the id asked for. */
export type CaseState = 'none' | HandoffCaseStatus;

export const caseStates: readonly CaseState[] = ['none', 'queued', 'accepted', 'closed', 'cancelled', 'abandoned'];

export type CaseEvent =
  /** The customer asked for a person; stepped on the case as opened (openCase returns the open one if any). */
  | { type: 'request'; liveAgents: boolean; at: number }
  /** The agents' channel could not show the new case. */
  | { type: 'postFailed'; at: number }
  /** The customer wrote while waiting or chatting (secrets masked). */
  | { type: 'customerWrote'; text: string; at: number }
  | { type: 'cancel'; at: number }
  | { type: 'accept'; agent: Agent; at: number }
  | { type: 'end'; agentId: string; at: number }
  | { type: 'release'; agentId: string }
  | { type: 'agentWrote'; agent: Agent; text: string; containsSecret: boolean }
  /** A contact centre on the handoff protocol could not take the case. */
  | { type: 'contactCentreFailed'; at: number }
  | { type: 'waitedTooLong'; at: number }
  /** The customer has not written since `idleSince`. */
  | { type: 'idle'; at: number; idleSince: number };

/** The one store update a step makes; conditional, so a case that changed meanwhile is not overwritten. */
export type CaseWrite =
  | { type: 'accept'; agent: Agent; at: number }
  | { type: 'release'; agentId: string }
  | { type: 'finish'; status: 'closed' | 'cancelled' | 'abandoned'; at: number; only?: FinishCondition }
  | { type: 'touchCustomer'; at: number }
  | { type: 'markWaitNotice'; at: number };

/** What follows a step, in order, once its write has succeeded. */
export type CaseEffect =
  /** Show the new case to the agents with its transcript, and record where its card went. */
  | { type: 'postCase' }
  | { type: 'postCustomerWords'; text: string }
  | { type: 'tellCustomer'; event: ConversationEvent }
  /** agent.released, with the place the case is back at (known only once it is back). */
  | { type: 'tellCustomerTheirPlace' }
  /** An agent's words for the customer; whether they arrived decides the action's outcome. */
  | { type: 'deliverAgentMessage'; agentName: string; text: string }
  /** Update the card for everyone and leave a note in the thread. */
  | { type: 'showChange'; note: AgentLine }
  | { type: 'announcePositions' }
  | { type: 'countEscalation'; reason: string }
  | { type: 'countAccepted'; waitedSeconds: number }
  | { type: 'countClosed'; chatSeconds: number }
  | { type: 'log'; message: string; fields: Readonly<Record<string, string>> };

export type Step =
  | { outcome: 'moved'; next: CaseState; write?: CaseWrite; effects: CaseEffect[] }
  /** An agent may not do this now; the reason is for them. */
  | { outcome: 'refused'; reason: AgentLine }
  /** Nothing to do: the event does not apply to the case as it stands. */
  | { outcome: 'ignored' };

export type HandoffLimits = {
  /** Queued this long without an agent: the customer is offered another route. */
  waitMs: number;
  /** No word from a queued customer this long: the case leaves the queue. */
  idleMs: number;
};

/** How the customer is told who joined: the first word of the agent's name. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] || 'An agent';

const stateOf = (handoffCase: HandoffCase | undefined): CaseState => handoffCase?.status ?? 'none';

const isOpen = (state: CaseState): state is 'queued' | 'accepted' => state === 'queued' || state === 'accepted';

/** The agent holding an accepted case. */
const holderOf = (handoffCase: HandoffCase | undefined): Agent | undefined => (handoffCase?.status === 'accepted' ? handoffCase.agent : undefined);

const moved = (next: CaseState, write: CaseWrite | undefined, effects: CaseEffect[]): Step => ({
  outcome: 'moved',
  next,
  ...(write ? { write } : {}),
  effects,
});
const refused = (reason: AgentLine): Step => ({ outcome: 'refused', reason });
const ignored: Step = { outcome: 'ignored' };
const caseIs = (state: CaseState): Step => refused(line('agents.refused.caseIs', { status: state === 'none' ? 'unknown' : state }));

/** The next step of `handoffCase` (undefined: there is none) on `event`. */
export function transition(handoffCase: HandoffCase | undefined, event: CaseEvent): Step {
  const state = stateOf(handoffCase);
  const holder = holderOf(handoffCase);
  switch (event.type) {
    case 'request': {
      if (!handoffCase || !isOpen(state)) return ignored;
      const fields = { conversationKey: handoffCase.conversationKey, reason: handoffCase.reason };
      if (!event.liveAgents) {
        // Recorded for the team and closed at once: nobody will accept it in chat, and the customer
        // has been given the route to take instead.
        const effects: CaseEffect[] = [
          { type: 'countEscalation', reason: handoffCase.reason },
          { type: 'log', message: 'handoff recorded; no agents online', fields },
        ];
        return moved('closed', { type: 'finish', status: 'closed', at: event.at }, effects);
      }
      // Already on the agents' channel (asked again, or by another instance at the same time).
      if (handoffCase.threadId !== undefined) return moved(state, undefined, []);
      return moved(state, undefined, [
        { type: 'postCase' },
        { type: 'countEscalation', reason: handoffCase.reason },
        { type: 'log', message: 'handoff case posted', fields },
      ]);
    }
    case 'postFailed':
      // Agents never saw it: the case must not sit in the queue where nobody will look.
      return isOpen(state) ? moved('cancelled', { type: 'finish', status: 'cancelled', at: event.at }, []) : ignored;
    case 'customerWrote':
      return isOpen(state) ? moved(state, { type: 'touchCustomer', at: event.at }, [{ type: 'postCustomerWords', text: event.text }]) : ignored;
    case 'cancel': {
      if (state === 'queued') {
        return moved('cancelled', { type: 'finish', status: 'cancelled', at: event.at, only: { status: 'queued' } }, [
          { type: 'showChange', note: line('agents.note.customerWithdrew') },
          { type: 'announcePositions' },
        ]);
      }
      if (state === 'accepted') {
        return moved('cancelled', { type: 'finish', status: 'cancelled', at: event.at, only: { status: 'accepted' } }, [
          { type: 'showChange', note: line('agents.note.customerLeft') },
          { type: 'announcePositions' },
        ]);
      }
      return ignored;
    }
    case 'accept': {
      if (state === 'accepted' && holder) return refused(line('agents.refused.alreadyAccepted', { agent: holder.name }));
      if (state !== 'queued') return caseIs(state);
      const { agent, at } = event;
      return moved('accepted', { type: 'accept', agent, at }, [
        { type: 'countAccepted', waitedSeconds: (at - handoffCase!.requestedAt) / 1000 },
        { type: 'log', message: 'handoff accepted', fields: { agentId: agent.id } },
        { type: 'tellCustomer', event: { type: 'agent.joined', agentName: firstName(agent.name) } },
        { type: 'showChange', note: line('agents.note.accepted', { agent: agent.name, firstName: firstName(agent.name) }) },
        { type: 'announcePositions' },
      ]);
    }
    case 'end': {
      if (!holder) return caseIs(state);
      if (holder.id !== event.agentId) return refused(line('agents.refused.onlyHolderEnds', { agent: holder.name }));
      const acceptedAt = handoffCase!.acceptedAt;
      return moved('closed', { type: 'finish', status: 'closed', at: event.at, only: { status: 'accepted', agentId: holder.id } }, [
        ...(acceptedAt === undefined ? [] : [{ type: 'countClosed' as const, chatSeconds: (event.at - acceptedAt) / 1000 }]),
        { type: 'tellCustomer', event: { type: 'agent.ended', agentName: firstName(holder.name) } },
        { type: 'showChange', note: line('agents.note.ended', { agent: holder.name }) },
      ]);
    }
    case 'release':
      if (holder?.id !== event.agentId) return refused(line('agents.refused.notHeld'));
      return moved('queued', { type: 'release', agentId: event.agentId }, [
        { type: 'tellCustomerTheirPlace' },
        { type: 'showChange', note: line('agents.note.released') },
        { type: 'announcePositions' },
      ]);
    case 'agentWrote':
      if (state === 'queued') return refused(line('agents.refused.acceptFirst'));
      if (!holder) return caseIs(state);
      if (holder.id !== event.agent.id) return refused(line('agents.refused.heldByAnother', { agent: holder.name }));
      // Hard rule 1 holds for agents too: nothing password-like reaches the chat or its transcript.
      if (event.containsSecret) return refused(line('agents.refused.secret'));
      return moved('accepted', undefined, [{ type: 'deliverAgentMessage', agentName: firstName(event.agent.name), text: event.text }]);
    case 'contactCentreFailed':
      if (state !== 'queued') return ignored;
      return moved('abandoned', { type: 'finish', status: 'abandoned', at: event.at, only: { status: 'queued' } }, [
        { type: 'tellCustomer', event: { type: 'handoff.offline' } },
        { type: 'announcePositions' },
      ]);
    case 'waitedTooLong':
      if (state !== 'queued' || handoffCase!.waitNoticeAt !== undefined) return ignored;
      return moved('queued', { type: 'markWaitNotice', at: event.at }, [
        { type: 'log', message: 'handoff waiting too long', fields: {} },
        { type: 'tellCustomer', event: { type: 'handoff.waitedTooLong' } },
      ]);
    case 'idle':
      if (state !== 'queued') return ignored;
      return moved('abandoned', { type: 'finish', status: 'abandoned', at: event.at, only: { status: 'queued', idleSince: event.idleSince } }, [
        { type: 'log', message: 'handoff abandoned: customer idle', fields: {} },
        { type: 'tellCustomer', event: { type: 'handoff.idle' } },
        { type: 'showChange', note: line('agents.note.customerIdle') },
        { type: 'announcePositions' },
      ]);
  }
}

/** The timer due on a queued case at `now`, if any: an idle customer leaves; a long wait is told once. */
export function dueTimer(handoffCase: HandoffCase, now: number, limits: HandoffLimits): CaseEvent | undefined {
  if (now - handoffCase.lastCustomerAt >= limits.idleMs) return { type: 'idle', at: now, idleSince: now - limits.idleMs };
  if (now - handoffCase.requestedAt >= limits.waitMs && handoffCase.waitNoticeAt === undefined) return { type: 'waitedTooLong', at: now };
  return undefined;
}
