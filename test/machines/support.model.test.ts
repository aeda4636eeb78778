// Model-based tests: xstate/graph walks the conversation machine through every state it can reach
// with a representative set of customer events; each path is then replayed against the real runner
// (content, store, handoff port) and invariants are checked on every turn of every path.
import { describe, expect, it } from 'vitest';
import { getNextSnapshot, type AnyStateNode, type InspectionEvent, type SnapshotFrom } from 'xstate';
import { createTestModel, type AdjacencyValue } from 'xstate/graph';
import { firstPendingNeed } from '../../machines/actions.js';
import { needs } from '../../machines/domain.js';
import { routeKey } from '../../machines/handoff-case.js';
import { confirmNeedKey, offerNextKey } from '../../machines/keys.js';
import type { ConversationEvent } from '../../machines/events.js';
import { supportMachine } from '../../machines/support.machine.js';
import type { HandoffRequest } from '../../machines/setup.js';
import type { HandoffPort, HandoffTicket } from '../../src/ports/handoff.js';
import { clicks, gibberish, says } from '../support/messages.js';
import { describeState } from '../../src/conversation/run-turn.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createTestRunner, testCatalog } from '../support/runner.js';

type Snapshot = SnapshotFrom<typeof supportMachine>;
const PLANTED_SECRET = 'Tr0ub4dor&3!';
const secretMessage = says({ containsSecret: true });

const modelEvents: ConversationEvent[] = [
  { type: 'session.started' },
  { type: 'user.agent' },
  { type: 'user.startOver' },
  { type: 'user.back' },
  { type: 'user.cancel' },
  gibberish,
  secretMessage,
  says({ smallTalk: 'thanks' }),
  says({ smallTalk: 'greeting' }),
  says({ answer: 'unsure' }),
  says({ answer: 'yes' }),
  // Yes, with the facts of a need still waiting ("yes. about the other login: our IT contractor set it up").
  says({ answer: 'yes', slots: { role: 'client' } }),
  says({ answer: 'no', notHelped: true }),
  // A question asked back about the steps ("and what if the old laptop got wiped?").
  says({ asksBack: true }),
  // A remark asking for nothing ("problem solved, my colleague had it").
  says({ remark: true }),
  says({ slots: { loginTrouble: true } }),
  says({ guessedNeed: 'find_account' }),
  says({ outsideSources: true, slots: { role: 'owner' } }),
  says({ slots: { partner: 'altaire' } }),
  says({ slots: { whoseAccount: 'client' } }),
  says({ needs: ['recover_username', 'reset_password'] }),
  ...needs.map((need) => says({ needs: [need] })),
  { type: 'handoff.queued', caseId: 'C-MODEL1', position: 2 },
  { type: 'handoff.offline' },
  { type: 'handoff.failed' },
  { type: 'handoff.withdrawn' },
  { type: 'handoff.relayFailed' },
  { type: 'handoff.caseEnded' },
  // From the handoff service between the customer's turns.
  { type: 'handoff.position', position: 1 },
  { type: 'handoff.waitedTooLong' },
  { type: 'handoff.idle' },
  { type: 'agent.joined', agentName: 'Dana' },
  { type: 'agent.message', agentName: 'Dana', text: 'Hello, I can see your case.' },
  { type: 'agent.released', position: 1 },
  { type: 'agent.ended', agentName: 'Dana' },
];

/** A contact centre declining a queued case (handoff protocol "failed"): the desk sends it, not an effect. */
const contactCentreDeclined: ConversationEvent = { type: 'handoff.offline' };
modelEvents.push(contactCentreDeclined);

/** Results of effects: the runner sends these itself after calling the handoff port. */
const effectResults = new Set(['handoff.queued', 'handoff.offline', 'handoff.failed', 'handoff.withdrawn']);
const isEffectResult = (event: ConversationEvent) => effectResults.has(event.type) && event !== contactCentreDeclined;

/**
 * Abstract states: where the conversation rests, the slots that choose between its branches, and the
 * flags that change what an event does there. Every slot combination would multiply the graph past
 * what a test can walk without reaching more states or transitions; the coverage checks below prove
 * the abstraction loses none.
 */
function serializeState(snapshot: Snapshot): string {
  const { slots, misunderstood, pendingNeeds, history, guessedNeed } = snapshot.context;
  const branching = [slots.need, slots.role, slots.customerType, slots.hasOrderNumber, guessedNeed];
  return JSON.stringify([snapshot.value, branching, misunderstood, pendingNeeds.length > 0, history.length > 0]);
}

const catalog = testCatalog();

/** Events this test offers; xstate/graph adds a bare event for every other type a state accepts. */
const offered = new WeakSet<object>(modelEvents);
const offer = (events: ConversationEvent[]) => {
  for (const event of events) offered.add(event);
  return events;
};

/** Entry actions that say a line chosen from the context: the key they said for this snapshot. */
const keyChosenBy: Record<string, (snapshot: Snapshot) => string> = {
  sayConfirmNeed: (snapshot) => confirmNeedKey(snapshot.context.guessedNeed ?? 'human'),
  sayOfferNextNeed: (snapshot) => offerNextKey(firstPendingNeed(snapshot.context)),
  sayRoute: (snapshot) => routeKey(snapshot.context),
};

/** The buttons a resting state shows: the choices of the content it said on entry. */
function buttonsOf(snapshot: Snapshot): ConversationEvent[] {
  return snapshot._nodes.flatMap((node) =>
    node.entry.flatMap((action) => {
      const type = typeof action === 'string' ? action : (action as { type?: string }).type;
      const params = (action as { params?: unknown }).params as { key?: string } | undefined;
      const key = params?.key ?? (type ? keyChosenBy[type]?.(snapshot) : undefined);
      return key && catalog.has(key) ? offer(catalog.choicesOf(key).map((choice) => clicks(choice.id))) : [];
    }),
  );
}

const model = createTestModel(supportMachine, {
  events: (snapshot: Snapshot) => {
    // While an effect is pending the runner sends only its result; customers cannot get a word in.
    if (snapshot.matches({ handoff: 'requesting' }))
      return modelEvents.filter((e) => isEffectResult(e) && ['handoff.queued', 'handoff.offline', 'handoff.failed'].includes(e.type));
    if (snapshot.matches({ handoff: 'leaving' }) || snapshot.matches({ handoff: 'leavingForRoute' }))
      return modelEvents.filter((e) => e.type === 'handoff.withdrawn');
    return [...modelEvents.filter((event) => !isEffectResult(event)), ...buttonsOf(snapshot)];
  },
  filterEvents: (_snapshot, event) => offered.has(event),
  serializeState: (snapshot) => serializeState(snapshot),
});

type Step = { event: ConversationEvent; state: Snapshot };

/**
 * One path per distinct (resting state, event) edge: the shortest way to the edge's source, then the
 * edge. Shortest paths alone reach every state but skip transitions; these take every one.
 */
function edgePaths(): { description: string; steps: Step[] }[] {
  const toState = new Map(model.getShortestPaths({ allowDuplicatePaths: true }).map((path) => [serializeState(path.state), path.steps as Step[]]));
  const seen = new Set<string>();
  const paths: { description: string; steps: Step[] }[] = [];
  for (const [key, vertex] of Object.entries(model.getAdjacencyMap()) as [string, AdjacencyValue<Snapshot, ConversationEvent>][]) {
    const prefix = toState.get(key);
    if (!prefix) continue;
    for (const { event, state } of Object.values<{ event: ConversationEvent; state: Snapshot }>(vertex.transitions)) {
      // Edges that leave the same state on the same event and show the same thing in the same next
      // state take the same branches.
      const edge = JSON.stringify([vertex.state.value, event, state.value, state.context.shown.at(-1)]);
      if (seen.has(edge)) continue;
      seen.add(edge);
      const steps: Step[] = [...prefix, { event, state }];
      // An edge into a pending effect continues with its success, as the runner would.
      for (let last = state; !last.hasTag('waiting'); last = steps.at(-1)!.state) {
        const result: ConversationEvent =
          last.matches({ handoff: 'leaving' }) || last.matches({ handoff: 'leavingForRoute' })
            ? { type: 'handoff.withdrawn' }
            : { type: 'handoff.queued', caseId: 'C-MODEL1', position: 2 };
        steps.push({ event: result, state: getNextSnapshot(supportMachine, last, result) });
      }
      paths.push({ description: `${JSON.stringify(vertex.state.value)} --${event.type}-->`, steps });
    }
  }
  return paths;
}

/** A handoff port that answers a request the way the path being replayed says it does. */
class ScriptedHandoff implements HandoffPort {
  next: ConversationEvent | undefined;
  readonly requests: HandoffRequest[] = [];
  request(_key: string, request: HandoffRequest): Promise<HandoffTicket> {
    const next = this.next;
    this.next = undefined;
    if (next?.type === 'handoff.failed') return Promise.reject(new Error('queue unavailable'));
    this.requests.push(request);
    return Promise.resolve(
      next?.type === 'handoff.offline' ? { status: 'offline', caseId: 'C-MODEL1' } : { status: 'queued', caseId: 'C-MODEL1', position: 2 },
    );
  }
  async cancel(): Promise<void> {}
  async relay(): Promise<void> {}
}

type TransitionLike = { source: AnyStateNode; eventType: string };

const transitionId = (transition: TransitionLike, index: number) => `${transition.source.id} on ${transition.eventType || '(always)'} #${index}`;

function allTransitions(node: AnyStateNode): string[] {
  const own = [...node.transitions.entries()].flatMap(([, list]) => list.map((t, i) => transitionId(t, i)));
  const always = (node.always ?? []).map((t, i) => transitionId(t, i));
  return [...own, ...always, ...Object.values(node.states).flatMap((child) => allTransitions(child))];
}

function allStateIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap((child) => allStateIds(child))];
}

function takenTransition(transition: TransitionLike): string {
  const { source } = transition;
  const list = transition.eventType ? source.transitions.get(transition.eventType) : source.always;
  return transitionId(transition, (list ?? []).indexOf(transition as never));
}

const forbiddenInReplies = [
  /\b(your|the) password (is|was)\b/i,
  /\b(send|tell|give|type|share|enter|provide)( me| us)? (your|the) (current |old )?password\b/i,
  /Tr0ub4dor/,
];

describe('support machine, model-based', () => {
  const started = performance.now();
  // A path that ends while an effect is pending stops mid-turn; the runner always completes it, and
  // the same state is covered by the paths that go on from it.
  const paths = edgePaths().filter((path) => path.steps.at(-1)?.state.hasTag('waiting'));
  const traversalMs = Math.round(performance.now() - started);

  it('the model reaches every state of the machine', () => {
    const reached = new Set(paths.flatMap((path) => path.steps.flatMap((step) => step.state._nodes.map((n) => n.id))));
    const transient = new Set<string>();
    // Transient states (routing, outcomes, a flow's final states) are passed through within a step;
    // the replay checks them.
    for (const id of allStateIds(supportMachine.root)) if (!reached.has(id)) transient.add(id);
    const isTransient = (node: AnyStateNode) => node.always !== undefined || node.type === 'final';
    expect(paths.length).toBeGreaterThan(50);
    expect([...transient].filter((id) => !isTransient(supportMachine.getStateNodeById(id)) && id !== 'support')).toEqual([]);
  });

  it('every path, replayed on the real runner, rests where the model says and keeps the invariants', { timeout: 120_000 }, async () => {
    const taken = new Set<string>();
    const statesEntered = new Set<string>();
    const handoff = new ScriptedHandoff();
    const runner = createTestRunner({
      handoff,
      // The model's events carry their reading; the one message typed as text (the planted secret)
      // is read by the rules alone so that it means exactly what the model's event says.
      understand: (text) => Promise.resolve(readByRules(text)),
      inspect: (event: InspectionEvent) => {
        if (event.type !== '@xstate.microstep') return;
        for (const transition of event._transitions) taken.add(takenTransition(transition));
        for (const node of (event.snapshot as Snapshot)._nodes) statesEntered.add(node.id);
      },
    });

    let turns = 0;
    for (const [pathIndex, path] of paths.entries()) {
      const key = `model:${pathIndex}`;
      let before = 'start';
      for (const [i, step] of path.steps.entries()) {
        const event = step.event;
        if (isEffectResult(event) || (event.type as string) === 'xstate.init') continue;
        const next = path.steps[i + 1];
        handoff.next = next?.event;
        const restsAt = next && isEffectResult(next.event) ? next.state : step.state;

        const input = event === secretMessage ? ({ type: 'message', text: `my password is ${PLANTED_SECRET}` } as const) : ({ type: 'system', event } as const);
        const turn = await runner.runTurn(key, input);
        turns++;

        const where = `${path.description} — step ${i} (${event.type})`;
        expect(turn.stateAfter, where).toBe(describeState(restsAt.value));
        if (describeState(restsAt.value) !== before) expect(turn.replies.length, `${where}: a waiting state said nothing`).toBeGreaterThan(0);
        for (const reply of turn.replies) {
          for (const pattern of forbiddenInReplies) expect(reply.text, where).not.toMatch(pattern);
        }
        // "I didn't follow that" asks the customer to try again; it is never said while handing over.
        const keys = turn.replies.map((reply) => reply.key);
        if (keys.includes('common.notUnderstood'))
          expect(
            keys.filter((k) => k.startsWith('handoff.')),
            `${where}: ${keys.join(', ')}`,
          ).toEqual([]);
        before = describeState(restsAt.value);
      }
      const stored = JSON.stringify(await runner.store.load(key));
      expect(stored).not.toContain('Tr0ub4dor');
    }

    const missingTransitions = allTransitions(supportMachine.root).filter((id) => !taken.has(id));
    // Every path begins in the root's initial state; it is never entered by a transition.
    const missingStates = allStateIds(supportMachine.root).filter((id) => !statesEntered.has(id) && id !== 'support' && id !== 'support.start');
    console.info(
      `model-based: ${paths.length} paths (traversal ${traversalMs} ms), ${turns} turns, ${taken.size} transitions taken of ${allTransitions(supportMachine.root).length}`,
    );
    expect(missingStates).toEqual([]);
    expect(missingTransitions).toEqual([]);
  });
});
