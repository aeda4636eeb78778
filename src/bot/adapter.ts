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

/**
 * Checks a request's token before the adapter sees it. The SDK answers 401 only to the failures it
 * classifies itself, and 500 to others (a token signed with the wrong key): here every failure is a 401.
 */
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];

/** Channel addresses a bot talks to are few (Direct Line, Teams regions, Web Chat): a small bound suffices. */
const MAX_CACHED_CLIENTS = 64;

/**
 * The SDK builds a new connector client (HTTP pipeline, credentials) for every turn, which cost more
 * CPU than our own machine per turn. A client holds nothing of the turn, and its credentials refresh
 * their own tokens, so one per (bot, channel address, audience) is reused.
 */
class ReusingConnectorClients extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, ReturnType<ConnectorFactory['create']>>();

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const appId = claimsIdentity.getClaimValue('appid') ?? claimsIdentity.getClaimValue('azp') ?? claimsIdentity.getClaimValue('aud') ?? '';
    const clients = this.clients;
    return {
      create(serviceUrl: string, audience?: string) {
        const key = `${appId}|${serviceUrl}|${audience ?? ''}`;
        let client = clients.get(key);
        if (!client) {
          client = inner.create(serviceUrl, audience);
          clients.set(key, client);
          client.catch(() => clients.delete(key));
          if (clients.size > MAX_CACHED_CLIENTS) clients.delete(clients.keys().next().value!);
        }
        return client;
      },
    };
  }
}

export type VerifyRequest = (activity: Record<string, unknown>, authorization: string) => Promise<void>;

export function createAdapter(auth: Config['auth']): { adapter: CloudAdapter; verifyRequest?: VerifyRequest } {
  const options = {
    MicrosoftAppId: auth.appId ?? '',
    MicrosoftAppPassword: auth.appPassword ?? '',
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId ?? '',
    // Naming any of these switches the SDK to its parameterised authentication, which then needs all
    // of them: the public cloud's values, with the channels' signing keys published elsewhere.
    ...(auth.openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
          ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
          ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
          ToChannelFromBotOAuthScope: 'https://api.botframework.com',
          OAuthUrl: 'https://api.botframework.com',
          CallerId: 'urn:botframework:azure',
          ValidateAuthority: true,
        }
      : {}),
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  const authentication = new ReusingConnectorClients(options, credentials);
  const adapter = new CloudAdapter(authentication);
  if (!isAuthenticated(auth)) return { adapter };
  return {
    adapter,
    verifyRequest: async (activity, authorization) => {
      await authentication.authenticateRequest(activity as unknown as Activity, authorization);
    },
  };
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
