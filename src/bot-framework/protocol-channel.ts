// The standard Bot Framework handoff protocol, for contact centres that speak it: the bot sends a
// `handoff.initiate` event into the customer's conversation with the case as context and the redacted
// transcript attached; the contact centre answers with `handoff.status` events (accepted, failed,
// completed), which SupportBot turns into calls on the desk. Agents there see their own UI, so
// there is no card to update and no thread to write in.
import { EventFactory, type Activity, type CloudAdapter } from 'botbuilder';
import { reportingFailures } from './proactive.js';
import type { ConversationReferenceStore } from '../ports/conversation-references.js';
import type { TranscriptLog } from '../ports/transcript-log.js';
import type { AgentChannel, CaseView } from '../handoff/agent-channel.js';

export class ProtocolChannel implements AgentChannel {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly records: ConversationReferenceStore & TranscriptLog,
  ) {}

  async postCase({ handoffCase }: CaseView): Promise<undefined> {
    const reference = await this.records.loadReference(handoffCase.conversationKey);
    if (!reference) throw new Error(`no conversation reference for ${handoffCase.conversationKey}`);
    const activities = (await this.records.readTranscript(handoffCase.conversationKey)).map((entry) => entry.activity as Partial<Activity>);
    const { caseId, reason, slots, shown } = handoffCase;
    await reportingFailures(
      (logic) => this.adapter.continueConversationAsync(this.botAppId, reference, logic),
      async (context) => {
        await context.sendActivity(EventFactory.createHandoffInitiation(context, { caseId, reason, slots, shown }, { activities: activities as Activity[] }));
      },
    );
    return undefined;
  }

  async updateCase(): Promise<void> {}

  async postToThread(): Promise<void> {}
}
