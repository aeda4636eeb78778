// The help page's token from Azure Direct Line, when the bot is deployed with DIRECT_LINE_SECRET: the
// secret stays on the server, and the page gets a token for one new conversation.
import type { Logger } from 'pino';
import { newUserId } from './conversations.js';

/** `trustedOrigins`: the pages allowed to use a token (Azure refuses it elsewhere); empty: any. */
export type AzureDirectLine = { secret: string; url: string; trustedOrigins?: readonly string[] };

export type PageToken = { token: string; conversationId: string; expires_in: number; domain: string };

/** Azure refused or did not answer; the page is told to try again shortly. */
export class AzureUnavailable extends Error {}

export async function azureToken(azure: AzureDirectLine, logger: Logger): Promise<PageToken> {
  // The token is bound to a user id of ours (Azure's "dl_" form), so the page cannot choose whom it
  // chats as, and, when configured, to the help page's origins, so it is useless elsewhere.
  const response = await fetch(`${azure.url}/tokens/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${azure.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      user: { id: newUserId() },
      ...(azure.trustedOrigins?.length ? { trustedOrigins: azure.trustedOrigins } : {}),
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    logger.error({ status: response.status }, 'Azure Direct Line refused to generate a token');
    throw new AzureUnavailable(`Azure Direct Line answered ${response.status}`);
  }
  const issued = (await response.json()) as { token: string; conversationId: string; expires_in: number };
  return { token: issued.token, conversationId: issued.conversationId, expires_in: issued.expires_in, domain: azure.url };
}
