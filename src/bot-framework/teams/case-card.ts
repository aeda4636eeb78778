// The Adaptive Card agents see for a case in the Teams channel: who the customer is, what they need,
// what the bot already told them, the redacted transcript, and the action that fits the status.
// Action.Execute (Universal Actions, card 1.4) arrives as an `adaptiveCard/action` invoke, whose
// answer replaces the card for the agent who clicked; the bot also updates it for everyone. A host
// without Universal Actions shows each button's `fallback` instead, an Action.Submit with the same verb
// and case, which arrives as a message with that data as its value (agent-desk.ts handles both).
import type { Attachment } from 'botbuilder';
import type { CaseView, TranscriptLine } from '../../handoff/agent-channel.js';
import { line, type AgentText, type PlainAgentKey } from '../../handoff/agent-text.js';
import type { HandoffCase } from '../../ports/handoff-queue.js';
import { cardLiteral, cardOwnWords } from './plain-text.js';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export const cardVerbs = ['accept', 'end', 'release'] as const;
export type CardVerb = (typeof cardVerbs)[number];

/** Why a case was handed over, as agents read it; a reason not listed here is shown as it is. */
const reasonKeys: Readonly<Record<string, PlainAgentKey>> = {
  asked: 'agents.card.reason.asked',
  stuck: 'agents.card.reason.stuck',
  'not-solved': 'agents.card.reason.notSolved',
  'partner-altaire': 'agents.card.reason.partnerAltaire',
  affiliate: 'agents.card.reason.affiliate',
  'unknown-customer-type': 'agents.card.reason.unknownCustomerType',
  'outside-sources': 'agents.card.reason.outsideSources',
};

const plain = (text: AgentText, key: PlainAgentKey): string => text.say(line(key));

const readable = (text: AgentText, value: string | boolean | undefined): string =>
  value === undefined
    ? plain(text, 'agents.card.value.notKnown')
    : typeof value === 'boolean'
      ? plain(text, value ? 'agents.card.value.yes' : 'agents.card.value.no')
      : value.replace(/_/g, ' ');

const statusLine = (handoffCase: HandoffCase, text: AgentText): { text: string; color: string } => {
  const agent = handoffCase.agent?.name;
  switch (handoffCase.status) {
    case 'queued':
      return { text: text.say(line('agents.card.status.queued')), color: 'Warning' };
    case 'accepted':
      return { text: text.say(agent ? line('agents.card.status.accepted', { agent }) : line('agents.card.status.acceptedUnnamed')), color: 'Good' };
    case 'closed':
      return { text: text.say(agent ? line('agents.card.status.closed', { agent }) : line('agents.card.status.closedUnnamed')), color: 'Default' };
    case 'cancelled':
      return { text: text.say(line('agents.card.status.cancelled')), color: 'Default' };
    case 'abandoned':
      return { text: text.say(line('agents.card.status.abandoned')), color: 'Default' };
  }
};

const speakerKeys: Record<TranscriptLine['from'], PlainAgentKey> = {
  customer: 'agents.card.speaker.customer',
  bot: 'agents.card.speaker.bot',
  agent: 'agents.card.speaker.agent',
};

/** The bot's and agents' own words carry emphasis marks; a TextRun would show them as typed. */
const withoutEmphasis = (text: string): string => text.replace(/\*\*|__/g, '');

/**
 * A TextBlock reads its text as markdown, so what anyone said is in a TextRun, which never does; the
 * speaker is named outside it, and the customer's words are quoted on a shaded background, one line;
 * the bot's and agents' own lines keep their line breaks.
 */
const transcriptLine = (text: AgentText) => (said: TranscriptLine) => {
  const customer = said.from === 'customer';
  return {
    type: 'Container',
    spacing: 'Small',
    ...(customer ? { style: 'emphasis' } : {}),
    items: [
      { type: 'TextBlock', text: plain(text, speakerKeys[said.from]), weight: 'Bolder', size: 'Small', wrap: true },
      {
        type: 'RichTextBlock',
        spacing: 'None',
        inlines: [{ type: 'TextRun', text: customer ? `“${cardLiteral(said.text)}”` : cardOwnWords(withoutEmphasis(said.text)) }],
      },
    ],
  };
};

/** What an Action.Submit fallback sends as the message's value. */
export type SubmittedCardAction = { verb: CardVerb; caseId: string };

const action = (verb: CardVerb, title: string, caseId: string, style?: 'positive' | 'destructive') => ({
  type: 'Action.Execute',
  verb,
  title,
  data: { caseId },
  ...(style ? { style } : {}),
  fallback: { type: 'Action.Submit', title, data: { verb, caseId } satisfies SubmittedCardAction, ...(style ? { style } : {}) },
});

export function caseCard({ handoffCase, transcript }: CaseView, text: AgentText): Attachment {
  const { slots, caseId } = handoffCase;
  const altaire = slots.partner === 'altaire';
  const status = statusLine(handoffCase, text);
  const say = (key: PlainAgentKey) => plain(text, key);
  const actions =
    handoffCase.status === 'queued'
      ? [action('accept', say('agents.card.action.accept'), caseId, 'positive')]
      : handoffCase.status === 'accepted'
        ? [action('end', say('agents.card.action.end'), caseId, 'destructive'), action('release', say('agents.card.action.release'), caseId)]
        : [];
  const reasonKey = reasonKeys[handoffCase.reason];
  const none = say('agents.card.value.none');
  const body: unknown[] = [
    { type: 'TextBlock', size: 'Large', weight: 'Bolder', text: text.say(line('agents.card.title', { caseId })), wrap: true },
    { type: 'TextBlock', text: status.text, color: status.color, weight: 'Bolder', wrap: true, spacing: 'None' },
    ...(altaire ? [{ type: 'TextBlock', text: say('agents.card.altaire'), color: 'Attention', weight: 'Bolder', wrap: true }] : []),
    {
      type: 'FactSet',
      facts: [
        { title: say('agents.card.fact.reason'), value: reasonKey ? say(reasonKey) : handoffCase.reason },
        { title: say('agents.card.fact.need'), value: readable(text, slots.need) },
        ...(handoffCase.pendingNeeds?.length
          ? [{ title: say('agents.card.fact.alsoAsked'), value: handoffCase.pendingNeeds.map((need) => readable(text, need)).join(', ') }]
          : []),
        { title: say('agents.card.fact.role'), value: readable(text, slots.role) },
        { title: say('agents.card.fact.customerType'), value: readable(text, slots.customerType) },
        { title: say('agents.card.fact.product'), value: readable(text, slots.product) },
        {
          title: say('agents.card.fact.partner'),
          value: altaire ? say('agents.card.value.altaire') : slots.partner === 'none' ? none : say('agents.card.value.notKnown'),
        },
        { title: say('agents.card.fact.shown'), value: handoffCase.shown.length > 0 ? handoffCase.shown.join(', ') : none },
      ],
    },
    { type: 'TextBlock', text: say('agents.card.transcript'), weight: 'Bolder', wrap: true, separator: true },
    ...(transcript.length > 0
      ? transcript.map(transcriptLine(text))
      : [{ type: 'TextBlock', text: say('agents.card.transcriptEmpty'), isSubtle: true, wrap: true }]),
  ];
  return {
    contentType: CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.4',
      body,
      actions,
    },
  };
}
