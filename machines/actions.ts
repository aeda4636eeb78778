// Every action of the conversation machine that changes its context or says something worked out from
// it, named so that the chart shows what happens. The effects themselves are in contract.ts.
import { assertEvent, assign, enqueueActions, type EventObject, type ParameterizedObject } from 'xstate';
import { absorb, type AnsweredSlot, type Notice } from './absorb.js';
import { initialContext, type SupportContext } from './context.js';
import { contract, type HandoffRequest, type SayParams } from './contract.js';
import type { ConversationEvent } from './events.js';
import type { HandoffReason, OutcomeId } from './domain.js';
import { handoffRequestOf, routeKey } from './handoff-case.js';
import { confirmNeedKey, offerNextKey, type ContentKey, type OfferableNeed } from './keys.js';

const noticeKey = (notice: Notice): ContentKey => {
  switch (notice.kind) {
    case 'secret':
      return 'common.secretWarning';
    case 'smallTalk':
      return `common.smallTalk.${notice.talk}`;
    case 'notUnderstood':
      return 'common.notUnderstood';
    case 'takeYourTime':
      return 'common.takeYourTime';
    case 'noted':
      return 'common.noted';
    case 'forAPerson':
      return 'common.forAPerson';
    case 'resetIntro':
      return 'reset.intro';
  }
};

/** The further need offered first once the current one is answered ("a person" is never offered). */
export const firstPendingNeed = (context: Pick<SupportContext, 'pendingNeeds'>): OfferableNeed =>
  context.pendingNeeds.find((need): need is OfferableNeed => need !== 'human') ?? 'regain_access';

export type AbsorbParams = { answers?: AnsweredSlot; beforeHandoff?: boolean } | undefined;

/** `key` is a moment of the handoff flow whose text carries the {position} or {agent} placeholder. */
type KeyParams = { key: ContentKey };

const queueValues = (context: SupportContext) => ({ position: String(context.handoff?.position ?? 1) });
const agentValues = (context: SupportContext) => ({ agent: context.handoff?.agentName ?? 'The agent' });

/** The effects an action may enqueue (contract.ts). */
type Effect =
  | { type: 'say'; params: SayParams }
  | { type: 'requestHandoff'; params: HandoffRequest }
  | { type: 'cancelHandoff'; params: undefined }
  | { type: 'relayToAgent'; params: undefined };

/** `enqueueActions` typed for this machine: it may enqueue assigns and the effects, with `params` of type P. */
const enqueuing = <P extends ParameterizedObject['params'] | undefined = undefined>(
  collect: Parameters<typeof enqueueActions<SupportContext, ConversationEvent, P, ConversationEvent, never, Effect, never, never, EventObject>>[0],
) => enqueueActions(collect);

export const withActions = contract.extend({
  actions: {
    /**
     * Takes in a customer message (see absorb.ts) and says what must be said before the next step.
     * Before a handoff "I didn't follow that" is left out: the handoff message says what happens instead.
     */
    absorbMessage: enqueuing<AbsorbParams>(({ context, event, enqueue }, params) => {
      if (event.type !== 'user.message') return;
      const result = absorb(context, event, params?.answers);
      enqueue.assign(result.context);
      for (const notice of result.notices) {
        if (params?.beforeHandoff && notice.kind === 'notUnderstood') continue;
        enqueue({ type: 'say', params: { key: noticeKey(notice) } });
      }
    }),
    /** Shows an outcome: its content carries the outcome id, and the context remembers it was shown. */
    showOutcome: enqueuing<{ outcome: OutcomeId; key: ContentKey }>(({ context, enqueue }, params) => {
      enqueue({ type: 'say', params: { key: params.key, outcome: params.outcome } });
      enqueue.assign({ shown: [...context.shown, params.outcome] });
    }),
    handOffBecause: assign((_, reason: HandoffReason) => ({ handoffReason: reason })),
    /** Two messages in a row taught the bot nothing: a person takes over, and the customer is told why. */
    handOffStuck: enqueuing(({ enqueue }) => {
      enqueue({ type: 'say', params: { key: 'handoff.stuck' } });
      enqueue.assign({ handoffReason: 'stuck' });
    }),
    /** A refund, a renewal…: the sources give the bot nothing to say about it, so a person answers. */
    handOffOutsideSources: enqueuing(({ enqueue }) => {
      enqueue({ type: 'say', params: { key: 'handoff.outsideSources' } });
      enqueue.assign({ handoffReason: 'outside-sources', outsideSources: undefined });
    }),
    restart: assign(() => initialContext()),
    /** After an answered need, what the customer told us about themselves stays; the need (and whose account it was for) goes. */
    clearNeed: assign(({ context }) => ({
      slots: { ...context.slots, need: undefined, loginTrouble: undefined, whoseAccount: undefined },
      pendingNeeds: [],
      outsideSources: undefined,
    })),
    goBack: assign(({ context }) => ({
      slots: context.history.at(-1) ?? {},
      history: context.history.slice(0, -1),
      misunderstood: 0,
      outsideSources: undefined,
    })),
    /** While a person has the case the bot says nothing about content, but still warns about secrets. */
    warnIfSecret: enqueuing(({ event, enqueue }) => {
      if (event.type === 'user.message' && event.nlu.containsSecret) enqueue({ type: 'say', params: { key: 'common.secretWarning' } });
    }),

    sayConfirmNeed: enqueuing(({ context, enqueue }) => {
      enqueue({ type: 'say', params: { key: confirmNeedKey(context.guessedNeed ?? 'human') } });
    }),
    /** "Yes, that is what I meant": the guessed need becomes the need, and "back" can undo it. */
    acceptGuessedNeed: assign(({ context }) => ({
      slots: { ...context.slots, need: context.guessedNeed },
      guessedNeed: undefined,
      history: [...context.history, context.slots],
    })),
    forgetGuessedNeed: assign({ guessedNeed: undefined }),

    sayOfferNextNeed: enqueuing(({ context, enqueue }) => {
      enqueue({ type: 'say', params: { key: offerNextKey(firstPendingNeed(context)) } });
    }),
    /** The customer takes up the need offered: it becomes the need, and is no longer pending. */
    takeUpNextNeed: enqueuing(({ context, enqueue }) => {
      const next = firstPendingNeed(context);
      enqueue.assign({
        slots: { ...context.slots, need: next },
        pendingNeeds: context.pendingNeeds.filter((need) => need !== next && need !== 'human'),
      });
      if (next === 'reset_password') enqueue({ type: 'say', params: { key: 'reset.intro' } });
    }),
    forgetPendingNeeds: assign({ pendingNeeds: [] }),

    requestHandoffOfCase: enqueuing(({ context, enqueue }) => {
      enqueue({ type: 'requestHandoff', params: handoffRequestOf(context) });
    }),
    rememberCase: assign(({ event }) => {
      assertEvent(event, 'handoff.queued');
      return { handoff: { caseId: event.caseId, position: event.position } };
    }),
    showQueued: enqueuing(({ context, event, enqueue }) => {
      assertEvent(event, 'handoff.queued');
      const said: SayParams = { key: 'handoff.queued', outcome: 'handoff', values: { position: String(event.position) } };
      enqueue({ type: 'say', params: said });
      enqueue.assign({ shown: [...context.shown, 'handoff'] });
    }),
    rememberPosition: assign(({ context, event }) => ({
      handoff:
        context.handoff && (event.type === 'handoff.position' || event.type === 'agent.released')
          ? { caseId: context.handoff.caseId, position: event.position }
          : context.handoff,
    })),
    rememberAgent: assign(({ context, event }) => {
      assertEvent(event, 'agent.joined');
      return { handoff: { caseId: context.handoff?.caseId ?? '', agentName: event.agentName } };
    }),
    /** The person part is over: the case, why it was asked for and the run of misunderstandings are forgotten. */
    forgetCase: assign({ handoff: undefined, handoffReason: undefined, misunderstood: 0 }),
    sayWithPosition: enqueuing<KeyParams>(({ context, enqueue }, params) => {
      enqueue({ type: 'say', params: { key: params.key, values: queueValues(context) } });
    }),
    sayWithAgent: enqueuing<KeyParams>(({ context, enqueue }, params) => {
      enqueue({ type: 'say', params: { key: params.key, values: agentValues(context) } });
    }),
    sayAgentMessage: enqueuing(({ event, enqueue }) => {
      assertEvent(event, 'agent.message');
      enqueue({ type: 'say', params: { key: 'handoff.agentMessage', values: { agent: event.agentName, text: event.text } } });
    }),
    /** The way to the team that fits the case (handoff-case.ts). */
    sayRoute: enqueuing(({ context, enqueue }) => {
      enqueue({ type: 'say', params: { key: routeKey(context) } });
    }),
  },
});
