// The vocabulary of DOMAIN.md: what the bot finds out (slots) and what it may tell (outcomes).
import { z } from 'zod';

export const needs = ['regain_access', 'find_account', 'reset_password', 'recover_username', 'codesign_password', 'human'] as const;
export type Need = (typeof needs)[number];

export const roles = ['webmaster', 'client', 'owner'] as const;
export type Role = (typeof roles)[number];

/** `unknown` is the bot's own value once it has asked and the customer could not say. */
export const customerTypes = ['web_host', 'reseller', 'epki', 'affiliate', 'direct', 'unknown'] as const;
export type CustomerType = (typeof customerTypes)[number];

export const products = ['ssl', 'code_signing', 'client_cert', 'unknown'] as const;
export type Product = (typeof products)[number];

export const outcomeIds = [
  'webmaster-client-self',
  'client-lost-access',
  'owner-find-accounts',
  'owner-delegated',
  'reset-web-host',
  'reset-reseller',
  'reset-epki-self',
  'reset-epki-ticket',
  'reset-direct-self',
  'reset-direct-email',
  'reset-affiliate',
  'reset-unknown-type',
  'partner-no-reset',
  'codesign-password',
  'username-recovery',
  'handoff',
] as const;
export type OutcomeId = (typeof outcomeIds)[number];

export const slotsSchema = z.object({
  need: z.enum(needs).optional(),
  role: z.enum(roles).optional(),
  delegated: z.boolean().optional(),
  customerType: z.enum(customerTypes).optional(),
  /** `none`: the customer said no partner is involved (agents see it on the case). */
  partner: z.enum(['altaire', 'none']).optional(),
  product: z.enum(products).optional(),
  hasOrderNumber: z.boolean().optional(),
  hasEmailOrUsername: z.boolean().optional(),
  /** "I can't log in" without saying what fails: the bot asks which of the three it is. */
  loginTrouble: z.boolean().optional(),
  /**
   * Whose account a password or reset question is about (hard rule 5): `client`, a client's account
   * (refused: the client resets it), or `own`. Read from what the customer says, never asked.
   */
  whoseAccount: z.enum(['own', 'client']).optional(),
});
export type Slots = z.infer<typeof slotsSchema>;

/**
 * The slots of DOMAIN.md's table that the bot may ask a question about; a content entry that asks
 * (has buttons) must name one of these, or one of `conversationSteps`, in `asks` (test/dialogs).
 */
export const askableSlots = ['need', 'role', 'delegated', 'customerType', 'partner', 'product', 'hasOrderNumber', 'hasEmailOrUsername'] as const;

/** Questions DOMAIN.md sets outside the slot table: after an outcome, and while waiting for a person. */
export const conversationSteps = ['solved', 'notSolved', 'waitOrRoute', 'retryHandoff'] as const;

/** Why a conversation went to a person; agents see it on the case. */
export const handoffReasons = ['asked', 'stuck', 'not-solved', 'partner-altaire', 'affiliate', 'unknown-customer-type', 'outside-sources'] as const;
export type HandoffReason = (typeof handoffReasons)[number];

/** Kinds of small talk the bot answers politely before steering back. */
export const smallTalkKinds = ['greeting', 'thanks', 'goodbye', 'bot_question', 'hours'] as const;
export type SmallTalk = (typeof smallTalkKinds)[number];

/**
 * What src/nlu read from one customer message, already thresholded: a slot is present only when the
 * reading is confident enough to act on. `needs` is ranked, most urgent first.
 */
export const understandingSchema = z.object({
  needs: z.array(z.enum(needs)),
  slots: slotsSchema.omit({ need: true }),
  answer: z.enum(['yes', 'no', 'unsure']).optional(),
  smallTalk: z.enum(smallTalkKinds).optional(),
  containsSecret: z.boolean(),
  /** "Start over", "go back", "cancel": conversation commands said in words. */
  command: z.enum(['startOver', 'back', 'cancel']).optional(),
  /** "That didn't help", "no luck": what the bot gave did not solve it, whatever else the message says. */
  notHelped: z.literal(true).optional(),
  /** Asks to start again in a sentence ("can we start over? I described the wrong problem"): the bot starts over, a person in a live chat answers it. */
  startOverAsked: z.literal(true).optional(),
  /** Adds a need to the one under way ("oh and I also lost my user name"), rather than correcting it ("not the password, I meant…"). */
  addsNeed: z.literal(true).optional(),
  /** Gone to look something up ("hang on, let me check"): the question waits for the answer, and nothing was misunderstood. */
  lookingItUp: z.literal(true).optional(),
  /** Tells and asks nothing ("problem solved, my colleague had the pfx password", "so heads up", an opinion): noted, no miss. */
  remark: z.literal(true).optional(),
  /** Asks something back and states no need ("and what if I'm not on the same computer any more?"): after steps, they did not settle it. */
  asksBack: z.literal(true).optional(),
  /**
   * Asks for what the two source documents do not cover (a refund, a renewal, an installation, a
   * revocation, a cancellation) and for no need they do: a person answers it rather than the bot.
   */
  outsideSources: z.literal(true).optional(),
  /** "Forget the password for now, I need the certificate revoked": the need under way is dropped for what comes after. */
  dropsNeed: z.literal(true).optional(),
  /** A need read with too little confidence to act on: the bot asks "did you mean…?". */
  guessedNeed: z.enum(needs).optional(),
  /** How sure the reading of each slot is, from 0 to 1 (`need` for the first need). */
  confidence: z.record(z.string(), z.number().min(0).max(1)).optional(),
});
export type Understanding = z.infer<typeof understandingSchema>;

export const nothingUnderstood: Understanding = { needs: [], slots: {}, containsSecret: false };
