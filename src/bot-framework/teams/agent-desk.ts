// What agents do in Teams: click the card's buttons (an `adaptiveCard/action` invoke, or a message
// carrying the button's data where the host falls back to Action.Submit), write in a
// case's thread (relayed to the customer when they hold the case), or type a command in the thread
// or in a 1:1 chat with the bot. The bot reads thread messages without an @mention thanks to the
// manifest's resource-specific consent (ChannelMessage.Read.Group); with an @mention they work too.
// Only agents (agent-roster.ts) list, accept, end or release cases, wherever the command comes from.
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AgentActionResult, AgentActions } from '../../handoff/agent-actions.js';
import { line, type AgentText } from '../../handoff/agent-text.js';
import type { Agent, HandoffCase, HandoffQueue } from '../../ports/handoff-queue.js';
import { z } from 'zod';
import type { AgentRoster, Membership } from './agent-roster.js';
import { CARD_CONTENT_TYPE, caseCard, cardVerbs, type CardVerb, type SubmittedCardAction } from './case-card.js';

const command = /^\s*(queue|accept|end|release|help)(?:\s+(C-[A-Z0-9]{6}))?\s*[.!]?\s*$/i;

/** Teams writes an @mention into the text as <at>Name</at>; the words around it are the message. */
const withoutMentions = (text: string): string =>
  text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const agentOf = (context: TurnContext): Agent => ({
  id: context.activity.from.aadObjectId ?? context.activity.from.id,
  name: context.activity.from.name?.trim() || 'Agent',
});

const isThread = (context: TurnContext): boolean => context.activity.conversation.id.includes(';messageid=');

/** Where agents work: cases are taken only from this channel, and only in this tenant when one is set. */
export type AgentsPlace = { channelId: string; tenantId?: string };

type TeamsChannelData = { teamsChannelId?: string; channel?: { id?: string }; tenant?: { id?: string } };

/** What a case card's buttons send (case-card.ts); anything else is refused before a case is touched. */
const cardActionSchema = z.looseObject({
  action: z.looseObject({
    verb: z.enum(cardVerbs),
    data: z.looseObject({ caseId: z.string().min(1).max(200) }),
  }),
});

/** What a button's Action.Submit fallback sends as the message's value (case-card.ts). */
const submittedActionSchema = z.looseObject({ verb: z.enum(cardVerbs), caseId: z.string().min(1).max(200) });

/** What came of a button pressed: refused before anything was done, or the desk's answer. */
type CardActionOutcome = { kind: 'wrong-place' } | { kind: 'not-agent' } | { kind: 'unknown' } | { kind: 'acted'; result: AgentActionResult };

export type TeamsAgentDeskDeps = {
  actions: AgentActions;
  /** What agents list: the queue, the cases they hold, the case of a thread. */
  cases: Pick<HandoffQueue, 'caseOfThread' | 'listQueued' | 'listAcceptedBy'>;
  place: AgentsPlace;
  logger: Logger;
  roster: AgentRoster;
  text: AgentText;
  now: () => number;
};

export class TeamsAgentDesk {
  private readonly actions: AgentActions;
  private readonly logger: Logger;
  private readonly text: AgentText;

  constructor(private readonly deps: TeamsAgentDeskDeps) {
    this.actions = deps.actions;
    this.logger = deps.logger;
    this.text = deps.text;
  }

  private membershipOf(context: TurnContext): Promise<Membership> {
    const { id, aadObjectId } = context.activity.from;
    return this.deps.roster.check({ id, ...(aadObjectId ? { aadObjectId } : {}) });
  }

  /** What someone who may not act on cases is told; `unknown`: Teams could not be asked, so nothing was done. */
  private notLetIn(membership: 'not-agent' | 'unknown'): string {
    return this.text.say(line(membership === 'unknown' ? 'agents.membershipUnknown' : 'agents.notAnAgent'));
  }

  /** Another tenant never reaches the desk; in a team, only the agents' channel does. */
  private refusal(context: TurnContext): string | undefined {
    const { place } = this.deps;
    const data = (context.activity.channelData ?? {}) as TeamsChannelData;
    const tenant = data.tenant?.id ?? context.activity.conversation.tenantId;
    if (place.tenantId && tenant !== place.tenantId) return 'another tenant';
    const channel = data.teamsChannelId ?? data.channel?.id;
    if (context.activity.conversation.conversationType === 'personal') return undefined;
    return channel === place.channelId ? undefined : 'not the agents channel';
  }

  private describeQueue(cases: HandoffCase[]): string {
    if (cases.length === 0) return this.text.say(line('agents.queue.empty'));
    const now = this.deps.now();
    return [
      this.text.say(line('agents.queue.heading', { count: String(cases.length) })),
      ...cases.map((c, index) => {
        const values = {
          place: String(index + 1),
          caseId: c.caseId,
          need: c.slots.need?.replace(/_/g, ' ') ?? this.text.say(line('agents.queue.needUnknown')),
          reason: c.reason,
          minutes: String(Math.max(0, Math.round((now - c.requestedAt) / 60_000))),
        };
        return this.text.say(c.slots.partner === 'altaire' ? line('agents.queue.altaireCase', values) : line('agents.queue.case', values));
      }),
    ].join('\n');
  }

  private describeResult(result: AgentActionResult, done: string): string {
    return result.outcome === 'done' ? done : this.text.say(line('agents.command.notDone', { reason: this.text.say(result.reason) }));
  }

  /** A message from an agent: a command, or words for the customer of the thread's case. */
  async onMessage(context: TurnContext): Promise<void> {
    const refused = this.refusal(context);
    if (refused) {
      this.logger.warn({ reason: refused }, 'Teams message ignored');
      return;
    }
    const submitted = submittedActionSchema.safeParse(context.activity.value);
    if (submitted.success) {
      await this.onSubmittedAction(context, submitted.data);
      return;
    }
    const text = withoutMentions(context.activity.text ?? '');
    if (text === '') return;
    const agent = agentOf(context);
    const threadCase = isThread(context) ? await this.deps.cases.caseOfThread(context.activity.conversation.id) : undefined;
    const parsed = command.exec(text);
    if (parsed) {
      const membership = parsed[1]!.toLowerCase() === 'help' ? 'agent' : await this.membershipOf(context);
      if (membership !== 'agent') this.logger.warn({ agentId: agent.id, membership, command: parsed[1] }, 'Teams command refused: not an agent');
      const answer = membership === 'agent' ? await this.runCommand(parsed, agent, threadCase) : this.notLetIn(membership);
      await context.sendActivity({ type: 'message', textFormat: 'markdown', text: answer });
      return;
    }
    if (!threadCase) {
      // Outside a case thread nothing is relayed; a word of help instead of silence.
      if (!isThread(context) || context.activity.conversation.conversationType === 'personal') {
        await context.sendActivity({ type: 'message', textFormat: 'markdown', text: this.text.say(line('agents.help')) });
      }
      return;
    }
    const result = await this.actions.agentWrote(threadCase.threadId!, agent, text);
    if (result?.outcome === 'refused') {
      await context.sendActivity({
        type: 'message',
        text: this.text.say(line('agents.relay.notSent', { agent: agent.name, reason: this.text.say(result.reason) })),
      });
    }
  }

  /** Accept / End chat / Put back in queue on a card; the answer is the card as it now stands. */
  async onCardAction(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const parsed = cardActionSchema.safeParse(value);
    if (!parsed.success) {
      const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `unknown card action (${problem})` } };
    }
    const {
      verb,
      data: { caseId },
    } = parsed.data.action;
    const outcome = await this.actOnCard(context, verb, caseId);
    switch (outcome.kind) {
      case 'wrong-place':
        return {
          statusCode: 403,
          type: 'application/vnd.microsoft.error',
          value: { code: 'Forbidden', message: this.text.say(line('agents.wrongPlace')) },
        };
      case 'unknown':
        return { statusCode: 503, type: 'application/vnd.microsoft.error', value: { code: 'ServiceUnavailable', message: this.notLetIn('unknown') } };
      case 'not-agent':
        return { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'Forbidden', message: this.notLetIn('not-agent') } };
      case 'acted':
        break;
    }
    const view = await this.actions.viewOf(caseId);
    if (!view)
      return {
        statusCode: 404,
        type: 'application/vnd.microsoft.error',
        value: { code: 'NotFound', message: this.text.say(line('agents.noSuchCase')) },
      };
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: caseCard(view, this.text).content as never };
  }

  /**
   * A button pressed where the host has no Universal Actions: a message, so the answer is a message too
   * when nothing was done; when it was, the desk has already updated the card for everyone.
   */
  private async onSubmittedAction(context: TurnContext, { verb, caseId }: SubmittedCardAction): Promise<void> {
    const outcome = await this.actOnCard(context, verb, caseId);
    const answer =
      outcome.kind === 'not-agent' || outcome.kind === 'unknown'
        ? this.notLetIn(outcome.kind)
        : outcome.kind === 'acted' && outcome.result.outcome === 'refused'
          ? this.describeResult(outcome.result, '')
          : undefined;
    if (answer) await context.sendActivity({ type: 'message', textFormat: 'markdown', text: answer });
  }

  /** The checks every button press passes (the place, then who pressed it), then the action itself. */
  private async actOnCard(context: TurnContext, verb: CardVerb, caseId: string): Promise<CardActionOutcome> {
    const refused = this.refusal(context);
    if (refused) {
      this.logger.warn({ reason: refused, caseId }, 'card action refused');
      return { kind: 'wrong-place' };
    }
    const agent = agentOf(context);
    const membership = await this.membershipOf(context);
    if (membership !== 'agent') {
      this.logger.warn({ caseId, verb, agentId: agent.id, membership }, 'card action refused: not an agent');
      return { kind: membership };
    }
    const result = await this.act(verb, caseId, agent);
    this.logger.info({ caseId, verb, agentId: agent.id, outcome: result.outcome }, 'card action');
    return { kind: 'acted', result };
  }

  private act(verb: CardVerb, caseId: string, agent: Agent): Promise<AgentActionResult> {
    switch (verb) {
      case 'accept':
        return this.actions.accept(caseId, agent);
      case 'end':
        return this.actions.end(caseId, agent.id);
      case 'release':
        return this.actions.release(caseId, agent.id);
    }
  }

  /** Only for agents (the roster said so). */
  private async runCommand(parsed: RegExpExecArray, agent: Agent, threadCase: HandoffCase | undefined): Promise<string> {
    const name = parsed[1]!.toLowerCase();
    if (name === 'help') return this.text.say(line('agents.help'));
    if (name === 'queue') return this.describeQueue(await this.deps.cases.listQueued());
    const caseId = parsed[2]?.toUpperCase() ?? threadCase?.caseId ?? (await this.onlyCaseOf(agent));
    if (caseId === undefined) {
      const held = await this.deps.cases.listAcceptedBy(agent.id);
      return held.length === 0
        ? this.text.say(line('agents.command.noCase', { command: name }))
        : this.text.say(line('agents.command.whichCase', { count: String(held.length), caseIds: held.map((c) => c.caseId).join(', '), command: name }));
    }
    const verb = name as CardVerb;
    const result = await this.act(verb, caseId, agent);
    const done = {
      accept: line('agents.command.accepted', { caseId }),
      end: line('agents.command.ended', { caseId }),
      release: line('agents.command.released', { caseId }),
    }[verb];
    return this.describeResult(result, this.text.say(done));
  }

  private async onlyCaseOf(agent: Agent): Promise<string | undefined> {
    const held = await this.deps.cases.listAcceptedBy(agent.id);
    return held.length === 1 ? held[0]!.caseId : undefined;
  }
}
