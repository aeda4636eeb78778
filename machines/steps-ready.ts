// Whether what the bot knows is enough for the current need's steps, with no question left to ask: the
// deciding states of the flows (support.machine.ts, reset.flow.ts, access.flow.ts) read as one function, so
// that absorb can tell an answer that completes a need from one that only moves it on. A test walks the
// machine over every combination of facts and holds the two to the same answer.
import type { Slots } from './domain.js';

export function stepsReady(slots: Slots): boolean {
  switch (slots.need) {
    case undefined:
    case 'human':
      return false;
    case 'codesign_password':
    case 'recover_username':
      return true;
    case 'reset_password':
      // ALTAIRE's refusal and a client's refused reset need nothing more; neither do the channels with one path each.
      if (slots.partner === 'altaire' || slots.whoseAccount === 'client') return true;
      if (slots.customerType === undefined) return false;
      if (slots.customerType !== 'epki' && slots.customerType !== 'direct') return true;
      if (slots.hasOrderNumber === undefined) return false;
      return slots.customerType === 'epki' || slots.hasOrderNumber === false || slots.hasEmailOrUsername !== undefined;
    case 'regain_access':
    case 'find_account':
      if (slots.role === undefined) return false;
      return slots.role !== 'owner' || slots.need === 'find_account' || slots.delegated !== undefined;
  }
}
