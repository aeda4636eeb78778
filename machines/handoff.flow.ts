// Handing the chat to a person. The handoff port (src/handoff) decides what "a person" is: for now a
// recorded request; later an agent in Teams or a contact centre.
import { absorbMessage, restart, say, showOutcome, warnIfSecret } from './actions.js';
import { asksSomethingElse, choseOption } from './guards.js';
import { supportSetup } from './setup.js';

export const handoff = supportSetup.createStateConfig({
  description: 'A person takes over; the bot tells the customer honestly where their request stands.',
  initial: 'requesting',
  states: {
    requesting: {
      description: 'Passes the case (reason, what is known, outcomes shown) to the handoff port.',
      entry: {
        type: 'requestHandoff',
        params: ({ context }) => ({ reason: context.handoffReason ?? 'asked', slots: context.slots, shown: context.shown }),
      },
      on: { 'handoff.recorded': 'queued', 'handoff.failed': 'unavailable' },
    },
    queued: {
      description: 'The request is with the team; the customer may keep typing, cancel or start over.',
      tags: 'waiting',
      entry: showOutcome('handoff', 'handoff.queued'),
      on: {
        'user.message': { actions: [warnIfSecret, say('handoff.stillQueued')] },
        'user.agent': { actions: say('handoff.stillQueued') },
        'user.back': { actions: say('handoff.stillQueued') },
        'user.cancel': 'leaving',
        'user.startOver': 'leaving',
      },
    },
    leaving: {
      description: 'Withdraws the request before returning to the bot.',
      entry: 'cancelHandoff',
      on: { 'handoff.withdrawn': 'cancelled' },
    },
    cancelled: {
      description: 'Back with the bot, from the beginning.',
      entry: [restart, say('handoff.cancelled')],
      always: '#support.triage.askingNeed',
    },
    unavailable: {
      description: 'The request could not be recorded: says so, with the email route, and offers to retry.',
      tags: 'waiting',
      entry: say('handoff.unavailable'),
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
