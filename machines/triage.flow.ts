// Finding out what the customer needs, and the two needs answered without further questions.
import { exit, statesOf } from './states.js';
import { supportSetup } from './setup.js';

const { question, outcome } = statesOf('triage');

export const triage = supportSetup.createStateConfig({
  description: 'What the customer needs, and the answers that need nothing more.',
  initial: 'askingNeed',
  states: {
    askingNeed: question('Asks what the customer needs, with a button per need.', 'triage.askNeed', 'need'),
    confirmingNeed: {
      description: 'A need read with low confidence: "Did you mean…?" with yes and no.',
      tags: 'waiting',
      entry: 'sayConfirmNeed',
      on: {
        'user.message': [
          { guard: 'confirmsGuess', target: 'thenDeciding', actions: 'acceptGuessedNeed' },
          { guard: 'saysNo', target: 'thenDeciding', actions: 'forgetGuessedNeed' },
          { target: 'thenDeciding', actions: ['forgetGuessedNeed', 'absorbMessage'] },
        ],
      },
    },
    clarifyingLogin: question(
      'A bare "I can\'t log in": asks whether it is the password, the user name or the retired sign-on.',
      'triage.clarifyLogin',
      'need',
    ),
    codesignPassword: outcome('The password on a code-signing certificate, changed by exporting it again.', 'codesign-password', 'triage.codesignPassword'),
    usernameRecovery: outcome(
      'A user name is only given after identification: self-service retrieval, or a person who verifies.',
      'username-recovery',
      'triage.usernameRecovery',
    ),
    thenDeciding: exit('deciding'),
    thenFeedback: exit('feedback'),
  },
});
