// Account password resets, by the channel the order came through (the internal reset process page).
import { customerTypes, type CustomerType } from './domain.js';
import { absorbMessage, handOffBecause, showOutcome } from './actions.js';
import { asksSomethingElse, choseOption } from './guards.js';
import { outcome, outcomeThenPerson, question } from './states.js';
import { supportSetup } from './setup.js';
import type { SupportContext } from './context.js';
import type { ConversationEvent } from './events.js';

const typeIs =
  (type: CustomerType) =>
  ({ context }: { context: SupportContext }) =>
    context.slots.customerType === type;

const knownTypes = customerTypes.filter((type) => type !== 'unknown');

/** The message names a channel (a button, or free text such as "we paid our host"). */
const namesCustomerType = ({ event }: { event: ConversationEvent }) =>
  event.type === 'user.message' &&
  ((event.choice !== undefined && (knownTypes as readonly string[]).includes(event.choice)) ||
    (event.nlu.slots.customerType !== undefined && event.nlu.slots.customerType !== 'unknown'));

export const reset = supportSetup.createStateConfig({
  description: "Password reset (a client's account was refused before it: support.deciding): ALTAIRE first, then the customer type and its details.",
  initial: 'deciding',
  states: {
    deciding: {
      description: 'Routes on what is known; an ALTAIRE partner account overrides every other path.',
      always: [
        { guard: ({ context }) => context.slots.partner === 'altaire', target: 'partnerNoReset' },
        { guard: typeIs('unknown'), target: 'identifyingCustomerType' },
        { guard: ({ context }) => context.slots.customerType === undefined, target: 'askingCustomerType' },
        { guard: typeIs('web_host'), target: 'webHost' },
        { guard: typeIs('reseller'), target: 'reseller' },
        { guard: typeIs('affiliate'), target: 'affiliate' },
        { guard: ({ context }) => context.slots.hasOrderNumber === undefined, target: 'askingOrderNumber' },
        { guard: ({ context }) => typeIs('epki')({ context }) && context.slots.hasOrderNumber === true, target: 'epkiSelf' },
        { guard: typeIs('epki'), target: 'epkiTicket' },
        { guard: ({ context }) => context.slots.hasOrderNumber === false, target: 'directEmail' },
        { guard: ({ context }) => context.slots.hasEmailOrUsername === undefined, target: 'askingEmailOrUsername' },
        { guard: ({ context }) => context.slots.hasEmailOrUsername === true, target: 'directSelf' },
        { target: 'directEmail' },
      ],
    },
    askingCustomerType: question(
      'Asks how the certificate was bought: web host, reseller, E-PKI, affiliate, directly, or not sure.',
      'reset.askCustomerType',
      'customerType',
    ),
    identifyingCustomerType: {
      description: 'Not sure how it was bought: helps them work it out; still unknown goes to a person.',
      tags: 'waiting',
      entry: showOutcome('reset-unknown-type', 'reset.unknownType'),
      on: {
        'user.message': [
          { guard: namesCustomerType, target: '#support.deciding', actions: absorbMessage('customerType') },
          { guard: asksSomethingElse, target: '#support.deciding', actions: absorbMessage() },
          {
            guard: choseOption('still_not_sure'),
            target: '#support.handoff',
            actions: handOffBecause('unknown-customer-type'),
          },
          // Whatever else they say, they could not name the channel: the sources have no path for that.
          { target: '#support.handoff', actions: [absorbMessage(undefined, { beforeHandoff: true }), handOffBecause('unknown-customer-type')] },
        ],
      },
    },
    askingOrderNumber: question(
      'Asks an E-PKI or direct customer whether they still have the original order number.',
      'reset.askOrderNumber',
      'hasOrderNumber',
    ),
    askingEmailOrUsername: question(
      "Asks a direct customer with an order number whether they know the account's email or user name.",
      'reset.askEmailOrUsername',
      'hasEmailOrUsername',
    ),
    webHost: outcome('Web host orders belong to the host: contact the web host.', 'reset-web-host', 'reset.webHost'),
    reseller: outcome('Reseller orders: contact the reseller, or a person.', 'reset-reseller', 'reset.reseller'),
    epkiSelf: outcome('E-PKI with the order number: the automated password reminder.', 'reset-epki-self', 'reset.epkiSelf'),
    epkiTicket: outcome(
      "E-PKI without it: a ticket from the account's administrative email, with the original domain.",
      'reset-epki-ticket',
      'reset.epkiTicket',
    ),
    directSelf: outcome(
      'Direct, with order number and email or user name: the forgotten-password link.',
      'reset-direct-self',
      'reset.directSelf',
    ),
    directEmail: outcome(
      'Direct, missing those details: email support from the administrative address.',
      'reset-direct-email',
      'reset.directEmail',
    ),
    affiliate: outcomeThenPerson(
      'Affiliate orders: the sources give no path, so a person takes over.',
      'reset-affiliate',
      'reset.affiliate',
      'affiliate',
    ),
    partnerNoReset: outcomeThenPerson(
      'ALTAIRE partner accounts are never reset: the password is built into their software.',
      'partner-no-reset',
      'reset.partnerNoReset',
      'partner-altaire',
    ),
  },
});
