// After every outcome: "did that solve it?", then what comes next.
import { exit, statesOf, unrecognised } from './states.js';
import { supportSetup } from './setup.js';

const { say } = statesOf('feedback');

export const feedback = supportSetup.createStateConfig({
  description: 'Whether the outcome solved it; yes ends the need, no offers a person or a fresh start.',
  initial: 'askingIfSolved',
  states: {
    askingIfSolved: {
      description: 'Asks "did that solve it?" with yes, no and talk-to-a-person buttons.',
      tags: 'waiting',
      entry: say('common.didItSolve'),
      on: {
        'user.message': [
          { guard: { type: 'choseOption', params: 'agent' }, target: 'thenHandoff', actions: { type: 'handOffBecause', params: 'not-solved' } },
          { guard: 'asksSomethingElse', target: 'thenDeciding', actions: 'absorbMessage' },
          // "ok, will contact them. Separate issue: the certificate must be revoked today": a person answers that.
          { guard: 'asksOutsideSourcesInstead', target: 'thenDeciding', actions: ['clearNeed', 'absorbMessage'] },
          { guard: 'saysItDidNotHelp', target: 'notSolved' },
          { guard: 'correctsTheCase', target: 'thenDeciding', actions: 'absorbMessage' },
          { guard: 'solvedGoingOnToNextNeed', target: 'thenDeciding', actions: ['takeUpNextNeed', 'absorbMessage'] },
          { guard: 'solvedWithNeedPending', target: 'offeringNextNeed' },
          { guard: 'saysYes', target: 'resolved' },
          { guard: 'isThanks', target: 'resolved' },
          { guard: 'saysNo', target: 'notSolved' },
          { guard: 'asksBackAboutTheSteps', target: 'notSolved' },
          ...unrecognised('askingIfSolved', { outsideTakenEarlier: true }),
        ],
      },
    },
    offeringNextNeed: {
      description: 'The customer mentioned a second need earlier: offers to look at it now.',
      tags: 'waiting',
      entry: 'sayOfferNextNeed',
      on: {
        'user.message': [
          { guard: 'asksSomethingElse', target: 'thenDeciding', actions: 'absorbMessage' },
          { guard: 'asksOutsideSourcesInstead', target: 'thenDeciding', actions: ['clearNeed', 'absorbMessage'] },
          // "yes the password. we bought everything directly from you": the facts said with the yes are kept.
          { guard: 'givesDetailsOfNextNeed', target: 'thenDeciding', actions: ['takeUpNextNeed', 'absorbMessage'] },
          { guard: 'saysYes', target: 'thenDeciding', actions: 'takeUpNextNeed' },
          { guard: 'saysNo', target: 'resolved', actions: 'forgetPendingNeeds' },
          ...unrecognised('offeringNextNeed', { outsideTakenEarlier: true }),
        ],
      },
    },
    notSolved: {
      description: 'Not solved: offers a person or starting over.',
      tags: 'waiting',
      entry: say('common.notSolved'),
      on: {
        'user.message': [
          { guard: 'acceptsPerson', target: 'thenHandoff', actions: { type: 'handOffBecause', params: 'not-solved' } },
          { guard: { type: 'choseOption', params: 'start_over' }, target: 'thenStartingOver' },
          { guard: 'asksSomethingElse', target: 'thenDeciding', actions: 'absorbMessage' },
          { guard: 'asksOutsideSourcesInstead', target: 'thenDeciding', actions: ['clearNeed', 'absorbMessage'] },
          ...unrecognised('notSolved', { outsideTakenEarlier: true }),
        ],
      },
    },
    resolved: {
      description: 'Solved: says so and waits; a new message starts a new need, keeping who they are.',
      tags: 'waiting',
      entry: [say('common.glad'), 'clearNeed'],
      on: {
        'user.message': [
          { guard: 'asksOutsideSourcesNow', target: 'thenDeciding', actions: 'absorbMessage' },
          { guard: 'isSmallTalk', actions: 'absorbMessage' },
          { target: 'thenDeciding', actions: 'absorbMessage' },
        ],
      },
    },
    thenDeciding: exit('deciding'),
    thenHandoff: exit('handoff'),
    thenStartingOver: exit('startingOver'),
  },
});
