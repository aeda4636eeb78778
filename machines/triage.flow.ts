// Finding out what the customer needs, and the two needs answered without further questions.
import { absorbMessage } from './actions.js';
import { asksSomethingElse, saysNo, saysYes } from './guards.js';
import { confirmNeedKey } from './keys.js';
import { question, outcome } from './states.js';
import { supportSetup } from './setup.js';

export const triage = supportSetup.createStateConfig({
  description: 'What the customer needs, and the answers that need nothing more.',
  initial: 'askingNeed',
  states: {
    askingNeed: question('Asks what the customer needs, with a button per need.', 'triage.askNeed', 'need'),
    confirmingNeed: {
      description: 'A need read with low confidence: "Did you mean…?" with yes and no.',
      tags: 'waiting',
      entry: { type: 'say', params: ({ context }) => ({ key: confirmNeedKey(context.guessedNeed ?? 'human') }) },
      on: {
        'user.message': [
          {
            guard: ({ context, event }) => saysYes({ context, event }) && !asksSomethingElse({ context, event }),
            target: '#support.deciding',
            actions: supportSetup.assign(({ context }) => ({
              slots: { ...context.slots, need: context.guessedNeed },
              guessedNeed: undefined,
              history: [...context.history, context.slots],
            })),
          },
          { guard: saysNo, target: '#support.deciding', actions: supportSetup.assign({ guessedNeed: undefined }) },
          { target: '#support.deciding', actions: [supportSetup.assign({ guessedNeed: undefined }), absorbMessage()] },
        ],
      },
    },
    clarifyingLogin: question(
      'A bare "I can\'t log in": asks whether it is the password, the user name or the retired sign-on.',
      'triage.clarifyLogin',
      'need',
    ),
    codesignPassword: outcome(
      'The password on a code-signing certificate, changed by exporting it again.',
      'codesign-password',
      'triage.codesignPassword',
    ),
    usernameRecovery: outcome(
      'A user name is only given after identification: self-service retrieval, or a person who verifies.',
      'username-recovery',
      'triage.usernameRecovery',
    ),
  },
});
