// One turn is a small transaction: load the snapshot, restore the actor, send one event, wait until
// it rests in a `waiting` state, save with an etag check, and return what to say. The only place
// actors live.
import { createActor, type InspectionEvent, type Snapshot } from 'xstate';
import type { Logger } from 'pino';
import type { OutcomeId } from '../../machines/domain.js';
import { conversationMachine } from '../../machines/registry.js';
import type { SayParams } from '../../machines/setup.js';
import type { Catalog, Choice } from '../content/catalog.js';
import { StoreConflict } from '../errors.js';
import type { HandoffPort } from '../ports/handoff.js';
import type { SnapshotStore } from '../ports/snapshot-store.js';
import { envelopeSchema, type Envelope } from './envelope.js';
import { performEffect, providedMachine, withSink, type Effect, type TurnSink } from './implementations.js';
import { interpret, type TurnInput } from './interpret.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Understand } from '../nlu/understand.js';

/** `speaker`: an agent's name when the reply is an agent's message relayed by the bot. */
export type Reply = { key: string; text: string; choices: Choice[]; outcome?: OutcomeId; speaker?: string };

export type TurnResult = {
  replies: Reply[];
  /** The customer's text with secrets masked: the only form of it that may be logged or stored. */
  redactedText?: string;
  containsSecret: boolean;
  stateBefore: string;
  stateAfter: string;
  outcomes: OutcomeId[];
};

export type RunTurn = (conversationKey: string, input: TurnInput) => Promise<TurnResult>;

type ConversationActor = ReturnType<typeof createActor<typeof providedMachine>>;

export type RunTurnDeps = {
  store: SnapshotStore;
  catalog: Catalog;
  understand: Understand;
  handoff: HandoffPort;
  logger: Logger;
  now?: () => number;
  /** How long an effect (a call to the handoff port) may take before it counts as failed. */
  effectTimeoutMs?: number;
  /** Observes every actor the runner creates (tests use it to measure transition coverage). */
  inspect?: (event: InspectionEvent) => void;
};

/** Replays after a conflict; two instances racing on one conversation settle in one or two. */
const MAX_REPLAYS = 20;

/** Conversations whose actor an instance keeps between turns (a few kB each). */
const MAX_LIVE_ACTORS = 1_000;

/** A state value as dotted text (`reset.askingOrderNumber`), for logs. */
export const describeState = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([key, child]) => `${key}.${describeState(child)}`)
        .join(',');

export function createRunTurn(deps: RunTurnDeps): RunTurn {
  const { store, catalog, handoff, logger } = deps;
  const now = deps.now ?? Date.now;
  const queue = new KeyedQueue();
  /**
   * The actor of each recently served conversation, with the etag its state was saved under: when the
   * stored row still has that etag, nobody else moved the conversation, and the next turn goes on
   * with the actor as it is instead of validating the stored snapshot and restoring a new one (a fifth
   * of a turn's own CPU). Taken out while a turn runs, so a turn that fails leaves nothing behind;
   * oldest dropped first.
   */
  const live = new Map<string, { etag: string; actor: ConversationActor; envelope: Envelope }>();

  /** A stored envelope we can trust, or a reason it must start afresh. */
  function restore(conversationKey: string, stored: unknown): { envelope?: Envelope; restarted: boolean } {
    if (stored === undefined) return { restarted: false };
    const parsed = envelopeSchema.safeParse(stored);
    if (!parsed.success || parsed.data.machineId !== conversationMachine.id || parsed.data.version !== conversationMachine.version) {
      logger.warn(
        { conversationKey, reason: parsed.success ? 'version' : 'unreadable', version: parsed.success ? parsed.data.version : undefined },
        'stored conversation cannot be restored; starting afresh',
      );
      return { restarted: true };
    }
    return { envelope: parsed.data, restarted: false };
  }

  /**
   * `relayed`: whether an earlier attempt of this same turn already passed the customer's message on.
   * An attempt that loses the race to save is replayed from the start, and its effects with it; opening
   * or withdrawing a case again changes nothing, but a second relay would show the agent the message twice.
   */
  /** A new actor, in the stored state or at the start. */
  function startActor(turnSink: TurnSink, envelope: Envelope | undefined): ConversationActor {
    const restored = envelope ? { snapshot: { ...envelope.snapshot, output: undefined, error: undefined } satisfies Snapshot<unknown> } : {};
    const actor = createActor(providedMachine, { ...restored, ...(deps.inspect ? { inspect: deps.inspect } : {}) });
    withSink(turnSink, () => actor.start());
    return actor;
  }

  async function attempt(conversationKey: string, input: TurnInput, relayed: { done: boolean }): Promise<TurnResult> {
    const stored = await store.load(conversationKey);
    const kept = live.get(conversationKey);
    live.delete(conversationKey);
    const current = kept && stored && kept.etag === stored.etag ? kept : undefined;
    if (kept && !current) kept.actor.stop();
    let { envelope, restarted } = current ? { envelope: current.envelope, restarted: false } : restore(conversationKey, stored?.envelope);
    const outbox: SayParams[] = [];
    const effects: Effect[] = [];
    const turnSink = { outbox, effects };

    let actor: ConversationActor;
    if (current) {
      actor = current.actor;
    } else {
      try {
        actor = startActor(turnSink, envelope);
      } catch (error) {
        logger.warn({ conversationKey, err: error }, 'stored snapshot does not fit the machine; starting afresh');
        envelope = undefined;
        restarted = true;
        actor = startActor(turnSink, undefined);
      }
    }
    const stateBefore = describeState(actor.getSnapshot().value);
    const interpreted = await interpret(input, envelope?.awaiting, catalog, deps.understand, envelope?.secretCue === true);

    withSink(turnSink, () => actor.send(interpreted.event));
    const effectContext = {
      conversationKey,
      handoff,
      logger,
      timeoutMs: deps.effectTimeoutMs ?? 10_000,
      ...(interpreted.redactedText !== undefined ? { redactedText: interpreted.redactedText } : {}),
    };
    for (let effect = effects.shift(); effect; effect = effects.shift()) {
      if (effect.type === 'relayToAgent' && relayed.done) continue;
      const result = await performEffect(effect, effectContext);
      if (effect.type === 'relayToAgent' && result === undefined) relayed.done = true;
      if (result) withSink(turnSink, () => actor.send(result));
    }
    const rested = actor.getSnapshot();
    if (rested.status !== 'active' || !rested.hasTag('waiting')) {
      actor.stop();
      throw new Error(`Conversation ${conversationKey} did not come to rest (state ${describeState(rested.value)})`);
    }
    const persisted = actor.getPersistedSnapshot();

    const lastQuestion = [...outbox].reverse().find((said) => catalog.choicesOf(said.key).length > 0);
    const next: Envelope = {
      machineId: conversationMachine.id,
      version: conversationMachine.version,
      snapshot: envelopeSchema.shape.snapshot.parse(persisted),
      // A customer's answer settles the question; a notice between turns (a new place in the queue)
      // leaves the buttons the customer still sees in force.
      awaiting: lastQuestion?.key ?? (outbox.length === 0 || input.type === 'system' ? envelope?.awaiting : undefined),
      // Only the customer's own words move the cue on: a timer between "my password is" and the secret leaves it.
      ...((input.type === 'system' ? envelope?.secretCue : interpreted.secretCue) ? { secretCue: true } : {}),
      updatedAt: now(),
    };
    let etag: string;
    try {
      etag = await store.save(conversationKey, next, stored?.etag);
    } catch (error) {
      actor.stop();
      throw error;
    }
    live.set(conversationKey, { etag, actor, envelope: next });
    if (live.size > MAX_LIVE_ACTORS) {
      const [oldestKey, oldest] = live.entries().next().value!;
      oldest.actor.stop();
      live.delete(oldestKey);
    }

    const said = restarted ? [{ key: 'common.restarted' } as const, ...outbox] : outbox;
    const replies = said.map((params): Reply => {
      const values = 'values' in params ? params.values : undefined;
      const outcome = 'outcome' in params ? params.outcome : undefined;
      return {
        ...catalog.render(params.key, values),
        ...(outcome ? { outcome } : {}),
        ...(params.key === 'handoff.agentMessage' && values?.agent ? { speaker: values.agent } : {}),
      };
    });
    return {
      replies,
      ...(interpreted.redactedText !== undefined ? { redactedText: interpreted.redactedText } : {}),
      containsSecret: interpreted.containsSecret,
      stateBefore,
      stateAfter: describeState(rested.value),
      outcomes: replies.flatMap((reply) => (reply.outcome ? [reply.outcome] : [])),
    };
  }

  return (conversationKey, input) =>
    queue.run(conversationKey, async () => {
      const relayed = { done: false };
      for (let replay = 0; ; replay++) {
        try {
          return await attempt(conversationKey, input, relayed);
        } catch (error) {
          // Someone else saved this conversation since we loaded it: reload and replay the event.
          if (!(error instanceof StoreConflict) || replay >= MAX_REPLAYS) throw error;
          logger.debug({ conversationKey, replay }, 'snapshot changed while the turn ran; replaying');
        }
      }
    });
}
