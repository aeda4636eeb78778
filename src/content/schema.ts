// The shape of one dialogs/*.yaml file: content keys mapped to a text and, for closed questions,
// buttons (choice id → label). Choice ids are what the machines act on; labels are free to change.
import { z } from 'zod';

export const contentKeyPattern = /^[a-z][A-Za-z]*(\.[A-Za-z_][A-Za-z_]*)+$/;

export const entrySchema = z.strictObject({
  text: z.string().trim().min(1),
  choices: z.record(z.string().regex(/^[a-z_]+$/), z.string().trim().min(1)).optional(),
});
export type ContentEntry = z.infer<typeof entrySchema>;

export const dialogFileSchema = z.record(z.string().regex(contentKeyPattern, 'keys look like flow.moment'), entrySchema);
