// Speaks to a customer between their own turns: an agent joined, wrote or left, the queue moved, a
// timer ran out. The event runs through the customer's conversation like any turn, and what the bot
// says is delivered proactively to the reference saved from their last message, and kept in the
// transcript. One conversation's notices are delivered in the order they were raised.
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { ConversationEvent } from '../../machines/events.js';
import type { KeyedQueue } from '../conversation/keyed-queue.js';
import type { Reply } from '../conversation/reply.js';
import type { RunTurn } from '../conversation/run-turn.js';
import type { CustomerLine } from '../handoff/case-steps.js';
import type { ConversationReferenceStore } from '../ports/conversation-references.js';
import type { Outbox } from '../ports/outbox.js';
import type { TranscriptLog } from '../ports/transcript-log.js';
import { reportingFailures, sendAsNewMessages } from './proactive.js';
import { renderReplies } from './render-reply.js';
import { outboundEntry } from './transcript.js';

export type ProactiveCustomerLineDeps = {
  adapter: CloudAdapter;
  botAppId: string;
  runTurn: () => RunTurn;
  records: TranscriptLog & Outbox & ConversationReferenceStore;
  /** Shared with SupportBot's customer turns (see SupportBotDeps.conversationLock). */
  conversationLock: KeyedQueue;
  now?: () => number;
};

/** An agent's message shows under the agent's name; the adapter would otherwise name the bot. */
export function nameSpeakers(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      const speaker = (activity.channelData as { speaker?: string } | undefined)?.speaker;
      if (speaker) activity.from = { id: activity.from?.id ?? '', ...activity.from, name: speaker };
    }
    return next();
  });
}

export class ProactiveCustomerLine implements CustomerLine {
  private readonly now: () => number;

  constructor(private readonly deps: ProactiveCustomerLineDeps) {
    this.now = deps.now ?? Date.now;
  }

  notify(conversationKey: string, event: ConversationEvent): Promise<Reply[]> {
    return this.deps.conversationLock.run(conversationKey, async () => {
      const turn = await this.deps.runTurn()(conversationKey, { type: 'system', event });
      if (turn.replies.length === 0) return [];
      const activities = renderReplies(turn.replies);
      const reference = await this.deps.records.loadReference(conversationKey);
      if (!reference) throw new Error(`no conversation reference for ${conversationKey}`);
      const at = this.now();
      await this.deps.records.appendTranscript(activities.map((activity) => ({ ...outboundEntry(conversationKey, activity, at), undelivered: true as const })));
      try {
        await reportingFailures(
          (logic) => this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, logic),
          async (context) => {
            sendAsNewMessages(context);
            nameSpeakers(context);
            await context.sendActivities(activities);
          },
        );
      } finally {
        await this.deps.records.markDelivered(conversationKey);
      }
      return turn.replies;
    });
  }
}
