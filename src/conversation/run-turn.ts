// One turn is a small transaction: load the stored snapshot, take one pure step of the machine with
// the customer's event (step.ts), perform the effects it asks for and step again with their results
// until it rests in a `waiting` state, then save with an etag check and return what to say.
import type { InspectionEvent } from 'xstate';
import type { Logger } from 'pino';
import type { OutcomeId } from '../../machines/domain.js';
import type { ConversationEvent } from '../../machines/events.js';
import { conversationMachine } from '../../machines/registry.js';
import type { SayParams } from '../../machines/setup.js';
import type { Catalog } from '../content/catalog.js';
import { StoreConflict } from '../errors.js';
import type { HandoffPort } from '../ports/handoff.js';
import type { SnapshotStore } from '../ports/snapshot-store.js';
import type { Understand } from '../nlu/understand.js';
import { performEffect, type EffectContext } from './effects.js';
import { envelopeSchema, type Envelope } from './envelope.js';
import { interpret, type TurnInput } from './interpret.js';
import type { Reply } from './reply.js';
import { createStepper, type Step, type Stepper } from './step.js';

export type TurnResult = {
  replies: Reply[];
  /** The customer's text with secrets masked: the only form of it that may be logged or stored. */
  redactedText?: string;
  containsSecret: boolean;
  stateBefore: string;
  stateAfter: string;
  outcomes: OutcomeId[];
};

/**
 * Runs one turn of one conversation. Callers that may run two turns of the same conversation at once
 * hold the app's per-conversation lock around it (SupportBot, the customer line); without it the etag
 * check still keeps the snapshot right, by replaying the turn that lost.
 */
export type RunTurn = (conversationKey: string, input: TurnInput) => Promise<TurnResult>;

export type RunTurnDeps = {
  store: SnapshotStore;
  catalog: Catalog;
  understand: Understand;
  handoff: HandoffPort;
  logger: Logger;
  now?: () => number;
  /** How long an effect (a call to the handoff port) may take before it counts as failed. */
  effectTimeoutMs?: number;
  /** Observes every microstep the runner takes (tests use it to measure transition coverage). */
  inspect?: (event: InspectionEvent) => void;
};

/** Replays after a conflict; two instances racing on one conversation settle in one or two. */
const MAX_REPLAYS = 20;

/** A state value as dotted text (`reset.askingOrderNumber`), for logs. */
export const describeState = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([key, child]) => `${key}.${describeState(child)}`)
        .join(',');

/** A stored envelope we can trust, or a reason it must start afresh. */
export function trustedEnvelope(stored: unknown): { envelope?: Envelope; distrusted?: 'version' | 'unreadable'; version?: number } {
  if (stored === undefined) return {};
  const parsed = envelopeSchema.safeParse(stored);
  if (!parsed.success) return { distrusted: 'unreadable' };
  if (parsed.data.machineId !== conversationMachine.id || parsed.data.version !== conversationMachine.version)
    return { distrusted: 'version', version: parsed.data.version };
  return { envelope: parsed.data };
}

/** The stored snapshot made live, or the machine's start when there is none or it no longer fits. */
function resume(stepper: Stepper, envelope: Envelope | undefined): { step: Step; fits: boolean } {
  if (envelope) {
    try {
      return { step: { snapshot: stepper.restore({ ...envelope.snapshot, output: undefined, error: undefined }), said: [], effects: [] }, fits: true };
    } catch {
      return { step: stepper.start(), fits: false };
    }
  }
  return { step: stepper.start(), fits: true };
}

/**
 * Sends `event`, then performs the effects the steps ask for, in order, feeding each result back as
 * the next event, until none is left. `relayed`: an earlier attempt of this same turn already passed
 * the customer's message on (an attempt that lost the race to save is replayed whole, and a second
 * relay would show the agent the message twice; opening or withdrawing a case again changes nothing).
 */
async function settle(stepper: Stepper, from: Step, event: ConversationEvent, context: EffectContext, relayed: { done: boolean }): Promise<Step> {
  const first = stepper.send(from.snapshot, event);
  const said = [...from.said, ...first.said];
  const effects = [...from.effects, ...first.effects];
  let snapshot = first.snapshot;
  for (let effect = effects.shift(); effect; effect = effects.shift()) {
    if (effect.type === 'relayToAgent' && relayed.done) continue;
    const result = await performEffect(effect, context);
    if (effect.type === 'relayToAgent' && result === undefined) relayed.done = true;
    if (!result) continue;
    const next = stepper.send(snapshot, result);
    snapshot = next.snapshot;
    said.push(...next.said);
    effects.push(...next.effects);
  }
  return { snapshot, said, effects: [] };
}

/** What the next turn needs besides the snapshot: the buttons still in force and the secret cue. */
function nextEnvelope(
  snapshot: unknown,
  said: SayParams[],
  input: TurnInput,
  previous: Envelope | undefined,
  secretCue: boolean | undefined,
  catalog: Catalog,
  now: number,
): Envelope {
  const lastQuestion = [...said].reverse().find((line) => catalog.choicesOf(line.key).length > 0);
  return {
    machineId: conversationMachine.id,
    version: conversationMachine.version,
    snapshot: envelopeSchema.shape.snapshot.parse(snapshot),
    // A customer's answer settles the question; a notice between turns (a new place in the queue)
    // leaves the buttons the customer still sees in force.
    awaiting: lastQuestion?.key ?? (said.length === 0 || input.type === 'system' ? previous?.awaiting : undefined),
    // Only the customer's own words move the cue on: a timer between "my password is" and the secret leaves it.
    ...((input.type === 'system' ? previous?.secretCue : secretCue) ? { secretCue: true } : {}),
    updatedAt: now,
  };
}

/** A line to say: what the machine asked for, or the runner's own notice that it started afresh. */
type Line = SayParams | { key: 'common.restarted' };

function renderReplies(said: Line[], catalog: Catalog): Reply[] {
  return said.map((params): Reply => {
    const values = 'values' in params ? params.values : undefined;
    const outcome = 'outcome' in params ? params.outcome : undefined;
    return {
      ...catalog.render(params.key, values),
      ...(outcome ? { outcome } : {}),
      ...(params.key === 'handoff.agentMessage' && values?.agent ? { speaker: values.agent } : {}),
    };
  });
}

export function createRunTurn(deps: RunTurnDeps): RunTurn {
  const { store, catalog, handoff, logger } = deps;
  const now = deps.now ?? Date.now;
  const stepper = createStepper(deps.inspect ? { inspect: deps.inspect } : {});

  async function attempt(conversationKey: string, input: TurnInput, relayed: { done: boolean }): Promise<TurnResult> {
    const stored = await store.load(conversationKey);
    const trusted = trustedEnvelope(stored?.envelope);
    if (trusted.distrusted) {
      logger.warn({ conversationKey, reason: trusted.distrusted, version: trusted.version }, 'stored conversation cannot be restored; starting afresh');
    }
    const resumed = resume(stepper, trusted.envelope);
    if (!resumed.fits) logger.warn({ conversationKey }, 'stored snapshot does not fit the machine; starting afresh');
    const envelope = resumed.fits ? trusted.envelope : undefined;
    const restarted = trusted.distrusted !== undefined || !resumed.fits;

    const stateBefore = describeState(resumed.step.snapshot.value);
    const botTalking = !stateBefore.startsWith('handoff');
    const interpreted = await interpret(input, envelope?.awaiting, catalog, deps.understand, envelope?.secretCue === true, botTalking);
    const effectContext: EffectContext = {
      conversationKey,
      handoff,
      logger,
      timeoutMs: deps.effectTimeoutMs ?? 10_000,
      ...(interpreted.redactedText !== undefined ? { redactedText: interpreted.redactedText } : {}),
    };
    const { snapshot: rested, said } = await settle(stepper, resumed.step, interpreted.event, effectContext, relayed);
    if (rested.status !== 'active' || !rested.hasTag('waiting')) {
      throw new Error(`Conversation ${conversationKey} did not come to rest (state ${describeState(rested.value)})`);
    }
    const next = nextEnvelope(stepper.persist(rested), said, input, envelope, interpreted.secretCue, catalog, now());
    await store.save(conversationKey, next, stored?.etag);

    const replies = renderReplies(restarted ? [{ key: 'common.restarted' }, ...said] : said, catalog);
    return {
      replies,
      ...(interpreted.redactedText !== undefined ? { redactedText: interpreted.redactedText } : {}),
      containsSecret: interpreted.containsSecret,
      stateBefore,
      stateAfter: describeState(rested.value),
      outcomes: replies.flatMap((reply) => (reply.outcome ? [reply.outcome] : [])),
    };
  }

  return async (conversationKey, input) => {
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
  };
}
