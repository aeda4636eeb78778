// A stored conversation: the machine snapshot wrapped with what is needed to trust it again.
// Persisted snapshots are untrusted input: parsed with zod, and a mismatch starts afresh.
import { z } from 'zod';
import { supportContextSchema } from '../../machines/context.js';

export const envelopeSchema = z.object({
  machineId: z.string(),
  version: z.number().int(),
  snapshot: z.looseObject({
    status: z.literal('active'),
    value: z.unknown(),
    context: supportContextSchema,
  }),
  /** The content key of the question last asked with buttons: typed answers are matched to them. */
  awaiting: z.string().optional(),
  /** The customer's last message ended on "my password is": their next message is read as the secret. */
  secretCue: z.boolean().optional(),
  updatedAt: z.number(),
});
export type Envelope = z.infer<typeof envelopeSchema>;
