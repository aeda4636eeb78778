// The whole conversation: greeting, routing on what is known, the flows, and the global escapes
// ("a person", "start over", "back") that work from anywhere.
import { access } from './access.flow.js';
import { absorbMessage, goBack, handOffBecause, restart, say } from './actions.js';
import { initialContext } from './context.js';
import { feedback } from './feedback.flow.js';
import { handoff } from './handoff.flow.js';
import { reset } from './reset.flow.js';
import { supportSetup } from './setup.js';
import { triage } from './triage.flow.js';

/** Bump when a stored snapshot of the previous version could no longer be restored correctly. */
export const SUPPORT_MACHINE_VERSION = 2;

export const supportMachine = supportSetup.createMachine({
  id: 'support',
  context: initialContext,
  initial: 'start',
  on: {
    'user.agent': { target: '.handoff', actions: handOffBecause('asked') },
    'user.startOver': '.startingOver',
    'user.cancel': '.startingOver',
    'user.back': [
      { guard: 'hasHistory', target: '.deciding', actions: goBack },
      { actions: say('common.nothingToGoBack') },
    ],
  },
  states: {
    start: {
      description: 'Nothing has happened yet: the chat opens, or the customer speaks first.',
      on: {
        'session.started': 'greeting',
        'user.back': 'greeting',
        'user.message': { target: 'deciding', actions: absorbMessage() },
      },
    },
    greeting: {
      description: 'Introduces the bot, then asks what the customer needs.',
      entry: say('common.welcome'),
      always: 'triage.askingNeed',
    },
    startingOver: {
      description: 'Forgets everything about this conversation and asks afresh.',
      entry: [restart, say('common.startOver')],
      always: 'triage.askingNeed',
    },
    deciding: {
      description: 'Routes on what is known: the first thing still missing is asked, or a flow takes over.',
      always: [
        { guard: 'isStuck', target: 'handoff', actions: [say('handoff.stuck'), handOffBecause('stuck')] },
        { guard: { type: 'needIs', params: 'human' }, target: 'handoff', actions: handOffBecause('asked') },
        {
          guard: ({ context }) => context.slots.need === undefined && context.slots.loginTrouble === true,
          target: 'triage.clarifyingLogin',
        },
        {
          guard: ({ context }) => context.slots.need === undefined && context.guessedNeed !== undefined,
          target: 'triage.confirmingNeed',
        },
        // Hard rule 5 turns on whose account it is, not the role: a client's password or reset is refused
        // ("my client needs the password for her account"), a webmaster's own account is reset as usual.
        {
          guard: ({ context }) => context.slots.whoseAccount === 'client' && (context.slots.need === undefined || context.slots.need === 'reset_password'),
          target: 'access.refusingClientReset',
        },
        { guard: { type: 'needIs', params: undefined }, target: 'triage.askingNeed' },
        { guard: { type: 'needIs', params: 'codesign_password' }, target: 'triage.codesignPassword' },
        { guard: { type: 'needIs', params: 'recover_username' }, target: 'triage.usernameRecovery' },
        { guard: { type: 'needIs', params: 'reset_password' }, target: 'reset' },
        { target: 'access' },
      ],
    },
    triage,
    access,
    reset,
    feedback,
    handoff,
  },
});
