// The content keys each flow may say. A test checks both ways against dialogs/: every key here exists
// there, and every key there is said by a machine or by src (src/content/system-keys.ts). A flow's
// own `say` (states.ts) takes only its keys and the common ones; the few lines a flow says from
// another's file are said by named actions (actions.ts), where the chart shows them.
import type { Need } from './domain.js';

export const commonKeys = [
  'common.welcome',
  'common.notUnderstood',
  'common.takeYourTime',
  'common.noted',
  'common.forAPerson',
  'common.secretWarning',
  'common.startOver',
  'common.nothingToGoBack',
  'common.didItSolve',
  'common.notSolved',
  'common.glad',
  'common.smallTalk.greeting',
  'common.smallTalk.thanks',
  'common.smallTalk.goodbye',
  'common.smallTalk.bot_question',
  'common.smallTalk.hours',
] as const;

const triageKeys = [
  'triage.askNeed',
  'triage.clarifyLogin',
  'triage.offerNext.regain_access',
  'triage.offerNext.find_account',
  'triage.offerNext.reset_password',
  'triage.offerNext.recover_username',
  'triage.offerNext.codesign_password',
  'triage.confirmNeed.regain_access',
  'triage.confirmNeed.find_account',
  'triage.confirmNeed.reset_password',
  'triage.confirmNeed.recover_username',
  'triage.confirmNeed.codesign_password',
  'triage.confirmNeed.human',
  'triage.codesignPassword',
  'triage.usernameRecovery',
] as const;

const accessKeys = [
  'access.askRole',
  'access.askDelegated',
  'access.refuseClientReset',
  'access.webmasterClientSelf',
  'access.clientLostAccess',
  'access.ownerFindAccounts',
  'access.ownerDelegated',
] as const;

const resetKeys = [
  'reset.intro',
  'reset.askCustomerType',
  'reset.askOrderNumber',
  'reset.askEmailOrUsername',
  'reset.webHost',
  'reset.reseller',
  'reset.epkiSelf',
  'reset.epkiTicket',
  'reset.directSelf',
  'reset.directEmail',
  'reset.affiliate',
  'reset.unknownType',
  'reset.partnerNoReset',
] as const;

const handoffKeys = [
  'handoff.stuck',
  'handoff.outsideSources',
  'handoff.queued',
  'handoff.stillQueued',
  'handoff.position',
  'handoff.waitTooLong',
  'handoff.keepWaiting',
  'handoff.idleRemoved',
  'handoff.offline',
  'handoff.route.email',
  'handoff.route.ticket',
  'handoff.route.direct',
  'handoff.route.webHost',
  'handoff.unavailable',
  'handoff.cancelled',
  'handoff.agentJoined',
  'handoff.agentMessage',
  'handoff.agentReleased',
  'handoff.agentEnded',
  'handoff.relayFailed',
  'handoff.caseEnded',
  'handoff.anythingElse',
] as const;

export const machineKeys = [...commonKeys, ...triageKeys, ...accessKeys, ...resetKeys, ...handoffKeys] as const;
export type ContentKey = (typeof machineKeys)[number];

/**
 * Each flow's own keys. The feedback flow has none: it says common lines, and offers the next need
 * by name. `conversation` is the machine around the flows (support.machine.ts): common lines only.
 */
export const flowKeys = { triage: triageKeys, access: accessKeys, reset: resetKeys, handoff: handoffKeys, feedback: [], conversation: [] } as const;
export type Flow = keyof typeof flowKeys;
export type CommonKey = (typeof commonKeys)[number];
/** What a flow may say: its own keys and the common ones. */
export type KeyOf<F extends Flow> = (typeof flowKeys)[F][number] | CommonKey;

export type OfferableNeed = Exclude<Need, 'human'>;
export const offerNextKey = (need: OfferableNeed): ContentKey => `triage.offerNext.${need}`;
export const confirmNeedKey = (need: Need): ContentKey => `triage.confirmNeed.${need}`;
