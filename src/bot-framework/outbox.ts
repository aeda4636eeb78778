// Replies a process saved but never handed to the channel (it was killed between the two) go out once
// the next process starts: each turn's replies are appended to the transcript as undelivered and
// cleared once sent (support-bot.ts, customer-line.ts); at start-up what is still undelivered is
// claimed (once, across instances) and sent proactively, each conversation under its lock.
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { KeyedQueue } from '../conversation/keyed-queue.js';
import type { ConversationReferenceStore } from '../ports/conversation-references.js';
import type { Outbox } from '../ports/outbox.js';
import type { TranscriptEntry } from '../ports/transcript-log.js';
import { nameSpeakers } from './customer-line.js';
import { reportingFailures, sendAsNewMessages } from './proactive.js';

/** A reply older than this reads as out of place in a chat: it is dropped, not sent. */
const REDELIVERY_WINDOW_MS = 15 * 60 * 1000;
/** Longer than the reply sender's retries can take (4 attempts of at most 30 s, with backoff). */
export const OTHERS_IN_FLIGHT_MS = 3 * 60 * 1000;

export type RedeliveryDeps = {
  adapter: CloudAdapter;
  botAppId: string;
  store: Outbox & ConversationReferenceStore;
  conversationLock: KeyedQueue;
  logger: Logger;
  now?: () => number;
};

/**
 * Sends the undelivered replies appended before `appendedBefore`: this process's start when no other
 * can be sending (SQLite: one instance per file); with instances sharing PostgreSQL, now minus
 * OTHERS_IN_FLIGHT_MS, so a reply another instance is still sending is left to it.
 */
export async function sendUndeliveredReplies(deps: RedeliveryDeps, appendedBefore: number): Promise<{ sent: number; failed: number }> {
  const now = deps.now ?? Date.now;
  const byConversation = new Map<string, TranscriptEntry[]>();
  const claimed = await deps.store.claimUndelivered(appendedBefore);
  for (const entry of claimed.filter((reply) => reply.at >= now() - REDELIVERY_WINDOW_MS)) {
    byConversation.set(entry.conversationKey, [...(byConversation.get(entry.conversationKey) ?? []), entry]);
  }
  let sent = 0;
  let failed = 0;
  for (const [conversationKey, entries] of byConversation) {
    try {
      await deps.conversationLock.run(conversationKey, async () => {
        const reference = await deps.store.loadReference(conversationKey);
        if (!reference) throw new Error('no conversation reference');
        await reportingFailures(
          (logic) => deps.adapter.continueConversationAsync(deps.botAppId, reference, logic),
          async (context) => {
            sendAsNewMessages(context);
            nameSpeakers(context);
            await context.sendActivities(entries.map((entry) => ({ ...entry.activity })));
          },
        );
      });
      sent += entries.length;
    } catch (error) {
      failed += entries.length;
      deps.logger.warn({ conversationKey, replies: entries.length, err: error }, 'could not send replies left undelivered by the last process');
    }
  }
  if (byConversation.size > 0) deps.logger.info({ conversations: byConversation.size, sent, failed }, 'replies left undelivered by the last process sent');
  return { sent, failed };
}
