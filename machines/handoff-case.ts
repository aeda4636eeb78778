// What the handoff flow tells the handoff port and the customer about the case, read from the context.
import type { SupportContext } from './context.js';
import type { HandoffRequest } from './contract.js';
import type { ContentKey } from './keys.js';

/**
 * The case as agents get it. Asking for a person is the reason, not the need: the need shown is the
 * one the customer stated before asking ("I forgot my password", then "I want a person").
 */
export function handoffRequestOf(context: SupportContext): HandoffRequest {
  const waiting = context.pendingNeeds.filter((need) => need !== 'human');
  const stated = context.slots.need === 'human' || context.slots.need === undefined ? waiting[0] : context.slots.need;
  const need = stated ?? context.slots.need;
  const pendingNeeds = waiting.filter((pending) => pending !== need);
  return {
    reason: context.handoffReason ?? 'asked',
    slots: { ...context.slots, need },
    shown: context.shown,
    ...(pendingNeeds.length > 0 ? { pendingNeeds } : {}),
  };
}

/**
 * The way to reach the team without waiting in chat: E-PKI customers submit a ticket, direct customers
 * email from the account's administrative address, web-host customers (who have no account) go to
 * their host, everyone else emails.
 */
export const routeKey = (context: Pick<SupportContext, 'slots'>): ContentKey => {
  switch (context.slots.customerType) {
    case 'epki':
      return 'handoff.route.ticket';
    case 'direct':
      return 'handoff.route.direct';
    case 'web_host':
      return 'handoff.route.webHost';
    default:
      return 'handoff.route.email';
  }
};
