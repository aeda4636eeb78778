// Regaining access after the independent sign-on (ISO) accounts were retired, and finding the customer
// account that holds the certificates: the four situations of the retirement notice.
import { exit, statesOf } from './states.js';
import { supportSetup } from './setup.js';

const { question, outcome } = statesOf('access');

export const access = supportSetup.createStateConfig({
  description: 'Who the customer is decides which of the four retirement situations applies.',
  initial: 'deciding',
  states: {
    deciding: {
      description:
        'Routes on role, then (for owners who lost the sign-on) on whether they made a login for a webmaster; an owner who only asks which account holds the certificates is not asked that, since the answer does not change the steps.',
      always: [
        { guard: { type: 'slotUnknown', params: 'role' }, target: 'askingRole' },
        { guard: { type: 'slotsAre', params: { role: 'webmaster' } }, target: 'webmasterClientSelf' },
        { guard: { type: 'slotsAre', params: { role: 'client' } }, target: 'clientLostAccess' },
        { guard: 'mustAskDelegated', target: 'askingDelegated' },
        { guard: { type: 'slotsAre', params: { delegated: true } }, target: 'ownerDelegated' },
        { target: 'ownerFindAccounts' },
      ],
    },
    askingRole: question('Asks whether they manage certificates for clients, got a login from a webmaster, or own them.', 'access.askRole', 'role'),
    askingDelegated: question('Asks an owner whether they created a sign-on login for their webmaster.', 'access.askDelegated', 'delegated'),
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
    ownerDelegated: outcome('An owner whose webmaster had a login: manage from the own customer account.', 'owner-delegated', 'access.ownerDelegated'),
    ownerFindAccounts: outcome(
      'An owner: find the customer accounts through renewal notices, Account Assistance or support.',
      'owner-find-accounts',
      'access.ownerFindAccounts',
    ),
    thenDeciding: exit('deciding'),
    thenFeedback: exit('feedback'),
  },
});
