// The Adaptive Card agents see for a case in the Teams channel: who the customer is, what they need,
// what the bot already told them, the redacted transcript, and the action that fits the status.
// Action.Execute (Universal Actions, card 1.4) arrives as an `adaptiveCard/action` invoke, whose
// answer replaces the card for the agent who clicked; the bot also updates it for everyone. A host
// without Universal Actions shows each button's `fallback` instead, an Action.Submit with the same verb
// and case, which arrives as a message with that data as its value (agent-desk.ts handles both).
import type { Attachment } from 'botbuilder';
import type { CaseView, TranscriptLine } from '../handoff/agent-channel.js';
import type { HandoffCase } from '../ports/handoff-queue.js';
import { cardLiteral } from './plain-text.js';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export const cardVerbs = ['accept', 'end', 'release'] as const;
export type CardVerb = (typeof cardVerbs)[number];

const reasons: Record<string, string> = {
  asked: 'Asked for a person',
  stuck: 'The bot could not understand',
  'not-solved': 'The steps shown did not solve it',
  'partner-altaire': 'ALTAIRE partner account',
  affiliate: 'Bought through an affiliate',
  'unknown-customer-type': 'Does not know how they bought',
};

const readable = (value: string | boolean | undefined): string =>
  value === undefined ? 'not known' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value.replace(/_/g, ' ');

const statusLine = (handoffCase: HandoffCase): { text: string; color: string } => {
  switch (handoffCase.status) {
    case 'queued':
      return { text: 'Waiting for an agent', color: 'Warning' };
    case 'accepted':
      return { text: `Accepted by ${handoffCase.agent?.name ?? 'an agent'}`, color: 'Good' };
    case 'closed':
      return { text: `Ended by ${handoffCase.agent?.name ?? 'the agent'}`, color: 'Default' };
    case 'cancelled':
      return { text: 'The customer withdrew', color: 'Default' };
    case 'abandoned':
      return { text: 'The customer went idle; removed from the queue', color: 'Default' };
  }
};

const speakerOf: Record<TranscriptLine['from'], string> = { customer: 'Customer wrote:', bot: 'Bot:', agent: 'Agent:' };

/** The bot's and agents' own words carry emphasis marks; a TextRun would show them as typed. */
const withoutEmphasis = (text: string): string => text.replace(/\*\*|__/g, '');

/**
 * A TextBlock reads its text as markdown, so what anyone said is in a TextRun, which never does; the
 * speaker is named outside it, and the customer's words are quoted on a shaded background, one line.
 */
const transcriptLine = (line: TranscriptLine) => {
  const customer = line.from === 'customer';
  return {
    type: 'Container',
    spacing: 'Small',
    ...(customer ? { style: 'emphasis' } : {}),
    items: [
      { type: 'TextBlock', text: speakerOf[line.from], weight: 'Bolder', size: 'Small', wrap: true },
      {
        type: 'RichTextBlock',
        spacing: 'None',
        inlines: [{ type: 'TextRun', text: customer ? `“${cardLiteral(line.text)}”` : cardLiteral(withoutEmphasis(line.text)) }],
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

export function caseCard({ handoffCase, transcript }: CaseView): Attachment {
  const { slots } = handoffCase;
  const altaire = slots.partner === 'altaire';
  const status = statusLine(handoffCase);
  const actions =
    handoffCase.status === 'queued'
      ? [action('accept', 'Accept', handoffCase.caseId, 'positive')]
      : handoffCase.status === 'accepted'
        ? [action('end', 'End chat', handoffCase.caseId, 'destructive'), action('release', 'Put back in queue', handoffCase.caseId)]
        : [];
  const body: unknown[] = [
    { type: 'TextBlock', size: 'Large', weight: 'Bolder', text: `Case ${handoffCase.caseId}`, wrap: true },
    { type: 'TextBlock', text: status.text, color: status.color, weight: 'Bolder', wrap: true, spacing: 'None' },
    ...(altaire
      ? [{ type: 'TextBlock', text: '⚠ ALTAIRE partner account: do NOT reset its password.', color: 'Attention', weight: 'Bolder', wrap: true }]
      : []),
    {
      type: 'FactSet',
      facts: [
        { title: 'Reason', value: reasons[handoffCase.reason] ?? handoffCase.reason },
        { title: 'Need', value: readable(slots.need) },
        ...(handoffCase.pendingNeeds?.length ? [{ title: 'Also asked about', value: handoffCase.pendingNeeds.map(readable).join(', ') }] : []),
        { title: 'Role', value: readable(slots.role) },
        { title: 'Customer type', value: readable(slots.customerType) },
        { title: 'Product', value: readable(slots.product) },
        { title: 'Partner', value: altaire ? 'ALTAIRE' : slots.partner === 'none' ? 'none' : 'not known' },
        { title: 'Outcomes shown', value: handoffCase.shown.length > 0 ? handoffCase.shown.join(', ') : 'none' },
      ],
    },
    { type: 'TextBlock', text: 'Transcript (secrets removed)', weight: 'Bolder', wrap: true, separator: true },
    ...(transcript.length > 0
      ? transcript.map(transcriptLine)
      : [{ type: 'TextBlock', text: '(nothing yet)', isSubtle: true, wrap: true }]),
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
