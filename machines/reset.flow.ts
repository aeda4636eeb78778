// Account password resets, by the channel the order came through (the internal reset process page).
import { exit, statesOf } from './states.js';
import { supportSetup } from './setup.js';

const { question, outcome, outcomeThenPerson, showOutcome } = statesOf('reset');

export const reset = supportSetup.createStateConfig({
  description: "Password reset (a client's account was refused before it: support.deciding): ALTAIRE first, then the customer type and its details.",
  initial: 'deciding',
  states: {
    deciding: {
      description: 'Routes on what is known; an ALTAIRE partner account overrides every other path.',
      always: [
        { guard: { type: 'slotsAre', params: { partner: 'altaire' } }, target: 'partnerNoReset' },
        { guard: { type: 'slotsAre', params: { customerType: 'unknown' } }, target: 'identifyingCustomerType' },
        { guard: { type: 'slotUnknown', params: 'customerType' }, target: 'askingCustomerType' },
        { guard: { type: 'slotsAre', params: { customerType: 'web_host' } }, target: 'webHost' },
        { guard: { type: 'slotsAre', params: { customerType: 'reseller' } }, target: 'reseller' },
        { guard: { type: 'slotsAre', params: { customerType: 'affiliate' } }, target: 'affiliate' },
        { guard: { type: 'slotUnknown', params: 'hasOrderNumber' }, target: 'askingOrderNumber' },
        { guard: { type: 'slotsAre', params: { customerType: 'epki', hasOrderNumber: true } }, target: 'epkiSelf' },
        { guard: { type: 'slotsAre', params: { customerType: 'epki' } }, target: 'epkiTicket' },
        { guard: { type: 'slotsAre', params: { hasOrderNumber: false } }, target: 'directEmail' },
        { guard: { type: 'slotUnknown', params: 'hasEmailOrUsername' }, target: 'askingEmailOrUsername' },
        { guard: { type: 'slotsAre', params: { hasEmailOrUsername: true } }, target: 'directSelf' },
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
          { guard: 'namesCustomerType', target: 'thenDeciding', actions: { type: 'absorbMessage', params: { answers: 'customerType' } } },
          // "The account was set up by ALTAIRE, it's their partner account": the partner rule decides, whatever the channel.
          { guard: 'namesAltairePartner', target: 'thenDeciding', actions: 'absorbMessage' },
          { guard: 'asksSomethingElse', target: 'thenDeciding', actions: 'absorbMessage' },
          {
            guard: { type: 'choseOption', params: 'still_not_sure' },
            target: 'thenHandoff',
            actions: { type: 'handOffBecause', params: 'unknown-customer-type' },
          },
          // Whatever else they say, they could not name the channel: the sources have no path for that.
          {
            target: 'thenHandoff',
            actions: [
              { type: 'absorbMessage', params: { beforeHandoff: true } },
              { type: 'handOffBecause', params: 'unknown-customer-type' },
            ],
          },
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
    directSelf: outcome('Direct, with order number and email or user name: the forgotten-password link.', 'reset-direct-self', 'reset.directSelf'),
    directEmail: outcome('Direct, missing those details: email support from the administrative address.', 'reset-direct-email', 'reset.directEmail'),
    affiliate: outcomeThenPerson('Affiliate orders: the sources give no path, so a person takes over.', 'reset-affiliate', 'reset.affiliate', 'affiliate'),
    partnerNoReset: outcomeThenPerson(
      'ALTAIRE partner accounts are never reset: the password is built into their software.',
      'partner-no-reset',
      'reset.partnerNoReset',
      'partner-altaire',
    ),
    thenDeciding: exit('deciding'),
    thenFeedback: exit('feedback'),
    thenHandoff: exit('handoff'),
  },
});
