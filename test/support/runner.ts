// A real runner (machines, content, store, handoff) in memory, for conversation tests.
import type { InspectionEvent } from 'xstate';
import type { Catalog } from '../../src/content/catalog.js';
import type { RunTurn, TurnResult } from '../../src/conversation/run-turn.js';
import type { TurnInput } from '../../src/conversation/interpret.js';
import type { HandoffPort } from '../../src/ports/handoff.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { createUnderstand, type Understand } from '../../src/nlu/understand.js';
import { buildRunner, defaultCatalog } from '../../src/runner.js';

/** Trained once per test file: training is the same every time and takes milliseconds. */
const sharedUnderstand = createUnderstand(await trainSlotClassifier());

let cachedCatalog: Catalog | undefined;
export const testCatalog = (): Catalog => (cachedCatalog ??= defaultCatalog());

/** The label of a button (choice id) on a question, as a customer clicking it sends. */
export const choiceLabel = (key: string, choice: string): string => {
  const found = testCatalog()
    .choicesOf(key)
    .find((c) => c.id === choice);
  if (!found) throw new Error(`No button "${choice}" on ${key}`);
  return found.label;
};

export type TestRunner = {
  runTurn: RunTurn;
  store: MemoryStore;
  catalog: Catalog;
};

export function createTestRunner(options: { handoff?: HandoffPort; inspect?: (event: InspectionEvent) => void; understand?: Understand } = {}): TestRunner {
  const store = new MemoryStore();
  return buildRunner({
    store,
    catalog: testCatalog(),
    understand: options.understand ?? sharedUnderstand,
    ...(options.handoff ? { handoff: options.handoff } : {}),
    ...(options.inspect ? { inspect: options.inspect } : {}),
  });
}

/** One conversation, driven the way a customer drives it: open, type, click a button by its label. */
export class Chat {
  readonly turns: TurnResult[] = [];
  private lastChoices: { id: string; label: string }[] = [];

  constructor(
    private readonly runner: TestRunner,
    readonly key = `test:${Math.random().toString(36).slice(2)}`,
  ) {}

  async send(input: TurnInput): Promise<TurnResult> {
    const turn = await this.runner.runTurn(this.key, input);
    this.turns.push(turn);
    const withChoices = [...turn.replies].reverse().find((reply) => reply.choices.length > 0);
    if (turn.replies.length > 0) this.lastChoices = withChoices?.choices ?? [];
    return turn;
  }

  open = () => this.send({ type: 'start' });
  type = (text: string) => this.send({ type: 'message', text });

  /** Clicks the button with this choice id on the last question: sends its label, as Web Chat does. */
  click(choiceId: string): Promise<TurnResult> {
    const choice = this.lastChoices.find((c) => c.id === choiceId);
    if (!choice) throw new Error(`No button "${choiceId}" on the last question (have: ${this.lastChoices.map((c) => c.id).join(', ')})`);
    return this.type(choice.label);
  }

  get keys(): string[] {
    return this.turns.flatMap((turn) => turn.replies.map((reply) => reply.key));
  }

  get outcomes(): string[] {
    return this.turns.flatMap((turn) => turn.outcomes);
  }

  get texts(): string[] {
    return this.turns.flatMap((turn) => turn.replies.map((reply) => reply.text));
  }

  get lastKeys(): string[] {
    return this.turns.at(-1)?.replies.map((reply) => reply.key) ?? [];
  }
}
