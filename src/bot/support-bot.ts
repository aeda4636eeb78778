// The thin Bot Framework layer: activity in → runTurn → activities out. No business decisions here;
// those belong to machines/.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { RunTurn } from '../conversation/run-turn.js';
import { activityToInput } from './activity-to-input.js';
import { conversationKeyOf } from './conversation-key.js';
import { renderReply } from './render-reply.js';
import { DeliveryError } from '../errors.js';

export class SupportBot extends ActivityHandler {
  constructor(deps: { runTurn: RunTurn; logger: Logger }) {
    super();
    const handle = async (context: TurnContext, next: () => Promise<void>) => {
      const input = activityToInput(context.activity);
      if (input) {
        const conversationKey = conversationKeyOf(context.activity);
        const started = performance.now();
        const turn = await deps.runTurn(conversationKey, input);
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
        if (turn.replies.length > 0) {
          try {
            await context.sendActivities(turn.replies.map(renderReply));
          } catch (error) {
            throw new DeliveryError(conversationKey, error);
          }
        }
      }
      await next();
    };
    this.onMessage(handle);
    this.onConversationUpdate(handle);
  }
}
