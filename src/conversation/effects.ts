// Performing the effects a step asked for (effects with I/O: the handoff port), each reported back to
// the machine as an event. The only part of a turn that waits on something outside the process.
import type { Logger } from 'pino';
import type { ConversationEvent } from '../../machines/events.js';
import { CaseEnded } from '../errors.js';
import type { HandoffPort } from '../ports/handoff.js';
import type { Effect } from './step.js';

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export type EffectContext = {
  conversationKey: string;
  handoff: HandoffPort;
  logger: Logger;
  timeoutMs: number;
  /** The turn's customer text with secrets masked; the only form of it an effect may pass on. */
  redactedText?: string;
};

/** Performs one effect and returns the event that reports its result to the machine, if any. */
export async function performEffect(effect: Effect, context: EffectContext): Promise<ConversationEvent | undefined> {
  const { conversationKey, handoff, logger, timeoutMs } = context;
  switch (effect.type) {
    case 'requestHandoff': {
      const request = handoff.request(conversationKey, effect.request, context.redactedText);
      try {
        const ticket = await withTimeout(request, timeoutMs);
        return ticket.status === 'queued' ? { type: 'handoff.queued', caseId: ticket.caseId, position: ticket.position } : { type: 'handoff.offline' };
      } catch (error) {
        logger.error({ conversationKey, err: error }, 'handoff request failed');
        // The customer is told it failed; a request that completes late must not leave a case that
        // agents could accept while nobody waits for them.
        request
          .then(
            () => handoff.cancel(conversationKey),
            () => undefined,
          )
          .catch((cancelError: unknown) => logger.error({ conversationKey, err: cancelError }, 'late handoff could not be withdrawn'));
        return { type: 'handoff.failed' };
      }
    }
    case 'cancelHandoff':
      try {
        await withTimeout(handoff.cancel(conversationKey), timeoutMs);
      } catch (error) {
        // The customer still leaves the queue; the stale case is logged for the team to close.
        logger.error({ conversationKey, err: error }, 'handoff cancel failed');
      }
      return { type: 'handoff.withdrawn' };
    case 'relayToAgent':
      if (context.redactedText === undefined) return undefined;
      try {
        await withTimeout(handoff.relay(conversationKey, context.redactedText), timeoutMs);
        return undefined;
      } catch (error) {
        if (error instanceof CaseEnded) return { type: 'handoff.caseEnded' };
        logger.error({ conversationKey, err: error }, 'relaying a customer message failed');
        return { type: 'handoff.relayFailed' };
      }
  }
}
