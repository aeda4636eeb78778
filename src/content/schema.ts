// The shape of one dialogs/*.yaml file: content keys mapped to a text and, for closed questions,
// buttons (choice id → label). Choice ids are what the machines act on; labels are free to change.
import { z } from 'zod';

const contentKeyPattern = /^[a-z][A-Za-z]*(\.[A-Za-z_][A-Za-z_]*)+$/;

const choicesSchema = z.record(z.string().regex(/^[a-z_]+$/), z.string().trim().min(1));

const entrySchema = z.strictObject({
  text: z.string().trim().min(1),
  choices: choicesSchema.optional(),
  /** For a question (an entry with buttons): the slot its answer fills, or the conversation step it is. */
  asks: z
    .string()
    .regex(/^[a-zA-Z]+$/)
    .optional(),
  /**
   * The wording when nobody chats live (HANDOFF_TARGET=none): the request is recorded for the team and
   * the customer given the email or ticket route, so nothing may promise a person in the chat.
   */
  withoutLiveAgents: z.strictObject({ text: z.string().trim().min(1).optional(), choices: choicesSchema.optional() }).optional(),
});
/** An entry as the bot uses it: the variant for the configuration already chosen. */
export type ContentEntry = { text: string; choices?: Record<string, string>; asks?: string };

export const dialogFileSchema = z.record(z.string().regex(contentKeyPattern, 'keys look like flow.moment'), entrySchema);

/** dialogs/agents.yaml: text only; agents answer with commands and card buttons, not choices. */
export const agentFileSchema = z.record(z.string().regex(contentKeyPattern, 'keys look like flow.moment'), z.strictObject({ text: z.string().trim().min(1) }));
