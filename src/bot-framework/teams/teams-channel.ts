// The agents' channel in Microsoft Teams: each case is a new thread whose first post is its card;
// updates replace the card in place and notes go into the thread. Everything goes through the Bot
// Framework connector at the Teams service URL, as proactive messages.
import { Channels, TeamsInfo, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import { reportingFailures, sendAsNewMessages } from '../proactive.js';
import type { AgentChannel, CaseView, PostedCase, ThreadPost } from '../../handoff/agent-channel.js';
import { line, type AgentText } from '../../handoff/agent-text.js';
import type { HandoffCase } from '../../ports/handoff-queue.js';
import { caseCard } from './case-card.js';
import { markdownLiteral } from './plain-text.js';

export type TeamsChannelConfig = {
  /** The Teams service URL for the tenant (https://smba.trafficmanager.net/<region>/). */
  serviceUrl: string;
  /** The agents' channel id (19:…@thread.tacv2). */
  channelId: string;
  tenantId?: string;
  /** The agents' team, whose members are the agents (config: TEAMS_AGENTS_TEAM_ID, else the channel's id). */
  teamId: string;
  botAppId: string;
};

/** The scope of tokens for calls from a bot to a channel (botframework-connector's ToChannelFromBotOAuthScope). */
const TO_CHANNEL_SCOPE = 'https://api.botframework.com';

/** Teams names a channel thread `<channel id>;messageid=<id of its first post>`. */
const rootActivityOf = (threadId: string): string | undefined => /;messageid=([^;]+)$/.exec(threadId)?.[1];

/**
 * Teams renders a bot's message as markdown (and honours HTML in it), and channels have been known to
 * ignore textFormat "plain", so nothing the customer typed is left to be read as markup: their words
 * are one quoted line under a label they cannot write, and the notes (which name agents) are escaped
 * the same way.
 */
const threadText = (post: ThreadPost, text: AgentText): string =>
  'customerWrote' in post
    ? text.say(line('agents.thread.customerWrote', { text: markdownLiteral(post.customerWrote) }))
    : text.say(line('agents.thread.note', { note: markdownLiteral(text.say(post.note)) }));

export class TeamsChannel implements AgentChannel {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly config: TeamsChannelConfig,
    private readonly text: AgentText,
  ) {}

  async postCase(view: CaseView): Promise<PostedCase> {
    const { botAppId, serviceUrl, channelId, tenantId } = this.config;
    let threadId: string | undefined;
    await reportingFailures(
      (logic) =>
        this.adapter.createConversationAsync(
          botAppId,
          Channels.Msteams,
          serviceUrl,
          TO_CHANNEL_SCOPE,
          {
            isGroup: true,
            bot: { id: botAppId, name: 'Support bot' },
            channelData: { channel: { id: channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
            activity: { type: 'message', attachments: [caseCard(view, this.text)] },
            ...(tenantId ? { tenantId } : {}),
          } as Parameters<CloudAdapter['createConversationAsync']>[4],
          logic,
        ),
      (context) => {
        threadId = context.activity.conversation.id;
        return Promise.resolve();
      },
    );
    const cardActivityId = threadId === undefined ? undefined : rootActivityOf(threadId);
    if (threadId === undefined || cardActivityId === undefined) {
      throw new Error(`Teams did not answer with a channel thread id (got ${String(threadId)})`);
    }
    return { threadId, cardActivityId };
  }

  async updateCase(view: CaseView): Promise<void> {
    const { threadId, cardActivityId } = view.handoffCase;
    if (threadId === undefined || cardActivityId === undefined) return;
    await this.inThread(threadId, (context) =>
      context.updateActivity({ id: cardActivityId, type: 'message', attachments: [caseCard(view, this.text)] }).then(() => undefined),
    );
  }

  async postToThread(handoffCase: HandoffCase, post: ThreadPost): Promise<void> {
    if (handoffCase.threadId === undefined) return;
    const text = threadText(post, this.text);
    await this.inThread(handoffCase.threadId, (context) => context.sendActivity({ type: 'message', text, textFormat: 'markdown' }).then(() => undefined));
  }

  /**
   * Whether Teams counts the member id (29:… or an Entra object id) among the agents' team: asked at
   * the configured service URL, never at one an activity names. Teams answers 404 for someone who is
   * not a member; any other failure is thrown, and the caller refuses.
   */
  async isTeamMember(memberId: string): Promise<boolean> {
    const { teamId } = this.config;
    let member = false;
    await this.inThread(teamId, async (context) => {
      try {
        await TeamsInfo.getTeamMember(context, teamId, memberId);
        member = true;
      } catch (error) {
        if ((error as { statusCode?: unknown }).statusCode !== 404) throw error;
      }
    });
    return member;
  }

  private inThread(threadId: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const { botAppId, serviceUrl, tenantId } = this.config;
    const reference: ConversationReference = {
      channelId: Channels.Msteams,
      serviceUrl,
      bot: { id: botAppId, name: 'Support bot' },
      conversation: { id: threadId, isGroup: true, conversationType: 'channel', name: '', ...(tenantId ? { tenantId } : {}) },
    };
    return reportingFailures(
      (run) => this.adapter.continueConversationAsync(botAppId, reference, TO_CHANNEL_SCOPE, run),
      async (context) => {
        sendAsNewMessages(context);
        await logic(context);
      },
    );
  }
}
