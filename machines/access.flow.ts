// Regaining access after the independent sign-on (ISO) accounts were retired, and finding the customer
// account that holds the certificates: the four situations of the retirement notice.
import { question, outcome } from './states.js';
import { supportSetup } from './setup.js';

export const access = supportSetup.createStateConfig({
  description: 'Who the customer is decides which of the four retirement situations applies.',
  initial: 'deciding',
  states: {
    deciding: {
      description:
        "Routes on role, then (for owners who lost the sign-on) on whether they made a login for a webmaster; an owner who only asks which account holds the certificates is not asked that, since the answer does not change the steps.",
      always: [
        { guard: ({ context }) => context.slots.role === undefined, target: 'askingRole' },
        { guard: ({ context }) => context.slots.role === 'webmaster', target: 'webmasterClientSelf' },
        { guard: ({ context }) => context.slots.role === 'client', target: 'clientLostAccess' },
        { guard: ({ context }) => context.slots.delegated === undefined && context.slots.need === 'regain_access', target: 'askingDelegated' },
        { guard: ({ context }) => context.slots.delegated === true, target: 'ownerDelegated' },
        { target: 'ownerFindAccounts' },
      ],
    },
    askingRole: question(
      'Asks whether they manage certificates for clients, got a login from a webmaster, or own them.',
      'access.askRole',
      'role',
    ),
    askingDelegated: question(
      'Asks an owner whether they created a sign-on login for their webmaster.',
      'access.askDelegated',
      'delegated',
    ),
    webmasterClientSelf: outcome(
      'A webmaster: clients manage their own certificates; sharing logins is not endorsed.',
      'webmaster-client-self',
      'access.webmasterClientSelf',
    ),
    refusingClientReset: outcome(
      "A client's password or reset asked for: refused; the client resets it from their own account.",
      'webmaster-client-self',
      'access.refuseClientReset',
    ),
    clientLostAccess: outcome(
      'A client of a webmaster: ask the webmaster to keep managing, or talk to customer service.',
      'client-lost-access',
      'access.clientLostAccess',
    ),
    ownerDelegated: outcome(
      'An owner whose webmaster had a login: manage from the own customer account.',
      'owner-delegated',
      'access.ownerDelegated',
    ),
    ownerFindAccounts: outcome(
      'An owner: find the customer accounts through renewal notices, Account Assistance or support.',
      'owner-find-accounts',
      'access.ownerFindAccounts',
    ),
  },
});
