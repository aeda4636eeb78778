// Handing the chat to a person. The handoff port (src/handoff) decides who that is: agents in a Teams
// channel, a contact centre speaking the Bot Framework handoff protocol, or a recorded request when no
// agent can chat live. Whatever it is, the customer always knows where they stand and has a route.
import { assertEvent } from 'xstate';
import { absorbMessage, clearNeed, restart, say, showOutcome, warnIfSecret } from './actions.js';
import type { SupportContext } from './context.js';
import { asksSomethingElse, choseOption } from './guards.js';
import type { ContentKey } from './keys.js';
import { supportSetup, type HandoffRequest } from './setup.js';

/**
 * The case as agents get it. Asking for a person is the reason, not the need: the need shown is the
 * one the customer stated before asking ("I forgot my password", then "I want a person").
 */
export function handoffRequestOf(context: SupportContext): HandoffRequest {
  const waiting = context.pendingNeeds.filter((need) => need !== 'human');
  const stated = context.slots.need === 'human' || context.slots.need === undefined ? waiting[0] : context.slots.need;
  const need = stated ?? context.slots.need;
  const pendingNeeds = waiting.filter((pending) => pending !== need);
  return {
    reason: context.handoffReason ?? 'asked',
    slots: { ...context.slots, need },
    shown: context.shown,
    ...(pendingNeeds.length > 0 ? { pendingNeeds } : {}),
  };
}

/**
 * The way to reach the team without waiting in chat: E-PKI customers submit a ticket, direct customers
 * email from the account's administrative address, web-host customers (who have no account) go to
 * their host, everyone else emails.
 */
export const routeKey = (context: Pick<SupportContext, 'slots'>): ContentKey => {
  switch (context.slots.customerType) {
    case 'epki':
      return 'handoff.route.ticket';
    case 'direct':
      return 'handoff.route.direct';
    case 'web_host':
      return 'handoff.route.webHost';
    default:
      return 'handoff.route.email';
  }
};

const sayRoute = { type: 'say', params: ({ context }: { context: SupportContext }) => ({ key: routeKey(context) }) } as const;

const sayWithPosition = (key: ContentKey) =>
  ({
    type: 'say',
    params: ({ context }: { context: SupportContext }) => ({ key, values: { position: String(context.handoff?.position ?? 1) } }),
  }) as const;

const sayWithAgent = (key: ContentKey) =>
  ({
    type: 'say',
    params: ({ context }: { context: SupportContext }) => ({ key, values: { agent: context.handoff?.agentName ?? 'The agent' } }),
  }) as const;

const rememberPosition = supportSetup.assign({
  handoff: ({ context, event }) =>
    context.handoff && (event.type === 'handoff.position' || event.type === 'agent.released')
      ? { caseId: context.handoff.caseId, position: event.position }
      : context.handoff,
});

const forgetCase = supportSetup.assign({ handoff: () => undefined });

/** The customer's words go to the queue or the agent; a secret is masked first and the customer warned. */
const relay = [warnIfSecret, 'relayToAgent'] as const;

export const handoff = supportSetup.createStateConfig({
  description: 'A person takes over; the bot tells the customer honestly where their request stands.',
  initial: 'requesting',
  states: {
    requesting: {
      description: 'Passes the case (reason, what is known, outcomes shown, redacted transcript) to the handoff port.',
      entry: {
        type: 'requestHandoff',
        params: ({ context }) => handoffRequestOf(context),
      },
      on: {
        'handoff.queued': {
          target: 'queued',
          actions: [
            supportSetup.assign({
              handoff: ({ event }) => {
                assertEvent(event, 'handoff.queued');
                return { caseId: event.caseId, position: event.position };
              },
            }),
            {
              type: 'say',
              params: ({ event }) => {
                assertEvent(event, 'handoff.queued');
                return { key: 'handoff.queued', outcome: 'handoff', values: { position: String(event.position) } };
              },
            },
            supportSetup.assign({ shown: ({ context }) => [...context.shown, 'handoff' as const] }),
          ],
        },
        'handoff.offline': { target: 'offline', actions: showOutcome('handoff', 'handoff.offline') },
        'handoff.failed': 'unavailable',
      },
    },
    queued: {
      description: 'Waiting for an agent: the customer hears their place as it changes, and may leave.',
      initial: 'waiting',
      on: {
        'user.message': { actions: [...relay, sayWithPosition('handoff.stillQueued')] },
        'user.agent': { actions: sayWithPosition('handoff.stillQueued') },
        'user.back': { actions: sayWithPosition('handoff.stillQueued') },
        'user.cancel': '#support.handoff.leaving',
        'user.startOver': '#support.handoff.leaving',
        'handoff.position': {
          guard: ({ context, event }) => event.position !== context.handoff?.position,
          actions: [rememberPosition, sayWithPosition('handoff.position')],
        },
        'handoff.idle': { target: 'ended', actions: say('handoff.idleRemoved') },
        // A contact centre declined the case (handoff protocol "failed").
        'handoff.offline': { target: 'offline', actions: say('handoff.offline') },
        'agent.joined': {
          target: 'withAgent',
          actions: [
            supportSetup.assign({
              handoff: ({ context, event }) => {
                assertEvent(event, 'agent.joined');
                return { caseId: context.handoff?.caseId ?? '', agentName: event.agentName };
              },
            }),
            sayWithAgent('handoff.agentJoined'),
          ],
        },
        'handoff.relayFailed': { actions: say('handoff.relayFailed') },
        'handoff.caseEnded': { target: '#support.handoff.ended', actions: say('handoff.caseEnded') },
      },
      states: {
        waiting: {
          tags: 'waiting',
          on: { 'handoff.waitedTooLong': 'overdue' },
        },
        overdue: {
          description: 'Nobody has accepted in time: offers to keep waiting, or the route that fits the case.',
          tags: 'waiting',
          entry: say('handoff.waitTooLong'),
          on: {
            'user.message': [
              // Passed on as well: agents see the customer chose to wait, and it counts as not idle.
              { guard: choseOption('keep_waiting'), target: 'waiting', actions: ['relayToAgent', sayWithPosition('handoff.keepWaiting')] },
              { guard: choseOption('other_route'), target: '#support.handoff.leavingForRoute' },
              { actions: [...relay, sayWithPosition('handoff.stillQueued')] },
            ],
          },
        },
      },
    },
    withAgent: {
      description: 'An agent holds the chat: the bot relays both ways and says nothing about content.',
      tags: 'waiting',
      on: {
        'user.message': { actions: relay },
        // Said in words while talking to a person, "a person" or "go back" are meant for the agent.
        'user.agent': { actions: 'relayToAgent' },
        'user.back': { actions: 'relayToAgent' },
        'user.cancel': 'leaving',
        'user.startOver': 'leaving',
        'agent.message': {
          actions: {
            type: 'say',
            params: ({ event }) => {
              assertEvent(event, 'agent.message');
              return { key: 'handoff.agentMessage', values: { agent: event.agentName, text: event.text } };
            },
          },
        },
        'agent.released': { target: 'queued', actions: [sayWithAgent('handoff.agentReleased'), rememberPosition, sayWithPosition('handoff.position')] },
        'agent.ended': { target: 'ended', actions: sayWithAgent('handoff.agentEnded') },
        'handoff.relayFailed': { actions: say('handoff.relayFailed') },
        'handoff.caseEnded': { target: '#support.handoff.ended', actions: say('handoff.caseEnded') },
      },
    },
    leaving: {
      description: 'Withdraws the request (or ends the agent chat) before returning to the bot.',
      entry: 'cancelHandoff',
      on: { 'handoff.withdrawn': 'cancelled' },
    },
    cancelled: {
      description: 'Back with the bot, from the beginning.',
      entry: [restart, say('handoff.cancelled')],
      always: '#support.triage.askingNeed',
    },
    leavingForRoute: {
      description: 'The customer chose the other route over waiting: leaves the queue, then shows the route.',
      entry: 'cancelHandoff',
      on: { 'handoff.withdrawn': { target: 'ended', actions: sayRoute } },
    },
    offline: {
      description: 'Recorded, but no agent can chat live: says so honestly, with the route that fits the case.',
      entry: sayRoute,
      always: 'ended',
    },
    ended: {
      description: 'The person part is over: the customer is back with the bot, which asks what else it can do.',
      tags: 'waiting',
      entry: [clearNeed, forgetCase, supportSetup.assign({ misunderstood: 0, handoffReason: undefined }), say('handoff.anythingElse')],
      on: {
        'user.message': { target: '#support.deciding', actions: absorbMessage() },
      },
    },
    unavailable: {
      description: 'The request could not be passed on: says so, with the route, and offers to retry.',
      tags: 'waiting',
      entry: [say('handoff.unavailable'), sayRoute],
      on: {
        'user.message': [
          { guard: choseOption('retry'), target: 'requesting' },
          { guard: choseOption('start_over'), target: '#support.startingOver' },
          { guard: asksSomethingElse, target: '#support.deciding', actions: absorbMessage() },
          { target: 'unavailable', reenter: true, actions: warnIfSecret },
        ],
        'user.agent': 'requesting',
      },
    },
  },
});
