// Real conversations recorded the way production records them, on a store of the test's choosing:
// SupportBot behind botbuilder's TestAdapter (it is what writes the redacted transcript; the runner
// alone does not), the real runner, content and understanding, and a HandoffDesk whose agents the
// test plays. One clock, moved by the test, stamps turns, notices and cases alike.
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { renderReply } from '../../src/bot-framework/render-reply.js';
import { SupportBot } from '../../src/bot-framework/support-bot.js';
import { outboundEntry } from '../../src/bot-framework/transcript.js';
import { KeyedQueue } from '../../src/conversation/keyed-queue.js';
import type { RunTurn } from '../../src/conversation/run-turn.js';
import type { AgentChannel } from '../../src/handoff/agent-channel.js';
import type { CustomerLine } from '../../src/handoff/case-steps.js';
import { createHandoffDesk, type HandoffDesk } from '../../src/handoff/handoff-desk.js';
import { createLogger } from '../../src/logger.js';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { createUnderstand } from '../../src/nlu/understand.js';
import type { Agent } from '../../src/ports/handoff-queue.js';
import type { Store } from '../../src/ports/store.js';
import { buildRunner } from '../../src/runner.js';
import { testCatalog } from '../support/runner.js';

const understand = createUnderstand(await trainSlotClassifier());
const MINUTE = 60_000;

/** Agents see nothing in tests; they act through the desk. */
const silentChannel: AgentChannel = {
  postCase: ({ handoffCase }) => Promise.resolve({ threadId: `thread-${handoffCase.caseId}`, cardActivityId: `card-${handoffCase.caseId}` }),
  updateCase: async () => {},
  postToThread: async () => {},
};

export class RecordedBot {
  readonly desk: HandoffDesk;
  private readonly runTurn: RunTurn;
  private readonly adapter: TestAdapter;
  private readonly catalog = testCatalog();

  constructor(
    readonly store: Store,
    private at: number,
  ) {
    const now = () => this.at;
    const logger = createLogger({ logLevel: 'silent', logPretty: false });
    const conversationLock = new KeyedQueue();
    // Notices between turns, as src/bot-framework/customer-line.ts records them, without a connector to send to.
    const customers: CustomerLine = {
      notify: (conversationKey, event) =>
        conversationLock.run(conversationKey, async () => {
          const turn = await this.runTurn(conversationKey, { type: 'system', event });
          await store.appendTranscript(turn.replies.map((reply) => outboundEntry(conversationKey, renderReply(reply), now())));
          return turn.replies;
        }),
    };
    this.desk = createHandoffDesk({
      queue: store,
      transcripts: store,
      channel: silentChannel,
      customers,
      limits: { waitMs: 5 * MINUTE, idleMs: 15 * MINUTE },
      logger,
      now,
    });
    this.runTurn = buildRunner({ store, catalog: this.catalog, understand, handoff: this.desk.customers, logger, now }).runTurn;
    const bot = new SupportBot({ runTurn: this.runTurn, logger, records: store, conversationLock, now });
    this.adapter = new TestAdapter(async (context) => bot.run(context));
  }

  get now(): number {
    return this.at;
  }

  advance(ms: number): void {
    this.at += ms;
  }

  chat(id: string): CustomerChat {
    return new CustomerChat(this, id);
  }

  /** Runs one customer activity and returns the bot's direct replies. */
  async receive(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0);
  }

  /** The label of a button on the last question this conversation was asked (a notice's buttons too). */
  async labelOf(conversationKey: string, choiceId: string): Promise<string> {
    const asked = (await this.store.readTranscript(conversationKey))
      .filter((entry) => entry.direction === 'out' && entry.activity.suggestedActions !== undefined)
      .at(-1);
    const key = (asked?.activity.channelData as { contentKey?: string } | undefined)?.contentKey;
    const choice = key === undefined ? undefined : this.catalog.choicesOf(key).find((c) => c.id === choiceId);
    if (!choice) throw new Error(`No button "${choiceId}" on the last question of ${conversationKey} (${key ?? 'none asked'})`);
    return choice.label;
  }

  /** The open case of a conversation, accepted by `agent` now. */
  async accept(conversationKey: string, agent: Agent): Promise<string> {
    const open = await this.store.openCaseOf(conversationKey);
    if (!open) throw new Error(`no open case for ${conversationKey}`);
    const result = await this.desk.agents.accept(open.caseId, agent);
    if (result.outcome !== 'done') throw new Error(`accept refused: ${result.reason.key}`);
    return open.caseId;
  }

  async end(caseId: string, agent: Agent): Promise<void> {
    const result = await this.desk.agents.end(caseId, agent.id);
    if (result.outcome !== 'done') throw new Error(`end refused: ${result.reason.key}`);
  }
}

/** One customer, in their own conversation, driving it as Web Chat does. */
class CustomerChat {
  readonly replies: Partial<Activity>[] = [];

  constructor(
    private readonly bot: RecordedBot,
    readonly id: string,
  ) {}

  /** The key the store keeps this conversation under (TestAdapter's channel is "test"). */
  get key(): string {
    return `test:${this.id}`;
  }

  private async send(activity: Partial<Activity>): Promise<string[]> {
    const received = await this.bot.receive({
      ...activity,
      conversation: { id: this.id } as Activity['conversation'],
      from: { id: `user-${this.id}`, name: 'Customer', role: 'user' },
    });
    this.replies.push(...received);
    return received.map((reply) => (reply.channelData as { contentKey: string }).contentKey);
  }

  open = () =>
    this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: `user-${this.id}`, name: 'Customer' }], recipient: { id: 'bot', name: 'Bot' } });

  type = (text: string) => this.send({ type: ActivityTypes.Message, text });

  async click(choiceId: string): Promise<string[]> {
    return this.type(await this.bot.labelOf(this.key, choiceId));
  }
}
