// The conversation machine with its effects provided for one turn: `say` pushes onto the turn's
// outbox; the handoff effects are queued for the runner, which performs them and reports back.
import { conversationMachine } from '../../machines/registry.js';
import type { HandoffRequest, SayParams } from '../../machines/setup.js';
import type { ConversationEvent } from '../../machines/events.js';
import { CaseEnded } from '../handoff/handoff-desk.js';
import type { HandoffPort } from '../ports/handoff.js';
import type { Logger } from 'pino';

export type Effect = { type: 'requestHandoff'; request: HandoffRequest } | { type: 'cancelHandoff' } | { type: 'relayToAgent' };

/** What one turn's actions produce: lines to say, and effects for the runner to perform. */
export type TurnSink = { outbox: SayParams[]; effects: Effect[] };

let activeSink: TurnSink | undefined;

const sink = (): TurnSink => {
  if (!activeSink) throw new Error('a machine action ran outside withSink()');
  return activeSink;
};

/**
 * The machine with its effects provided, built once: providing it per turn cost more CPU than the
 * rest of the machine's work. Its actions write to the sink of the turn running them, set by withSink.
 */
export const providedMachine = conversationMachine.machine.provide({
  actions: {
    say: (_, params) => void sink().outbox.push(params),
    requestHandoff: (_, request) => void sink().effects.push({ type: 'requestHandoff', request }),
    cancelHandoff: () => void sink().effects.push({ type: 'cancelHandoff' }),
    relayToAgent: () => void sink().effects.push({ type: 'relayToAgent' }),
  },
});

/**
 * Runs `step` (an actor's start or send, which run their actions synchronously) with `turnSink` as the
 * place actions write to. Synchronous, so no other turn's step can run in between.
 */
export function withSink<T>(turnSink: TurnSink, step: () => T): T {
  const previous = activeSink;
  activeSink = turnSink;
  try {
    return step();
  } finally {
    activeSink = previous;
  }
}

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
        return ticket.status === 'queued'
          ? { type: 'handoff.queued', caseId: ticket.caseId, position: ticket.position }
          : { type: 'handoff.offline' };
      } catch (error) {
        logger.error({ conversationKey, err: error }, 'handoff request failed');
        // The customer is told it failed; a request that completes late must not leave a case that
        // agents could accept while nobody waits for them.
        request.then(
          () => handoff.cancel(conversationKey),
          () => undefined,
        ).catch((cancelError: unknown) => logger.error({ conversationKey, err: cancelError }, 'late handoff could not be withdrawn'));
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
