// The whole conversation: greeting, routing on what is known, the flows, and the global escapes
// ("a person", "start over", "back") that work from anywhere. Each flow ends in a final state named
// after where the conversation goes next; its `onDone` here goes there.
import { feedback } from './feedback.flow.js';
import type { FlowExit } from './guards.js';
import { access } from './access.flow.js';
import { handoff } from './handoff.flow.js';
import { reset } from './reset.flow.js';
import { supportSetup, initialContext } from './setup.js';
import { statesOf } from './states.js';
import { triage } from './triage.flow.js';

/** Bump when a stored snapshot of the previous version could no longer be restored correctly. */
export const SUPPORT_MACHINE_VERSION = 2;

const { say } = statesOf('conversation');

/** Where the conversation goes once a flow is over: the exits it can end in, `deciding` when none other. */
const afterFlow = (...exits: Exclude<FlowExit, 'deciding'>[]) => [
  ...exits.map((to) => ({ guard: { type: 'flowEndedIn', params: to }, target: to }) as const),
  { target: 'deciding' } as const,
];

export const supportMachine = supportSetup.createMachine({
  id: 'support',
  context: initialContext,
  initial: 'start',
  on: {
    'user.agent': { target: '.handoff', actions: { type: 'handOffBecause', params: 'asked' } },
    'user.startOver': '.startingOver',
    'user.cancel': '.startingOver',
    'user.back': [{ guard: 'hasHistory', target: '.deciding', actions: 'goBack' }, { actions: say('common.nothingToGoBack') }],
  },
  states: {
    start: {
      description: 'Nothing has happened yet: the chat opens, or the customer speaks first.',
      on: {
        'session.started': 'greeting',
        'user.back': 'greeting',
        'user.message': { target: 'deciding', actions: 'absorbMessage' },
      },
    },
    greeting: {
      description: 'Introduces the bot, then asks what the customer needs.',
      entry: say('common.welcome'),
      always: 'triage.askingNeed',
    },
    startingOver: {
      description: 'Forgets everything about this conversation and asks afresh.',
      entry: ['restart', say('common.startOver')],
      always: 'triage.askingNeed',
    },
    deciding: {
      description: 'Routes on what is known: the first thing still missing is asked, or a flow takes over.',
      always: [
        { guard: 'isStuck', target: 'handoff', actions: 'handOffStuck' },
        { guard: { type: 'needIs', params: 'human' }, target: 'handoff', actions: { type: 'handOffBecause', params: 'asked' } },
        { guard: 'asksOutsideSources', target: 'handoff', actions: 'handOffOutsideSources' },
        { guard: 'loginTroubleUnclear', target: 'triage.clarifyingLogin' },
        { guard: 'needGuessed', target: 'triage.confirmingNeed' },
        { guard: 'asksForClientsAccount', target: 'access.refusingClientReset' },
        { guard: { type: 'slotUnknown', params: 'need' }, target: 'triage.askingNeed' },
        { guard: { type: 'needIs', params: 'codesign_password' }, target: 'triage.codesignPassword' },
        { guard: { type: 'needIs', params: 'recover_username' }, target: 'triage.usernameRecovery' },
        { guard: { type: 'needIs', params: 'reset_password' }, target: 'reset' },
        { target: 'access' },
      ],
    },
    triage: { ...triage, onDone: afterFlow('feedback') },
    access: { ...access, onDone: afterFlow('feedback') },
    reset: { ...reset, onDone: afterFlow('feedback', 'handoff') },
    feedback: { ...feedback, onDone: afterFlow('handoff', 'startingOver') },
    handoff: { ...handoff, onDone: afterFlow('startingOver', 'triage.askingNeed') },
  },
});
