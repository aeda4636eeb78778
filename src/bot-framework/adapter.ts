// The CloudAdapter with an explicit auth configuration built from Config. With no app id it accepts
// unauthenticated requests (Emulator, local development); with one, every request must carry a valid
// Bot Framework token.
import {
  type Activity,
  type ActivityHandler,
  type InvokeResponse,
  type TurnContext,
  Channels,
  CloudAdapter,
  ShowTypingMiddleware,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../config.js';
import { withLeanReplies, type LocalChannel } from './reply-sender.js';

/**
 * Checks a request's token before the adapter sees it. The SDK answers 401 only to the failures it
 * classifies itself, and 500 to others (a token signed with the wrong key): here every failure is a 401.
 */
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Channel addresses a bot talks to are few (Direct Line, Teams regions, Web Chat): a small bound suffices. */
const MAX_CACHED_CLIENTS = 64;

type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** The client cached under `key`, or a new one kept for next time (and forgotten if it fails to build). */
function reused<T>(clients: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  let client = clients.get(key);
  if (!client) {
    client = create();
    clients.set(key, client);
    client.catch(() => clients.delete(key));
    if (clients.size > MAX_CACHED_CLIENTS) clients.delete(clients.keys().next().value!);
  }
  return client;
}

/** The bot whose credentials the SDK picks for a request: the audience, or the app id claim (Emulator). */
const appIdOf = (claimsIdentity: ClaimsIdentity): string => claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';

/**
 * The SDK builds a new connector client (HTTP pipeline, credentials) for every turn, and a user token
 * client too, which together cost more CPU than our own machine per turn. Neither holds anything of
 * the turn, and their credentials refresh their own tokens, so one connector client per (bot, channel
 * address, audience) and one user token client per bot are reused.
 */
class ReusingClients extends ConfigurationBotFrameworkAuthentication {
  /** Set by createAdapter: channels this process serves itself (see reply-sender.ts). */
  localChannel?: () => LocalChannel | undefined;
  private readonly connectorClients = new Map<string, ReturnType<ConnectorFactory['create']>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  /** A turn's connector factory: the SDK makes one per request, inside authentication, not through createConnectorFactory. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, appIdOf(result.claimsIdentity)) } : result;
  }

  /** Proactive messages' connector factory. */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
  }

  private reusing(inner: ConnectorFactory, appId: string): ConnectorFactory {
    const clients = this.connectorClients;
    return {
      create: (serviceUrl: string, audience?: string) =>
        reused(clients, `${appId}|${serviceUrl}|${audience ?? ''}`, async () =>
          withLeanReplies(await inner.create(serviceUrl, audience), serviceUrl, this.localChannel ? { localChannel: this.localChannel } : {}),
        ),
    };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return reused(this.userTokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

/** Checks a request's token; resolves with what the turn then runs under, so it is checked only once. */
export type VerifyRequest = (activity: Record<string, unknown>, authorization: string) => Promise<AuthenticateRequestResult>;

/** Timestamps arrive as ISO strings; the SDK's activities carry Dates (and the original text beside them). */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** What runs a turn once the adapter has authenticated the request (the customer's bot, or the agents' desk with it). */
export type TurnHandler = { run(context: TurnContext): Promise<void> };

/**
 * The CloudAdapter, with a way in for a request the edge has already parsed, validated (zod, 400 naming
 * the field) and authenticated. `process(req, res)` would validate the whole activity again against
 * the SDK's own schemas, built anew for every request (a measurable share of a turn's CPU), and check
 * the token a second time.
 */
export class SupportAdapter extends CloudAdapter {
  /** Runs the turn; resolves with the invoke response to answer with, if the activity was an invoke. */
  handleActivity(
    authentication: string | AuthenticateRequestResult,
    activity: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return typeof authentication === 'string'
      ? this.processActivity(authentication, withDates(activity), logic)
      : this.processActivity(authentication, withDates(activity), logic);
  }
}

/** `localChannel`: the bot's own Direct Line, once it listens (its replies are handed over in memory). */
export function createAdapter(auth: Config['auth'], localChannel?: () => LocalChannel | undefined): { adapter: SupportAdapter; verifyRequest?: VerifyRequest } {
  const options = {
    MicrosoftAppId: auth.appId ?? '',
    MicrosoftAppPassword: auth.appPassword ?? '',
    // Without an app id (local use) the SDK accepts only MultiTenant, whose empty credentials sign nothing.
    MicrosoftAppType: auth.appId ? auth.appType : 'MultiTenant',
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
  const authentication = new ReusingClients(options, credentials);
  if (localChannel) authentication.localChannel = localChannel;
  const adapter = new SupportAdapter(authentication);
  if (!isAuthenticated(auth)) return { adapter };
  return {
    adapter,
    verifyRequest: (activity, authorization) => authentication.authenticateRequest(activity as unknown as Activity, authorization),
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
