// What the conversation remembers between turns. It is persisted, so it holds only what the flow
// needs: slot values, never the customer's words, and never a password or token.
import { z } from 'zod';
import { handoffReasons, needs, outcomeIds, slotsSchema } from './domain.js';

export const HISTORY_LIMIT = 20;

export const supportContextSchema = z.object({
  slots: slotsSchema,
  /** Earlier values of `slots`, newest last: "back" restores the one before the last answer. */
  history: z.array(slotsSchema).max(HISTORY_LIMIT),
  /** Messages in a row that taught the bot nothing; two hand the chat to a person. */
  misunderstood: z.number().int().min(0),
  /** Outcome ids shown in this conversation, in order. */
  shown: z.array(z.enum(outcomeIds)),
  /** Further needs the customer mentioned, offered once the current one is answered. */
  pendingNeeds: z.array(z.enum(needs)),
  handoffReason: z.enum(handoffReasons).optional(),
  /** The last message asked only for what the sources do not cover (a refund, a renewal…): a person answers it. */
  outsideSources: z.literal(true).optional(),
  /** A need read with low confidence, waiting for the customer to confirm it. */
  guessedNeed: z.enum(needs).optional(),
  /** The open handoff case, while a person has or is about to have the chat. */
  handoff: z
    .object({
      caseId: z.string(),
      /** Last place in the queue the customer was told. */
      position: z.number().int().min(1).optional(),
      /** First name of the agent who holds the chat. */
      agentName: z.string().optional(),
    })
    .optional(),
});
export type SupportContext = z.infer<typeof supportContextSchema>;

export const initialContext = (): SupportContext => ({
  slots: {},
  history: [],
  misunderstood: 0,
  shown: [],
  pendingNeeds: [],
});
