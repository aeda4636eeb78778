// The bot behind botbuilder's TestAdapter: real SupportBot, runner, content and store, no HTTP.
import { KeyedQueue } from '../../src/conversation/keyed-queue.js';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { SupportBot } from '../../src/bot-framework/support-bot.js';
import { createOnTurnError } from '../../src/bot-framework/on-turn-error.js';
import { conversationKeyOf } from '../../src/bot-framework/conversation-key.js';
import { partsOf, type ReplyChannelData } from '../../src/bot-framework/render-reply.js';
import { createLogger } from '../../src/logger.js';
import { createTestRunner, type TestRunner } from './runner.js';

export class AdapterChat {
  readonly adapter: TestAdapter;
  readonly runner: TestRunner;
  readonly replies: Partial<Activity>[] = [];

  constructor() {
    this.runner = createTestRunner();
    const logger = createLogger({ logLevel: 'silent', logPretty: false });
    const bot = new SupportBot({ runTurn: this.runner.runTurn, logger, records: this.runner.store, conversationLock: new KeyedQueue() });
    this.adapter = new TestAdapter(async (context) => bot.run(context));
    this.adapter.onTurnError = createOnTurnError({ catalog: this.runner.catalog, logger });
  }

  private async receive(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.adapter.receiveActivity(activity);
    const received = this.adapter.activeQueue.splice(0);
    this.replies.push(...received);
    return received;
  }

  open = () =>
    this.receive({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'user', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });

  type = (text: string) => this.receive({ type: ActivityTypes.Message, text });

  /** The buttons of the last reply that had any, as Web Chat shows them. */
  get buttons(): { title: string; value: string }[] {
    const last = [...this.replies].reverse().find((reply) => (reply.suggestedActions?.actions.length ?? 0) > 0);
    return (last?.suggestedActions?.actions ?? []).map((action) => ({ title: action.title ?? '', value: String(action.value) }));
  }

  /** The key the runner stores this conversation under (TestAdapter's one conversation). */
  get conversationKey(): string {
    const first = this.replies[0];
    if (!first?.channelId || !first.conversation) throw new Error('no reply yet');
    return conversationKeyOf({ channelId: first.channelId, conversation: first.conversation });
  }

  get outcomes(): string[] {
    return this.replies.flatMap((reply) => {
      const outcome = (reply.channelData as ReplyChannelData | undefined)?.outcome;
      return outcome ? [outcome] : [];
    });
  }

  get contentKeys(): string[] {
    return this.replies.flatMap((reply) => partsOf(reply.channelData as ReplyChannelData));
  }

  get texts(): string[] {
    return this.replies.map((reply) => reply.text ?? '');
  }
}
