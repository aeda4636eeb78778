// The thin Bot Framework layer. Who handles an activity is decided by the route table
// (channel-routes.ts). Customers (Web Chat, Direct Line, Emulator): activity in → runTurn → activities
// out, with the redacted transcript and the conversation reference kept. Agents (msteams): handed to
// the Teams agent desk. A contact centre's handoff.status events: handed to the desk. No business
// decisions here; those belong to machines/ and src/handoff.
import { ActivityHandler, StatusCodes, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { TurnInput } from '../conversation/interpret.js';
import type { KeyedQueue } from '../conversation/keyed-queue.js';
import type { RunTurn } from '../conversation/run-turn.js';
import type { AgentActions } from '../handoff/agent-actions.js';
import type { Metrics } from '../observability/metrics.js';
import type { ConversationReferenceStore } from '../ports/conversation-references.js';
import type { Outbox } from '../ports/outbox.js';
import type { TranscriptLog } from '../ports/transcript-log.js';
import type { TeamsAgentDesk } from './teams/agent-desk.js';
import { activityToInput } from './activity-to-input.js';
import { routeOf } from './channel-routes.js';
import { conversationKeyOf } from './conversation-key.js';
import { renderReplies } from './render-reply.js';
import { inboundEntry, outboundEntry, referenceOf } from './transcript.js';
import { DeliveryError } from '../errors.js';

export type SupportBotDeps = {
  runTurn: RunTurn;
  logger: Logger;
  records: TranscriptLog & Outbox & ConversationReferenceStore;
  /** Agents in Teams; undefined when no agents' channel is configured. */
  agents?: TeamsAgentDesk;
  /** Acts on handoff.status events; set only when a contact centre takes cases over the handoff protocol. */
  contactCentre?: AgentActions;
  /**
   * One conversation's turns and the notices sent to it between turns (customer-line.ts) take this
   * lock, so what the customer sees, and its transcript, keep the order things happened in.
   */
  conversationLock: KeyedQueue;
  metrics?: Pick<Metrics, 'turn'>;
  now?: () => number;
};

const handoffStates = ['accepted', 'failed', 'completed'] as const;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Conversations whose saved reference an instance remembers (~0.5 kB each). */
const MAX_REMEMBERED_REFERENCES = 10_000;
type HandoffState = (typeof handoffStates)[number];

export class SupportBot extends ActivityHandler {
  constructor(private readonly deps: SupportBotDeps) {
    super();
    const now = deps.now ?? Date.now;
    const handleCustomer = async (context: TurnContext) => {
      const input = activityToInput(context.activity);
      if (!input) return;
      const conversationKey = conversationKeyOf(context.activity);
      await deps.conversationLock.run(conversationKey, () => customerTurn(context, input, conversationKey));
    };
    // The reference last saved per conversation by this instance: it rarely changes between turns, and
    // writing it again every turn was a third of a turn's store time. Emptied when full.
    const savedReferences = new Map<string, string>();
    const saveReference = async (conversationKey: string, reference: Record<string, unknown>) => {
      const json = JSON.stringify(reference);
      if (savedReferences.get(conversationKey) === json) return;
      await deps.records.saveReference(conversationKey, reference);
      if (savedReferences.size >= MAX_REMEMBERED_REFERENCES) savedReferences.clear();
      savedReferences.set(conversationKey, json);
    };
    const customerTurn = async (context: TurnContext, input: TurnInput, conversationKey: string) => {
      const started = performance.now();
      // Saved first: effects of this very turn (a handoff) may need to reach the customer proactively.
      await saveReference(conversationKey, referenceOf(context.activity));
      const turn = await deps.runTurn(conversationKey, input);
      const replies = renderReplies(turn.replies);
      const at = now();
      await deps.records.appendTranscript([
        inboundEntry(conversationKey, context.activity, turn.redactedText, at),
        ...replies.map((reply) => ({ ...outboundEntry(conversationKey, reply, at), undelivered: true as const })),
      ]);
      deps.metrics?.turn(input.type, (performance.now() - started) / 1000, turn.outcomes);
      deps.logger.info(
        {
          conversationKey,
          input: input.type,
          stateBefore: turn.stateBefore,
          stateAfter: turn.stateAfter,
          outcomes: turn.outcomes,
          containsSecret: turn.containsSecret,
          ms: Math.round(performance.now() - started),
        },
        'turn',
      );
      if (replies.length > 0) {
        try {
          await context.sendActivities(replies);
        } catch (error) {
          throw new DeliveryError(conversationKey, error);
        } finally {
          // Sent, or refused by the channel: either way not to be sent again after a restart.
          await deps.records.markDelivered(conversationKey);
        }
      }
    };

    const contactCentreStatus = async (context: TurnContext, contactCentre: AgentActions) => {
      const status = context.activity.value as { state?: unknown; agentName?: unknown } | undefined;
      if (!handoffStates.includes(status?.state as HandoffState)) {
        deps.logger.warn({ state: status?.state }, 'handoff.status with an unknown state ignored');
        return;
      }
      await contactCentre.contactCentreStatus(
        conversationKeyOf(context.activity),
        status!.state as HandoffState,
        typeof status?.agentName === 'string' ? status.agentName : undefined,
      );
    };
    const carryOut = async (context: TurnContext, next: () => Promise<void>) => {
      switch (routeOf(context.activity)) {
        case 'customer':
          await handleCustomer(context);
          break;
        case 'agents':
          if (deps.agents) await deps.agents.onMessage(context);
          else deps.logger.warn('a Teams message arrived but no agents channel is configured');
          break;
        case 'contactCentre':
          if (deps.contactCentre) await contactCentreStatus(context, deps.contactCentre);
          break;
        case 'nobody':
          break;
      }
      await next();
    };
    this.onMessage(carryOut);
    this.onConversationUpdate(carryOut);
    this.onEvent(carryOut);
  }

  /**
   * An invoke the bot does not implement (a Teams feature it does not use, a card from elsewhere) is
   * acknowledged with 200 and no body, not the SDK's 501: Teams shows "Unable to reach app" to the
   * person who clicked on any answer that is not a success, and there is nothing for them to fix.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // The SDK reads value.action.type unchecked: a card action without an action object would fail the turn.
    const { name } = context.activity;
    const value: unknown = context.activity.value;
    if (name === 'adaptiveCard/action' && !isObject((value as { action?: unknown } | undefined)?.action)) {
      const error = { code: 'BadRequest', message: 'value.action: required, an object (an Adaptive Card Action.Execute)' };
      return { status: StatusCodes.BAD_REQUEST, body: { statusCode: StatusCodes.BAD_REQUEST, type: 'application/vnd.microsoft.error', value: error } };
    }
    const response = await super.onInvokeActivity(context);
    if (response.status !== StatusCodes.NOT_IMPLEMENTED) return response;
    this.deps.logger.info(
      { name: String(context.activity.name ?? '').slice(0, 100), channelId: context.activity.channelId },
      'invoke not implemented: acknowledged',
    );
    return { status: StatusCodes.OK };
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    if (routeOf(context.activity) !== 'agents' || !this.deps.agents) {
      return { statusCode: 404, type: 'application/vnd.microsoft.error', value: { code: 'NotFound', message: 'no agents desk here' } };
    }
    return this.deps.agents.onCardAction(context, value);
  }
}
