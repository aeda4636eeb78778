// Every guard the conversation machine routes on, by name. Flows refer to them by name (with params
// where one guard serves several branches), so the chart says what each branch is for.
import { absorb } from './absorb.js';
import type { SupportContext } from './context.js';
import { customerTypes, type Need, type Slots } from './domain.js';
import type { ConversationEvent } from './events.js';

type Args = { context: SupportContext; event: ConversationEvent };

/** Where a flow hands the conversation back: a state of the whole conversation (support.machine.ts). */
export type FlowExit = 'deciding' | 'feedback' | 'handoff' | 'startingOver' | 'triage.askingNeed';

const message = (event: ConversationEvent) => (event.type === 'user.message' ? event : undefined);

/**
 * The facts the flows route on, besides the need and ALTAIRE, each with when it does: a changed one after
 * an outcome it chose changes the outcome (the order number chooses only for E-PKI and direct orders).
 */
type CorrectableSlot = {
  slot: 'role' | 'delegated' | 'customerType' | 'hasOrderNumber' | 'hasEmailOrUsername';
  routes: (slots: Slots) => boolean;
  /** Corrected even inside an answer to "did that solve it?" ("no, I'm the webmaster"). */
  inAnAnswer: boolean;
};
/** How sure a reading must be to overwrite a fact the bot already holds. */
const SURE_CORRECTION = 0.8;

const correctableSlots: CorrectableSlot[] = [
  { slot: 'role', routes: () => true, inAnAnswer: true },
  { slot: 'customerType', routes: () => true, inAnAnswer: true },
  { slot: 'delegated', routes: (slots) => slots.role === 'owner', inAnAnswer: false },
  { slot: 'hasOrderNumber', routes: (slots) => slots.customerType === 'direct' || slots.customerType === 'epki', inAnAnswer: false },
  { slot: 'hasEmailOrUsername', routes: (slots) => slots.customerType === 'direct', inAnAnswer: false },
];

const saysYes = ({ event }: Args) => {
  const m = message(event);
  return m !== undefined && (m.choice === 'yes' || (m.choice === undefined && m.nlu.answer === 'yes'));
};

const saysNo = ({ event }: Args) => {
  const m = message(event);
  return m !== undefined && (m.choice === 'no' || (m.choice === undefined && m.nlu.answer === 'no'));
};

const choseOption = ({ event }: Args, id: string) => message(event)?.choice === id;

const isThanks = ({ event }: Args) => event.type === 'user.message' && event.choice === undefined && event.nlu.smallTalk === 'thanks';

/** The sign-on's loss and "which account" are answered by the same access steps. */
const ACCESS_NEEDS: readonly (Need | undefined)[] = ['regain_access', 'find_account'];
const sameGround = (said: Need, answered: Need | undefined) => said === answered || (ACCESS_NEEDS.includes(said) && ACCESS_NEEDS.includes(answered));

/** The message names a need other than the one being answered (a new question, or "a person"). */
const asksSomethingElse = ({ context, event }: Args) => {
  const first = message(event)?.nlu.needs[0];
  if (first === undefined) return false;
  // After a client's reset was refused, the same need said again without the client, or as their own, is a request of their own.
  const restatesRefusedClientNeed = context.slots.whoseAccount === 'client' && message(event)?.nlu.slots.whoseAccount !== 'client';
  // "Cheers. While I'm here: one of our customers forgot theirs too, could you send me a reset link?": the same need, for a client now.
  const nowForAClient = context.slots.whoseAccount !== 'client' && message(event)?.nlu.slots.whoseAccount === 'client';
  if (restatesRefusedClientNeed || nowForAClient) return true;
  // "Partly, there's a second one I still can't find": not helped, in words of the same ground the steps covered.
  if (message(event)?.nlu.notHelped && sameGround(first, context.slots.need)) return false;
  return first !== context.slots.need;
};

const hasPendingNeed = ({ context }: Args) => context.pendingNeeds.some((need) => need !== 'human');

const knownTypes: readonly string[] = customerTypes.filter((type) => type !== 'unknown');

export const guards = {
  isStuck: ({ context }: Args) => context.misunderstood >= 2,
  hasHistory: ({ context }: Args) => context.history.length > 0,
  needIs: ({ context }: Args, need: Need) => context.slots.need === need,
  slotUnknown: ({ context }: Args, slot: keyof Slots) => context.slots[slot] === undefined,
  /** Every slot named has the value given. */
  slotsAre: ({ context }: Args, expected: Partial<Slots>) => Object.entries(expected).every(([slot, value]) => context.slots[slot as keyof Slots] === value),
  /** A bare "I can't log in": which of the three login problems it is must be asked. */
  loginTroubleUnclear: ({ context }: Args) => context.slots.need === undefined && context.slots.loginTrouble === true,
  /** The customer asked for what the sources do not cover: the bot has no steps for it, a person does. */
  asksOutsideSources: ({ context }: Args) => context.outsideSources === true,
  /** This message asks only for what the sources do not cover, wherever it is said: `deciding` hands it over. */
  asksOutsideSourcesNow: ({ context, event }: Args) => event.type === 'user.message' && absorb(context, event).context.outsideSources === true,
  /** After steps were given, this message asks only for what the sources do not cover ("ok. Separate issue: revoke it today"). */
  asksOutsideSourcesInstead: ({ event }: Args) => message(event)?.nlu.outsideSources === true && message(event)?.nlu.needs.length === 0,
  needGuessed: ({ context }: Args) => context.slots.need === undefined && context.guessedNeed !== undefined,
  // Hard rule 5 turns on whose account it is, not the role: a client's password or reset is refused
  // ("my client needs the password for her account"), a webmaster's own account is reset as usual.
  asksForClientsAccount: ({ context }: Args) =>
    context.slots.whoseAccount === 'client' && (context.slots.need === undefined || context.slots.need === 'reset_password'),
  /** An owner who lost the sign-on: whether they made a login for a webmaster changes the steps. */
  mustAskDelegated: ({ context }: Args) => context.slots.delegated === undefined && context.slots.need === 'regain_access',

  choseOption,
  saysYes,
  saysNo,
  isThanks,
  asksSomethingElse,
  /** "Yes" to "did you mean…?", and not a different need in the same breath. */
  confirmsGuess: (args: Args) => saysYes(args) && !asksSomethingElse(args),
  /** Solved ("yes", or a thank-you), with a further need mentioned earlier still waiting. */
  solvedWithNeedPending: (args: Args) => (saysYes(args) || isThanks(args)) && hasPendingNeed(args),
  /** Solved, and the facts of the waiting need said in the same breath: it is taken up without asking. */
  solvedGoingOnToNextNeed: (args: Args) => (saysYes(args) || isThanks(args)) && hasPendingNeed(args) && guards.givesDetailsOfNextNeed(args),
  /**
   * Offered the need mentioned earlier, the customer answers with its facts instead of "yes" ("bought it
   * directly, no order number any more"): they have taken it up.
   */
  givesDetailsOfNextNeed: ({ context, event }: Args) => {
    const m = message(event);
    // "No thanks, it was a reseller anyway": facts said with a no do not take the need up.
    if (!m || m.choice !== undefined || m.nlu.answer === 'no') return false;
    const said = m.nlu.slots;
    return (
      (said.customerType !== undefined && said.customerType !== 'unknown') ||
      // "yes. about the other login: it was our IT contractor who set that one up for me": who they are, for the next need.
      (said.role !== undefined && said.role !== context.slots.role) ||
      said.hasOrderNumber !== undefined ||
      said.hasEmailOrUsername !== undefined ||
      said.partner === 'altaire'
    );
  },
  /** "No, that didn't help, because…": the reason is about the outcome, not new facts about the case. */
  saysItDidNotHelp: ({ event }: Args) => message(event)?.choice === undefined && message(event)?.nlu.notHelped === true,
  /**
   * A question asked back about the steps ("and what if I'm not on the same computer any more?"), naming no need
   * but the one they answered: the bot has no more steps to give, so they did not settle it.
   */
  asksBackAboutTheSteps: ({ context, event }: Args) => {
    const m = message(event);
    return m?.choice === undefined && m?.nlu.asksBack === true && m.nlu.needs.every((need) => sameGround(need, context.slots.need));
  },
  /** Not solved, and yes to a person (the button, or "yes" to the offer). */
  acceptsPerson: (args: Args) => choseOption(args, 'agent') || saysYes(args),
  isSmallTalk: ({ event }: Args) => {
    const m = message(event);
    return m !== undefined && m.choice === undefined && m.nlu.smallTalk !== undefined && m.nlu.needs.length === 0;
  },
  /**
   * After an outcome, a message that changes the case: an ALTAIRE account revealed late (it overrides
   * every reset path), or a different value of any fact the outcome was chosen by ("correction: we
   * don't have the order number after all").
   */
  correctsTheCase: ({ context, event }: Args) => {
    const nlu = message(event)?.nlu;
    if (!nlu) return false;
    const [said, known] = [nlu.slots, context.slots];
    // "Yes that fixed it, nobody else has a login now", "No, the reset email never arrived": an answer to
    // "did that solve it?", whatever fact it touches on; a role or a way of buying is corrected even so.
    const answering = nlu.answer !== undefined || nlu.smallTalk !== undefined || nlu.notHelped === true;
    // A fact the bot holds is corrected by a sure reading only: "ok fair enough, I'll get her to do it herself"
    // is no owner's, whatever a model half-guesses from it.
    const sure = (slot: keyof Slots) => (nlu.confidence?.[slot] ?? 1) >= SURE_CORRECTION;
    return (
      (said.partner === 'altaire' && known.partner !== 'altaire') ||
      correctableSlots.some(
        ({ slot, routes, inAnAnswer }) =>
          said[slot] !== undefined && known[slot] !== undefined && said[slot] !== known[slot] && sure(slot) && routes(known) && (inAnAnswer || !answering),
      )
    );
  },
  /** The message says the account is an ALTAIRE partner account. */
  namesAltairePartner: ({ event }: Args) => message(event)?.nlu.slots.partner === 'altaire',
  /** The message names a channel (a button, or free text such as "we paid our host"). */
  namesCustomerType: ({ event }: Args) => {
    const m = message(event);
    if (!m) return false;
    return (m.choice !== undefined && knownTypes.includes(m.choice)) || (m.nlu.slots.customerType !== undefined && m.nlu.slots.customerType !== 'unknown');
  },
  /** Taking this message in would make it the second in a row that taught the bot nothing. */
  wouldBeStuck: ({ context, event }: Args) => event.type === 'user.message' && absorb(context, event).context.misunderstood >= 2,
  positionChanged: ({ context, event }: Args) => event.type === 'handoff.position' && event.position !== context.handoff?.position,
  /**
   * Which way a flow ended: the output of the final state it reached. The event is the flow's
   * `xstate.done.state.*` event, which is not one of the machine's own events.
   */
  flowEndedIn: ({ event }: Args, exit: FlowExit) => (event as unknown as { output?: unknown }).output === exit,
};
