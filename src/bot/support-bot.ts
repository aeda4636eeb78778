// The thin Bot Framework layer: activity in → runTurn → activities out, with the redacted transcript
// and the conversation reference kept. No business decisions here; those belong to machines/.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { RunTurn } from '../conversation/run-turn.js';
import type { ConversationReferenceStore, TranscriptLog } from '../ports/store.js';
import { activityToInput } from './activity-to-input.js';
import { conversationKeyOf } from './conversation-key.js';
import { renderReply } from './render-reply.js';
import { inboundEntry, outboundEntry, referenceOf } from './transcript.js';
import { DeliveryError } from '../errors.js';

export type SupportBotDeps = {
  runTurn: RunTurn;
  logger: Logger;
  records: TranscriptLog & ConversationReferenceStore;
  now?: () => number;
};

export class SupportBot extends ActivityHandler {
  constructor(deps: SupportBotDeps) {
    super();
    const now = deps.now ?? Date.now;
    const handle = async (context: TurnContext, next: () => Promise<void>) => {
      const input = activityToInput(context.activity);
      if (input) {
        const conversationKey = conversationKeyOf(context.activity);
        const started = performance.now();
        const turn = await deps.runTurn(conversationKey, input);
        const replies = turn.replies.map(renderReply);
        const at = now();
        await deps.records.appendTranscript([
          inboundEntry(conversationKey, context.activity, turn.redactedText, at),
          ...replies.map((reply) => outboundEntry(conversationKey, reply, at)),
        ]);
        await deps.records.saveReference(conversationKey, referenceOf(context.activity));
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
          }
        }
      }
      await next();
    };
    this.onMessage(handle);
    this.onConversationUpdate(handle);
  }
}
