// What agents read in Teams (card texts, thread notes, command answers, why an action was refused),
// as content in dialogs/agents.yaml. Each key is declared here with the placeholders it is given, so
// the file is checked both ways at start-up: every key declared exists, nothing else does, and no
// entry uses a placeholder its key is not given.
import { ContentError } from '../errors.js';
import { createCatalog } from '../content/catalog.js';
import { defaultDialogsDir, loadAgentContent, placeholder, type Content } from '../content/load-content.js';

/** Every agent-facing key, and the placeholders filled in when it is said. */
export const agentKeys = {
  'agents.help': [],
  'agents.notAnAgent': [],
  'agents.membershipUnknown': [],
  'agents.wrongPlace': [],
  'agents.noSuchCase': [],
  'agents.queue.empty': [],
  'agents.queue.heading': ['count'],
  'agents.queue.case': ['place', 'caseId', 'need', 'reason', 'minutes'],
  'agents.queue.altaireCase': ['place', 'caseId', 'need', 'reason', 'minutes'],
  'agents.queue.needUnknown': [],
  'agents.command.noCase': ['command'],
  'agents.command.whichCase': ['count', 'caseIds', 'command'],
  'agents.command.accepted': ['caseId'],
  'agents.command.ended': ['caseId'],
  'agents.command.released': ['caseId'],
  'agents.command.notDone': ['reason'],
  'agents.relay.notSent': ['agent', 'reason'],
  'agents.refused.alreadyAccepted': ['agent'],
  'agents.refused.caseIs': ['status'],
  'agents.refused.onlyHolderEnds': ['agent'],
  'agents.refused.notHeld': [],
  'agents.refused.acceptFirst': [],
  'agents.refused.heldByAnother': ['agent'],
  'agents.refused.secret': [],
  'agents.refused.undelivered': [],
  'agents.refused.customerLeft': [],
  'agents.note.accepted': ['agent', 'firstName'],
  'agents.note.ended': ['agent'],
  'agents.note.released': [],
  'agents.note.customerWithdrew': [],
  'agents.note.customerLeft': [],
  'agents.note.customerIdle': [],
  'agents.thread.customerWrote': ['text'],
  'agents.thread.note': ['note'],
  'agents.card.title': ['caseId'],
  'agents.card.status.queued': [],
  'agents.card.status.accepted': ['agent'],
  'agents.card.status.acceptedUnnamed': [],
  'agents.card.status.closed': ['agent'],
  'agents.card.status.closedUnnamed': [],
  'agents.card.status.cancelled': [],
  'agents.card.status.abandoned': [],
  'agents.card.altaire': [],
  'agents.card.fact.reason': [],
  'agents.card.fact.need': [],
  'agents.card.fact.alsoAsked': [],
  'agents.card.fact.role': [],
  'agents.card.fact.customerType': [],
  'agents.card.fact.product': [],
  'agents.card.fact.partner': [],
  'agents.card.fact.shown': [],
  'agents.card.reason.asked': [],
  'agents.card.reason.stuck': [],
  'agents.card.reason.notSolved': [],
  'agents.card.reason.partnerAltaire': [],
  'agents.card.reason.affiliate': [],
  'agents.card.reason.unknownCustomerType': [],
  'agents.card.reason.outsideSources': [],
  'agents.card.value.notKnown': [],
  'agents.card.value.yes': [],
  'agents.card.value.no': [],
  'agents.card.value.none': [],
  'agents.card.value.altaire': [],
  'agents.card.transcript': [],
  'agents.card.transcriptEmpty': [],
  'agents.card.speaker.customer': [],
  'agents.card.speaker.bot': [],
  'agents.card.speaker.agent': [],
  'agents.card.action.accept': [],
  'agents.card.action.end': [],
  'agents.card.action.release': [],
} as const satisfies Record<string, readonly string[]>;

export type AgentKey = keyof typeof agentKeys;

/** Keys said as they are, with no placeholders. */
export type PlainAgentKey = { [K in AgentKey]: (typeof agentKeys)[K] extends readonly [] ? K : never }[AgentKey];

type ValuesOf<K extends AgentKey> = Record<(typeof agentKeys)[K][number], string>;

/** One thing to say to agents, as data: its key and the values of its placeholders. */
export type AgentLine<K extends AgentKey = AgentKey> = K extends AgentKey ? { key: K; values: ValuesOf<K> } : never;

/** A line with the values its key needs, checked by the compiler; keys without placeholders take none. */
export const line = <K extends AgentKey>(key: K, ...[values]: (typeof agentKeys)[K] extends readonly [] ? [] : [ValuesOf<K>]): AgentLine<K> =>
  ({ key, values: values ?? {} }) as AgentLine<K>;

export type AgentText = {
  say(said: AgentLine): string;
};

/** The agents' wording from already loaded content; throws a ContentError listing every mismatch with the declarations. */
function agentTextOf(content: Content): AgentText {
  const declared: Readonly<Record<string, readonly string[]>> = agentKeys;
  const problems: string[] = [];
  for (const key of Object.keys(declared)) if (!content.has(key)) problems.push(`agents.yaml: ${key} is missing`);
  for (const [key, entry] of content) {
    const given = declared[key];
    if (!given) {
      problems.push(`agents.yaml: ${key} is not declared in src/handoff/agent-text.ts`);
      continue;
    }
    for (const [, name] of entry.text.matchAll(placeholder)) {
      if (!given.includes(name!)) problems.push(`agents.yaml: ${key}: {${name!}} is not one of its placeholders (${given.join(', ') || 'none'})`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const catalog = createCatalog(content);
  return { say: ({ key, values }) => catalog.render(key, values).text };
}

export const loadAgentText = (dir = defaultDialogsDir): AgentText => agentTextOf(loadAgentContent(dir));
