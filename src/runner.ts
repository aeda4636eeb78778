// The one place a conversation runner is assembled: the machines (inside createRunTurn), a brand's
// content, the understanding, a snapshot store and a handoff port. The app, the terminal chat, the
// evaluation and the tests all build theirs here, so a new dependency of the runner is wired once.
import type { InspectionEvent } from 'xstate';
import type { Logger } from 'pino';
import { loadConfig } from './config.js';
import { createCatalog, type Catalog } from './content/catalog.js';
import { loadContent } from './content/load-content.js';
import { createRunTurn, type RunTurn } from './conversation/run-turn.js';
import { recordingDesk } from './handoff/handoff-desk.js';
import { createLogger } from './logger.js';
import type { Understand } from './nlu/understand.js';
import type { HandoffPort } from './ports/handoff.js';
import type { HandoffQueue } from './ports/handoff-queue.js';
import type { SnapshotStore } from './ports/snapshot-store.js';
import type { TranscriptLog } from './ports/transcript-log.js';
import { MemoryStore } from './stores/memory.js';

/** A store that can also hold the handoff requests of a desk where nobody chats live. */
type RecordingStore = SnapshotStore & HandoffQueue & TranscriptLog;

type RunnerOptions = {
  understand: Understand;
  /** The default brand's content when left out. */
  catalog?: Catalog;
  /** Silent when left out. */
  logger?: Logger;
  now?: () => number;
  effectTimeoutMs?: number;
  /** Observes every microstep (tests measure transition coverage with it). */
  inspect?: (event: InspectionEvent) => void;
};

/**
 * Without a handoff port, requests for a person are recorded in the store (nobody chats live), so the
 * store must be able to hold them; with one, any snapshot store will do. Without a store, a new
 * in-memory one.
 */
export type RunnerDeps<S extends SnapshotStore> = RunnerOptions & ({ store?: S & RecordingStore; handoff?: undefined } | { store: S; handoff: HandoffPort });

export type Runner<S extends SnapshotStore> = { runTurn: RunTurn; store: S; catalog: Catalog };

export const defaultCatalog = (): Catalog => createCatalog(loadContent(loadConfig({}).brand));

export function buildRunner<S extends SnapshotStore = MemoryStore>(deps: RunnerDeps<S>): Runner<S> {
  const logger = deps.logger ?? createLogger({ logLevel: 'silent', logPretty: false });
  const catalog = deps.catalog ?? defaultCatalog();
  const now = deps.now ?? Date.now;
  // S is MemoryStore exactly when no store is given (the type parameter's default).
  const store = deps.store ?? (new MemoryStore() as unknown as S & RecordingStore);
  const handoff = deps.handoff ?? recordingDesk(store as S & RecordingStore, logger, now);
  const runTurn = createRunTurn({
    store,
    catalog,
    understand: deps.understand,
    handoff,
    logger,
    now,
    ...(deps.effectTimeoutMs !== undefined ? { effectTimeoutMs: deps.effectTimeoutMs } : {}),
    ...(deps.inspect ? { inspect: deps.inspect } : {}),
  });
  return { runTurn, store, catalog };
}
