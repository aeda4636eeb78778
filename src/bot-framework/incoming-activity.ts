// The minimum an incoming activity must have before the adapter sees it. The adapter's own parser
// throws on malformed input, which would surface as a 500; here it is a 400 naming the field.
import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1) });

const incomingActivitySchema = z.looseObject({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: account,
  recipient: account.optional(),
  id: z.string().optional(),
  text: z.string().max(10_000).optional(),
  membersAdded: z.array(account).optional(),
});

export function describeInvalidActivity(body: unknown): string | undefined {
  const parsed = incomingActivitySchema.safeParse(body);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
