// An unexpected error inside a turn: the customer gets an apology, the log gets the error. The saved
// conversation is untouched because the runner saves only after a turn succeeds. When the turn was
// saved but the channel refused its replies, asking the customer to retry would be wrong (the
// conversation has moved on), so that failure is logged and nothing more is sent.
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Catalog } from '../content/catalog.js';
import { conversationKeyOf } from './conversation-key.js';
import { renderReply } from './render-reply.js';
import { DeliveryError } from '../errors.js';
import type { Metrics } from '../observability/metrics.js';

export function createOnTurnError(deps: { catalog: Catalog; logger: Logger; metrics?: Pick<Metrics, 'error'> }) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const code = (error as { code?: unknown }).code;
    deps.metrics?.error(typeof code === 'string' ? code : 'TURN_FAILED');
    if (error instanceof DeliveryError) {
      deps.logger.error({ err: error.cause, conversationKey: error.conversationKey }, 'replies could not be delivered');
      return;
    }
    deps.logger.error({ err: error, conversationKey: conversationKeyOf(context.activity) }, 'turn failed');
    try {
      await context.sendActivity(renderReply(deps.catalog.render('common.apology')));
    } catch (sendError) {
      deps.logger.error({ err: sendError }, 'could not send the apology');
    }
  };
}
