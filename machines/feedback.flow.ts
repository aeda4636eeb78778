// After every outcome: "did that solve it?", then what comes next.
import { absorbMessage, clearNeed, handOffBecause, say } from './actions.js';
import { asksSomethingElse, choseOption, correctsTheCase, isSmallTalk, saysNo, saysYes } from './guards.js';
import { offerNextKey, type OfferableNeed } from './keys.js';
import { unrecognised } from './states.js';
import { supportSetup } from './setup.js';
import type { SupportContext } from './context.js';

const hasPendingNeed = ({ context }: { context: SupportContext }) =>
  context.pendingNeeds.some((need) => need !== 'human');

const firstPendingNeed = (context: SupportContext): OfferableNeed =>
  context.pendingNeeds.find((need): need is OfferableNeed => need !== 'human') ?? 'regain_access';

const isThanks = ({ event }: Parameters<typeof isSmallTalk>[0]) =>
  event.type === 'user.message' && event.choice === undefined && event.nlu.smallTalk === 'thanks';

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
          { guard: choseOption('agent'), target: '#support.handoff', actions: handOffBecause('not-solved') },
          { guard: asksSomethingElse, target: '#support.deciding', actions: absorbMessage() },
          { guard: correctsTheCase, target: '#support.deciding', actions: absorbMessage() },
          {
            guard: ({ context, event }) => (saysYes({ context, event }) || isThanks({ context, event })) && hasPendingNeed({ context }),
            target: 'offeringNextNeed',
          },
          { guard: saysYes, target: 'resolved' },
          { guard: isThanks, target: 'resolved' },
          { guard: saysNo, target: 'notSolved' },
          ...unrecognised('#support.feedback.askingIfSolved'),
        ],
      },
    },
    offeringNextNeed: {
      description: 'The customer mentioned a second need earlier: offers to look at it now.',
      tags: 'waiting',
      entry: { type: 'say', params: ({ context }) => ({ key: offerNextKey(firstPendingNeed(context)) }) },
      on: {
        'user.message': [
          { guard: asksSomethingElse, target: '#support.deciding', actions: absorbMessage() },
          {
            guard: saysYes,
            target: '#support.deciding',
            actions: supportSetup.enqueueActions(({ context, enqueue }) => {
              const next = firstPendingNeed(context);
              enqueue.assign({
                slots: { ...context.slots, need: next },
                pendingNeeds: context.pendingNeeds.filter((need) => need !== next && need !== 'human'),
              });
              if (next === 'reset_password') enqueue({ type: 'say', params: { key: 'reset.intro' } });
            }),
          },
          { guard: saysNo, target: 'resolved', actions: supportSetup.assign({ pendingNeeds: () => [] }) },
          ...unrecognised('#support.feedback.offeringNextNeed'),
        ],
      },
    },
    notSolved: {
      description: 'Not solved: offers a person or starting over.',
      tags: 'waiting',
      entry: say('common.notSolved'),
      on: {
        'user.message': [
          {
            guard: ({ context, event }) => choseOption('agent')({ context, event }) || saysYes({ context, event }),
            target: '#support.handoff',
            actions: handOffBecause('not-solved'),
          },
          { guard: choseOption('start_over'), target: '#support.startingOver' },
          { guard: asksSomethingElse, target: '#support.deciding', actions: absorbMessage() },
          ...unrecognised('#support.feedback.notSolved'),
        ],
      },
    },
    resolved: {
      description: 'Solved: says so and waits; a new message starts a new need, keeping who they are.',
      tags: 'waiting',
      entry: [say('common.glad'), clearNeed],
      on: {
        'user.message': [
          { guard: isSmallTalk, actions: absorbMessage() },
          { target: '#support.deciding', actions: absorbMessage() },
        ],
      },
    },
  },
});
