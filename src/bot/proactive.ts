// A proactive call (continueConversationAsync / createConversationAsync) runs its logic through the
// adapter's middleware, whose onTurnError would swallow a failure and apologise into the conversation
// instead. Proactive work reports to its caller: the failure is caught inside and thrown outside.
import type { TurnContext } from 'botbuilder';

export async function reportingFailures(run: (logic: (context: TurnContext) => Promise<void>) => Promise<void>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
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
