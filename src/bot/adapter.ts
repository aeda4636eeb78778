// The CloudAdapter with an explicit auth configuration built from Config. With no app id it accepts
// unauthenticated requests (Emulator, local development); with one, every request must carry a valid
// Bot Framework token.
import {
  type Activity,
  type ActivityHandler,
  Channels,
  CloudAdapter,
  ShowTypingMiddleware,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../config.js';

export function createAdapter(auth: Config['auth']): CloudAdapter {
  const options = {
    MicrosoftAppId: auth.appId ?? '',
    MicrosoftAppPassword: auth.appPassword ?? '',
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId ?? '',
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options, credentials));
}

/**
 * The typing indicator on the help page while a turn takes a moment (Bot Framework's own middleware,
 * after 300 ms, then every 2 s). Teams and the other channels do not need it.
 */
export function showTypingOnDirectLine(adapter: CloudAdapter): void {
  const typing = new ShowTypingMiddleware(300, 2000);
  adapter.use({
    onTurn: (context, next) => (context.activity.channelId === Channels.Directline ? typing.onTurn(context, next) : next()),
  });
}

export const isAuthenticated = (auth: Config['auth']): boolean => Boolean(auth.appId);

/**
 * Hands an activity from the bot's own Direct Line straight to the bot, as if it had been posted to
 * /api/messages by an unauthenticated channel (the self-hosted endpoint is only used without an app id).
 */
export const deliverDirectly =
  (adapter: CloudAdapter, bot: ActivityHandler) =>
  (activity: Record<string, unknown>): Promise<void> =>
    adapter.processActivityDirect('', activity as unknown as Activity, (context) => bot.run(context));
