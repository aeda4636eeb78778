// The handoff case lifecycle as a table: every case state × every event, the step it makes (next
// state, the store write, the effects as data) or why it is refused or ignored. Then the timers that
// raise "waited too long" and "idle", and variations the table's one case per state does not show.
import { describe, expect, it } from 'vitest';
import type { AgentLine } from '../../src/handoff/agent-text.js';
import { caseStates, dueTimer, transition, type CaseEffect, type CaseEvent, type CaseState, type CaseWrite, type Step } from '../../src/handoff/lifecycle.js';
import type { Agent, HandoffCase } from '../../src/ports/handoff-queue.js';

const MINUTE = 60_000;
const AT = 100 * MINUTE;
const anna: Agent = { id: 'aad-anna', name: 'Anna Berg' };
const ben: Agent = { id: 'aad-ben', name: 'Ben Ode' };

const queued: HandoffCase = {
  caseId: 'C-AB2CD3',
  conversationKey: 'directline:c1',
  status: 'queued',
  reason: 'asked',
  slots: { need: 'reset_password' },
  shown: [],
  requestedAt: AT - 10 * MINUTE,
  lastCustomerAt: AT - 2 * MINUTE,
  threadId: '19:agents@thread.tacv2;messageid=1',
  cardActivityId: '1',
};
const accepted: HandoffCase = { ...queued, status: 'accepted', agent: anna, acceptedAt: AT - 4 * MINUTE };

const caseIn: Record<CaseState, HandoffCase | undefined> = {
  none: undefined,
  queued,
  accepted,
  closed: { ...accepted, status: 'closed', closedAt: AT - MINUTE },
  cancelled: { ...queued, status: 'cancelled', closedAt: AT - MINUTE },
  abandoned: { ...queued, status: 'abandoned', closedAt: AT - MINUTE },
};

const events = {
  request: { type: 'request', liveAgents: true, at: AT },
  postFailed: { type: 'postFailed', at: AT },
  customerWrote: { type: 'customerWrote', text: 'my order is for example.com', at: AT },
  cancel: { type: 'cancel', at: AT },
  accept: { type: 'accept', agent: anna, at: AT },
  end: { type: 'end', agentId: anna.id, at: AT },
  release: { type: 'release', agentId: anna.id },
  agentWrote: { type: 'agentWrote', agent: anna, text: 'Which order is it?', containsSecret: false },
  contactCentreFailed: { type: 'contactCentreFailed', at: AT },
  waitedTooLong: { type: 'waitedTooLong', at: AT },
  idle: { type: 'idle', at: AT, idleSince: AT - 15 * MINUTE },
} satisfies { [T in CaseEvent['type']]: Extract<CaseEvent, { type: T }> };

const moved = (next: CaseState, write: CaseWrite | undefined, effects: CaseEffect[]): Step => ({
  outcome: 'moved',
  next,
  ...(write ? { write } : {}),
  effects,
});
const refused = (reason: AgentLine): Step => ({ outcome: 'refused', reason });
const ignored: Step = { outcome: 'ignored' };
const caseIs = (status: string) => refused({ key: 'agents.refused.caseIs', values: { status } });

const showChange = (note: AgentLine): CaseEffect => ({ type: 'showChange', note });
const announce: CaseEffect = { type: 'announcePositions' };
const tell = (event: Extract<CaseEffect, { type: 'tellCustomer' }>['event']): CaseEffect => ({ type: 'tellCustomer', event });
const requestLog = { conversationKey: queued.conversationKey, reason: 'asked' };

/** Each event's row: the step from each state. */
const table: { [E in keyof typeof events]: Record<CaseState, Step> } = {
  request: {
    none: ignored,
    queued: moved('queued', undefined, []),
    accepted: moved('accepted', undefined, []),
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
  postFailed: {
    none: ignored,
    queued: moved('cancelled', { type: 'finish', status: 'cancelled', at: AT }, []),
    accepted: moved('cancelled', { type: 'finish', status: 'cancelled', at: AT }, []),
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
  customerWrote: {
    none: ignored,
    queued: moved('queued', { type: 'touchCustomer', at: AT }, [{ type: 'postCustomerWords', text: 'my order is for example.com' }]),
    accepted: moved('accepted', { type: 'touchCustomer', at: AT }, [{ type: 'postCustomerWords', text: 'my order is for example.com' }]),
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
  cancel: {
    none: ignored,
    queued: moved('cancelled', { type: 'finish', status: 'cancelled', at: AT, only: { status: 'queued' } }, [
      showChange({ key: 'agents.note.customerWithdrew', values: {} }),
      announce,
    ]),
    accepted: moved('cancelled', { type: 'finish', status: 'cancelled', at: AT, only: { status: 'accepted' } }, [
      showChange({ key: 'agents.note.customerLeft', values: {} }),
      announce,
    ]),
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
  accept: {
    none: caseIs('unknown'),
    queued: moved('accepted', { type: 'accept', agent: anna, at: AT }, [
      { type: 'countAccepted', waitedSeconds: 600 },
      { type: 'log', message: 'handoff accepted', fields: { agentId: anna.id } },
      tell({ type: 'agent.joined', agentName: 'Anna' }),
      showChange({ key: 'agents.note.accepted', values: { agent: 'Anna Berg', firstName: 'Anna' } }),
      announce,
    ]),
    accepted: refused({ key: 'agents.refused.alreadyAccepted', values: { agent: 'Anna Berg' } }),
    closed: caseIs('closed'),
    cancelled: caseIs('cancelled'),
    abandoned: caseIs('abandoned'),
  },
  end: {
    none: caseIs('unknown'),
    queued: caseIs('queued'),
    accepted: moved('closed', { type: 'finish', status: 'closed', at: AT, only: { status: 'accepted', agentId: anna.id } }, [
      { type: 'countClosed', chatSeconds: 240 },
      tell({ type: 'agent.ended', agentName: 'Anna' }),
      showChange({ key: 'agents.note.ended', values: { agent: 'Anna Berg' } }),
    ]),
    closed: caseIs('closed'),
    cancelled: caseIs('cancelled'),
    abandoned: caseIs('abandoned'),
  },
  release: {
    none: refused({ key: 'agents.refused.notHeld', values: {} }),
    queued: refused({ key: 'agents.refused.notHeld', values: {} }),
    accepted: moved('queued', { type: 'release', agentId: anna.id }, [
      { type: 'tellCustomerTheirPlace' },
      showChange({ key: 'agents.note.released', values: {} }),
      announce,
    ]),
    closed: refused({ key: 'agents.refused.notHeld', values: {} }),
    cancelled: refused({ key: 'agents.refused.notHeld', values: {} }),
    abandoned: refused({ key: 'agents.refused.notHeld', values: {} }),
  },
  agentWrote: {
    none: caseIs('unknown'),
    queued: refused({ key: 'agents.refused.acceptFirst', values: {} }),
    accepted: moved('accepted', undefined, [{ type: 'deliverAgentMessage', agentName: 'Anna', text: 'Which order is it?' }]),
    closed: caseIs('closed'),
    cancelled: caseIs('cancelled'),
    abandoned: caseIs('abandoned'),
  },
  contactCentreFailed: {
    none: ignored,
    queued: moved('abandoned', { type: 'finish', status: 'abandoned', at: AT, only: { status: 'queued' } }, [tell({ type: 'handoff.offline' }), announce]),
    accepted: ignored,
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
  waitedTooLong: {
    none: ignored,
    queued: moved('queued', { type: 'markWaitNotice', at: AT }, [
      { type: 'log', message: 'handoff waiting too long', fields: {} },
      tell({ type: 'handoff.waitedTooLong' }),
    ]),
    accepted: ignored,
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
  idle: {
    none: ignored,
    queued: moved('abandoned', { type: 'finish', status: 'abandoned', at: AT, only: { status: 'queued', idleSince: AT - 15 * MINUTE } }, [
      { type: 'log', message: 'handoff abandoned: customer idle', fields: {} },
      tell({ type: 'handoff.idle' }),
      showChange({ key: 'agents.note.customerIdle', values: {} }),
      announce,
    ]),
    accepted: ignored,
    closed: ignored,
    cancelled: ignored,
    abandoned: ignored,
  },
};

const cells = Object.entries(table).flatMap(([event, row]) =>
  caseStates.map((state) => ({ state, event: event as keyof typeof events, expected: row[state] })),
);

describe('the handoff case lifecycle: every state × every event', () => {
  it('has a row for every event and a cell for every state', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(events).sort());
    expect(cells).toHaveLength(caseStates.length * Object.keys(events).length);
  });

  it.each(cells)('$event when $state', ({ state, event, expected }) => {
    expect(transition(caseIn[state], events[event])).toEqual(expected);
  });
});

describe('the handoff case lifecycle: variations', () => {
  it('a request with nobody to chat live closes the case at once and counts it', () => {
    const offline = { ...events.request, liveAgents: false };

    expect(transition(queued, offline)).toEqual(
      moved('closed', { type: 'finish', status: 'closed', at: AT }, [
        { type: 'countEscalation', reason: 'asked' },
        { type: 'log', message: 'handoff recorded; no agents online', fields: requestLog },
      ]),
    );
  });

  it('a request whose case is not on the agents’ channel yet posts it and counts it', () => {
    const { threadId: _thread, cardActivityId: _card, ...unposted } = queued;

    expect(transition(unposted, events.request)).toEqual(
      moved('queued', undefined, [
        { type: 'postCase' },
        { type: 'countEscalation', reason: 'asked' },
        { type: 'log', message: 'handoff case posted', fields: requestLog },
      ]),
    );
  });

  it('tells a long wait only once', () => {
    expect(transition({ ...queued, waitNoticeAt: AT - MINUTE }, events.waitedTooLong)).toEqual(ignored);
  });

  it('lets only the agent holding a case end it, release it or write to its customer', () => {
    expect(transition(accepted, { ...events.end, agentId: ben.id })).toEqual(refused({ key: 'agents.refused.onlyHolderEnds', values: { agent: 'Anna Berg' } }));
    expect(transition(accepted, { ...events.release, agentId: ben.id })).toEqual(refused({ key: 'agents.refused.notHeld', values: {} }));
    expect(transition(accepted, { ...events.agentWrote, agent: ben })).toEqual(
      refused({ key: 'agents.refused.heldByAnother', values: { agent: 'Anna Berg' } }),
    );
  });

  it('never relays an agent’s message that looks like it holds a secret', () => {
    expect(transition(accepted, { ...events.agentWrote, containsSecret: true })).toEqual(refused({ key: 'agents.refused.secret', values: {} }));
  });

  it('counts no chat time for a case that has no acceptance time', () => {
    const { acceptedAt: _acceptedAt, ...neverTimed } = accepted;
    const step = transition(neverTimed, events.end);

    expect(step.outcome === 'moved' && step.effects.map((effect) => effect.type)).toEqual(['tellCustomer', 'showChange']);
  });
});

describe('the handoff timers', () => {
  const limits = { waitMs: 5 * MINUTE, idleMs: 15 * MINUTE };

  it('raises nothing before either limit', () => {
    expect(dueTimer({ ...queued, requestedAt: AT - MINUTE, lastCustomerAt: AT - MINUTE }, AT, limits)).toBeUndefined();
  });

  it('raises "waited too long" at the wait limit, once', () => {
    const waiting = { ...queued, requestedAt: AT - 5 * MINUTE, lastCustomerAt: AT - MINUTE };

    expect(dueTimer(waiting, AT, limits)).toEqual({ type: 'waitedTooLong', at: AT });
    expect(dueTimer({ ...waiting, waitNoticeAt: AT - 1 }, AT, limits)).toBeUndefined();
  });

  it('raises "idle" at the idle limit, before a long wait, with the time the customer must not have written since', () => {
    expect(dueTimer({ ...queued, requestedAt: AT - 30 * MINUTE, lastCustomerAt: AT - 15 * MINUTE }, AT, limits)).toEqual({
      type: 'idle',
      at: AT,
      idleSince: AT - 15 * MINUTE,
    });
  });
});
