// Action building blocks shared by the flows.
import type { OutcomeId } from './domain.js';
import type { ContentKey } from './keys.js';
import { absorb, type AnsweredSlot, type Notice } from './absorb.js';
import { supportSetup } from './setup.js';
import type { HandoffReason } from './domain.js';
import { initialContext } from './context.js';

export const say = (key: ContentKey) => ({ type: 'say', params: { key } }) as const;

const noticeKey = (notice: Notice): ContentKey => {
  switch (notice.kind) {
    case 'secret':
      return 'common.secretWarning';
    case 'smallTalk':
      return `common.smallTalk.${notice.talk}`;
    case 'notUnderstood':
      return 'common.notUnderstood';
    case 'resetIntro':
      return 'reset.intro';
  }
};

/**
 * Takes in a customer message (see absorb.ts) and says what must be said before the next step. Before
 * a handoff "I didn't follow that" is left out: the handoff message says what happens instead.
 */
export const absorbMessage = (answers?: AnsweredSlot, options: { beforeHandoff?: boolean } = {}) =>
  supportSetup.enqueueActions(({ context, event, enqueue }) => {
    if (event.type !== 'user.message') return;
    const result = absorb(context, event, answers);
    enqueue.assign(result.context);
    for (const notice of result.notices) {
      if (options.beforeHandoff && notice.kind === 'notUnderstood') continue;
      enqueue({ type: 'say', params: { key: noticeKey(notice) } });
    }
  });

/** Shows an outcome: its content carries the outcome id, and the context remembers it was shown. */
export const showOutcome = (outcome: OutcomeId, key: ContentKey) => [
  { type: 'say', params: { key, outcome } } as const,
  supportSetup.assign({ shown: ({ context }) => [...context.shown, outcome] }),
];

export const handOffBecause = (reason: HandoffReason) => supportSetup.assign({ handoffReason: reason });

export const restart = supportSetup.assign(() => initialContext());

/** After an answered need, what the customer told us about themselves stays; the need (and whose account it was for) goes. */
export const clearNeed = supportSetup.assign({
  slots: ({ context }) => ({ ...context.slots, need: undefined, loginTrouble: undefined, whoseAccount: undefined }),
  pendingNeeds: () => [],
});

export const goBack = supportSetup.assign(({ context }) => ({
  slots: context.history.at(-1) ?? {},
  history: context.history.slice(0, -1),
  misunderstood: 0,
}));

/** While a person has the case the bot says nothing about content, but still warns about secrets. */
export const warnIfSecret = supportSetup.enqueueActions(({ event, enqueue }) => {
  if (event.type === 'user.message' && event.nlu.containsSecret) {
    enqueue({ type: 'say', params: { key: 'common.secretWarning' } });
  }
});
