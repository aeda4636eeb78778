// One step of the conversation machine as a pure function: a snapshot and an event in, the next
// snapshot and what the machine asked for out (lines to say, effects for the runner to perform).
// Nothing here runs an action, keeps state between calls or touches I/O.
import { createActor, type InspectionEvent, type SnapshotFrom } from 'xstate';
import type { ConversationEvent } from '../../machines/events.js';
import { conversationMachine } from '../../machines/registry.js';
import type { HandoffRequest, SayParams } from '../../machines/setup.js';

export type Effect = { type: 'requestHandoff'; request: HandoffRequest } | { type: 'cancelHandoff' } | { type: 'relayToAgent' };

const machine = conversationMachine.machine;
export type ConversationSnapshot = SnapshotFrom<typeof machine>;

/** What one step produced: the snapshot to go on from, and its actions as data, in order. */
export type Step = { snapshot: ConversationSnapshot; said: SayParams[]; effects: Effect[] };

type ExecutableAction = { type: string; params: unknown };
/** The actor scope this machine's own functions take. */
type MachineScope = Parameters<typeof machine.transition>[2];

/** The machine's own actions (`assign`) are already applied to the snapshot; these are the ones it asks of the runner. */
function collect(actions: ExecutableAction[]): Pick<Step, 'said' | 'effects'> {
  const said: SayParams[] = [];
  const effects: Effect[] = [];
  for (const action of actions) {
    if (action.type === 'say') said.push(action.params as SayParams);
    else if (action.type === 'requestHandoff') effects.push({ type: 'requestHandoff', request: action.params as HandoffRequest });
    else if (action.type === 'cancelHandoff' || action.type === 'relayToAgent') effects.push({ type: action.type });
  }
  return { said, effects };
}

export type Stepper = {
  /** The machine's first snapshot and what its entry asks for. */
  start(): Step;
  /** A persisted snapshot made live again; throws when it does not fit the machine. */
  restore(persisted: unknown): ConversationSnapshot;
  send(snapshot: ConversationSnapshot, event: ConversationEvent): Step;
  persist(snapshot: ConversationSnapshot): unknown;
};

/**
 * What xstate's `initialTransition` and `transition` do, with the inert actor scope they need built
 * once instead of at every call: xstate builds it from a new actor each time, which computes the
 * machine's whole initial state only to throw it away (30 µs a step with xstate's functions, 9 µs with
 * the scope built once, measured on this machine; a turn takes one to three steps). The scope
 * is read-only for this machine (it spawns and invokes nothing), so sharing it shares no state
 * between turns. `inspect` sees every microstep (the model-based test measures transition coverage
 * with it).
 */
export function createStepper(options: { inspect?: (event: InspectionEvent) => void } = {}): Stepper {
  const self = createActor(machine, options.inspect ? { inspect: options.inspect } : {});
  const scopeFor = (actions: ExecutableAction[]): MachineScope => ({
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => {},
    logger: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: (action) => void actions.push(action),
  });

  return {
    start() {
      const actions: ExecutableAction[] = [];
      const snapshot = machine.getInitialSnapshot(scopeFor(actions));
      return { snapshot, ...collect(actions) };
    },
    restore(persisted) {
      return machine.restoreSnapshot(persisted as Parameters<typeof machine.restoreSnapshot>[0], scopeFor([]));
    },
    send(snapshot, event) {
      const actions: ExecutableAction[] = [];
      const next = machine.transition(snapshot, event, scopeFor(actions));
      return { snapshot: next, ...collect(actions) };
    },
    persist: (snapshot) => machine.getPersistedSnapshot(snapshot),
  };
}
