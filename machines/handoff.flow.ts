// Handing the chat to a person. The handoff port (src/handoff) decides who that is: agents in a Teams
// channel, a contact centre speaking the Bot Framework handoff protocol, or a recorded request when no
// agent can chat live. Whatever it is, the customer always knows where they stand and has a route.
import type { KeyOf } from './keys.js';
import { exit, statesOf } from './states.js';
import { supportSetup } from './setup.js';

export { routeKey } from './handoff-case.js';

const { say, showOutcome } = statesOf('handoff');
const sayWithPosition = (key: KeyOf<'handoff'>) => ({ type: 'sayWithPosition', params: { key } }) as const;
const sayWithAgent = (key: KeyOf<'handoff'>) => ({ type: 'sayWithAgent', params: { key } }) as const;

/** The customer's words go to the queue or the agent; a secret is masked first and the customer warned. */
const relay = ['warnIfSecret', 'relayToAgent'] as const;

export const handoff = supportSetup.createStateConfig({
  description: 'A person takes over; the bot tells the customer honestly where their request stands.',
  initial: 'requesting',
  states: {
    requesting: {
      description: 'Passes the case (reason, what is known, outcomes shown, redacted transcript) to the handoff port.',
      entry: 'requestHandoffOfCase',
      on: {
        'handoff.queued': { target: 'queued', actions: ['rememberCase', 'showQueued'] },
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
        'user.cancel': 'leaving',
        'user.startOver': 'leaving',
        'handoff.position': { guard: 'positionChanged', actions: ['rememberPosition', sayWithPosition('handoff.position')] },
        'handoff.idle': { target: 'ended', actions: say('handoff.idleRemoved') },
        // A contact centre declined the case (handoff protocol "failed").
        'handoff.offline': { target: 'offline', actions: say('handoff.offline') },
        'agent.joined': { target: 'withAgent', actions: ['rememberAgent', sayWithAgent('handoff.agentJoined')] },
        'handoff.relayFailed': { actions: say('handoff.relayFailed') },
        'handoff.caseEnded': { target: 'ended', actions: say('handoff.caseEnded') },
      },
      onDone: 'leavingForRoute',
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
              { guard: { type: 'choseOption', params: 'keep_waiting' }, target: 'waiting', actions: ['relayToAgent', sayWithPosition('handoff.keepWaiting')] },
              { guard: { type: 'choseOption', params: 'other_route' }, target: 'choseOtherRoute' },
              { actions: [...relay, sayWithPosition('handoff.stillQueued')] },
            ],
          },
        },
        choseOtherRoute: {
          description: 'The customer would rather take the other route than wait: the queue is left (handoff.leavingForRoute).',
          type: 'final',
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
        'agent.message': { actions: 'sayAgentMessage' },
        'agent.released': { target: 'queued', actions: [sayWithAgent('handoff.agentReleased'), 'rememberPosition', sayWithPosition('handoff.position')] },
        'agent.ended': { target: 'ended', actions: sayWithAgent('handoff.agentEnded') },
        'handoff.relayFailed': { actions: say('handoff.relayFailed') },
        'handoff.caseEnded': { target: 'ended', actions: say('handoff.caseEnded') },
      },
    },
    leaving: {
      description: 'Withdraws the request (or ends the agent chat) before returning to the bot.',
      entry: 'cancelHandoff',
      on: { 'handoff.withdrawn': 'cancelled' },
    },
    cancelled: {
      description: 'Back with the bot, from the beginning.',
      entry: ['restart', say('handoff.cancelled')],
      always: 'thenAskingNeed',
    },
    leavingForRoute: {
      description: 'The customer chose the other route over waiting: leaves the queue, then shows the route.',
      entry: 'cancelHandoff',
      on: { 'handoff.withdrawn': { target: 'ended', actions: 'sayRoute' } },
    },
    offline: {
      description: 'Recorded, but no agent can chat live: says so honestly, with the route that fits the case.',
      entry: 'sayRoute',
      always: 'ended',
    },
    ended: {
      description: 'The person part is over: the customer is back with the bot, which asks what else it can do.',
      tags: 'waiting',
      entry: ['clearNeed', 'forgetCase', say('handoff.anythingElse')],
      on: {
        'user.message': { target: 'thenDeciding', actions: 'absorbMessage' },
      },
    },
    unavailable: {
      description: 'The request could not be passed on: says so, with the route, and offers to retry.',
      tags: 'waiting',
      entry: [say('handoff.unavailable'), 'sayRoute'],
      on: {
        'user.message': [
          { guard: { type: 'choseOption', params: 'retry' }, target: 'requesting' },
          { guard: { type: 'choseOption', params: 'start_over' }, target: 'thenStartingOver' },
          { guard: 'asksSomethingElse', target: 'thenDeciding', actions: 'absorbMessage' },
          { target: 'unavailable', reenter: true, actions: 'warnIfSecret' },
        ],
        'user.agent': 'requesting',
      },
    },
    thenDeciding: exit('deciding'),
    thenStartingOver: exit('startingOver'),
    thenAskingNeed: exit('triage.askingNeed'),
  },
});
