// How one customer message changes what the bot knows. Pure: the machine's actions call it.
import type { CustomerType, Need, Role, Slots, SmallTalk, Understanding } from './domain.js';
import { customerTypes, needs, roles, type askableSlots } from './domain.js';
import { HISTORY_LIMIT, type SupportContext } from './context.js';
import { stepsReady } from './steps-ready.js';

/** The slot that the buttons of the question being asked fill (one of DOMAIN.md's askable slots). */
export type AnsweredSlot = Extract<(typeof askableSlots)[number], 'need' | 'role' | 'delegated' | 'customerType' | 'hasOrderNumber' | 'hasEmailOrUsername'>;

export type Notice =
  | { kind: 'secret' }
  | { kind: 'smallTalk'; talk: SmallTalk }
  | { kind: 'notUnderstood' }
  | { kind: 'takeYourTime' }
  | { kind: 'noted' }
  | { kind: 'forAPerson' }
  | { kind: 'resetIntro' };

export type MessageIn = { choice?: string; nlu: Understanding };

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (values as readonly string[]).includes(value);

function answerFor(slot: AnsweredSlot, message: MessageIn): Partial<Slots> {
  const { choice, nlu } = message;
  switch (slot) {
    case 'need':
      return isOneOf<Need>(needs, choice) ? { need: choice } : {};
    case 'role':
      return isOneOf<Role>(roles, choice) ? { role: choice } : {};
    case 'customerType': {
      if (choice === 'not_sure' || (choice === undefined && nlu.answer === 'unsure' && !nlu.slots.customerType)) {
        return { customerType: 'unknown' };
      }
      return isOneOf<CustomerType>(customerTypes, choice) ? { customerType: choice } : {};
    }
    case 'delegated':
    case 'hasOrderNumber':
    case 'hasEmailOrUsername': {
      // The fact said in words beats a doubt around it: "I know the user name, I'm just not sure which email" knows
      // one. A plain yes or no still answers: "nope, username was never given to me" is a no.
      const worded = nlu.slots[slot];
      if (choice === undefined && worded !== undefined && (nlu.answer === undefined || nlu.answer === 'unsure' || (nlu.answer === 'yes') === worded)) return {};
      const said = choice ?? nlu.answer;
      if (said === 'yes') return { [slot]: true };
      if (said === 'no' || (said === 'unsure' && slot !== 'delegated')) return { [slot]: false };
      return {};
    }
  }
}

function sameSlots(a: Slots, b: Slots): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Slots)[]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

const definedOnly = (slots: Partial<Slots>): Partial<Slots> => Object.fromEntries(Object.entries(slots).filter(([, value]) => value !== undefined));

/**
 * During a reset, "I can't remember the user name either" answers the reset's own question about
 * the account's details; it is not a request to recover the user name.
 */
function isDetailOfCurrentNeed(need: Need, slots: Slots, nlu: Understanding): boolean {
  return need === 'recover_username' && slots.need === 'reset_password' && nlu.slots.hasEmailOrUsername !== undefined;
}

/**
 * Merges a message into the context: free-text slots first, then the button answer for the question
 * being asked (a click is the most precise thing a customer can say). Needs: the first-ranked need
 * becomes the current one when it differs; the rest wait in `pendingNeeds`.
 */
export function absorb(context: SupportContext, message: MessageIn, answers?: AnsweredSlot): { context: SupportContext; notices: Notice[] } {
  const { nlu } = message;
  const before = context.slots;
  let slots: Slots = { ...before, ...definedOnly(nlu.slots) };
  if (answers) slots = { ...slots, ...answerFor(answers, message) };

  let pendingNeeds = context.pendingNeeds;
  const [firstNeed, ...otherNeeds] = nlu.needs.filter((need) => !isDetailOfCurrentNeed(need, before, nlu));
  // "We paid a reseller. Oh and I also lost my user name": an answer that completes the need under way gets its
  // steps first; the need said beside it is offered after them. (One that only moves it on yields, below.)
  const answerCompletesNeed =
    answers !== undefined &&
    nlu.addsNeed === true &&
    before.need !== undefined &&
    before.need !== 'human' &&
    firstNeed !== 'human' &&
    stepsReady({ ...slots, need: before.need });
  if (firstNeed !== undefined && slots.need === before.need && firstNeed !== before.need && !answerCompletesNeed) {
    slots = { ...slots, need: firstNeed };
  }
  if (slots.need !== undefined) slots = { ...slots, loginTrouble: undefined };
  // Whose account belongs to the request it was said with: a new need without it starts unassigned.
  // A client's refused request said again without the client is the customer's own.
  const newRequest = firstNeed !== undefined && !answerCompletesNeed && (firstNeed !== before.need || before.whoseAccount === 'client');
  if (newRequest && nlu.slots.whoseAccount === undefined) slots = { ...slots, whoseAccount: undefined };
  // "I want a person" in the middle of a need keeps that need: the agent's card shows what was asked. So does
  // another need said while answering the bot's question about the first ("yes I'm the owner, and also I
  // can't find my username"): the first is offered again once the second is answered.
  const interrupted =
    before.need !== undefined && before.need !== 'human' && slots.need !== before.need && (slots.need === 'human' || answers !== undefined)
      ? [before.need]
      : [];
  const mentioned = [...otherNeeds, ...(firstNeed !== undefined && firstNeed !== slots.need ? [firstNeed] : [])];
  pendingNeeds = [...new Set([...interrupted, ...pendingNeeds, ...mentioned])].filter((need) => need !== slots.need);

  const guessedNeed = slots.need === undefined ? nlu.guessedNeed : undefined;
  // Until the bot knows what the customer needs, the product alone moves nothing forward: "a refund
  // for my SSL" names a product and no need the bot serves, and two such messages go to a person.
  const progress = slots.need === undefined && !slots.loginTrouble ? { ...slots, product: before.product } : slots;
  // A refund or a renewal is understood, and no role or product said beside it makes it a need the bot serves.
  // Asked in the middle of a need it waits, unless the need is dropped for it ("forget the password for now,
  // I need the certificate revoked today"): then a person takes it, the dropped need still on the case.
  const outsideSources = nlu.outsideSources === true && (slots.need === undefined || nlu.dropsNeed === true) ? (true as const) : undefined;
  const learned = !sameSlots(before, progress) || pendingNeeds.length !== context.pendingNeeds.length || guessedNeed !== undefined;
  // "Hang on, let me check": the customer has gone to look, which is no miss; the question waits as it was.
  const waiting = !learned && nlu.lookingItUp === true;
  // "Problem solved, my colleague had it", "so heads up": told and understood, asking nothing; no miss.
  const noted = !learned && !waiting && nlu.remark === true && !nlu.smallTalk;
  // "How long is a reset link valid?" asked while the bot waits for an answer: a person's question, said so, and no miss.
  const forAPerson = !learned && !waiting && nlu.outsideSources === true && outsideSources === undefined;
  const misunderstood = waiting
    ? context.misunderstood
    : learned || outsideSources || noted || forAPerson || nlu.smallTalk || nlu.containsSecret
      ? 0
      : context.misunderstood + 1;
  const notices: Notice[] = [];
  if (nlu.containsSecret) notices.push({ kind: 'secret' });
  if (!learned && nlu.smallTalk) notices.push({ kind: 'smallTalk', talk: nlu.smallTalk });
  if (waiting) notices.push({ kind: 'takeYourTime' });
  if (noted) notices.push({ kind: 'noted' });
  if (forAPerson) notices.push({ kind: 'forAPerson' });
  // The second miss in a row goes to a person instead, with its own words.
  if (misunderstood === 1 && !outsideSources && !waiting && !forAPerson) notices.push({ kind: 'notUnderstood' });
  if (slots.need === 'reset_password' && before.need !== 'reset_password') notices.push({ kind: 'resetIntro' });

  const history = learned ? [...context.history, before].slice(-HISTORY_LIMIT) : context.history;
  return { context: { ...context, slots, pendingNeeds, misunderstood, history, guessedNeed, outsideSources }, notices };
}
