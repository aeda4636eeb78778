// A proactive call (continueConversationAsync / createConversationAsync) runs its logic through the
// adapter's middleware, whose onTurnError would swallow a failure and apologise into the conversation
// instead. Proactive work reports to its caller: the failure is caught inside and thrown outside.
import type { TurnContext } from 'botbuilder';

/**
 * Proactive messages answer nothing: the adapter would mark them as replies to its made-up
 * continuation activity, which no client has (Web Chat holds such a "reply" back for seconds waiting
 * for it; Teams would thread it under a message that does not exist).
 */
export function sendAsNewMessages(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) delete activity.replyToId;
    return next();
  });
}

export async function reportingFailures(
  run: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  await run(async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}
