// The only reader of process.env: parses it once, reports every problem at once, returns a frozen Config.
// A variable set to nothing (or blanks) counts as unset, as Bot Framework samples write their .env
// (`MicrosoftAppType=`, `MicrosoftAppId=`): its default applies.
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const url = (fallback: string) => z.url().default(fallback);

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Unset: all interfaces with authentication on, loopback only without (local use). */
  HOST: optionalText,
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .refine((value) => URL.canParse(value), 'is not a valid URL (special characters in the password must be percent-encoded)')
      .optional(),
  ),
  /** Tries to reach DATABASE_URL at start-up before giving up, waiting 0.5 s, 1 s, 2 s… between them. */
  DATABASE_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.stringbool().default(false),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  /** Unset: SingleTenant. Azure creates no new MultiTenant bots since 2025-07-31; existing ones still run. */
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: optionalText,
  /** Where the keys that sign channels' tokens are published (sovereign clouds, tests); unset: the public cloud's. */
  BOT_OPENID_METADATA_URL: optionalText.pipe(z.url().optional()),

  /** Who takes escalated chats: agents in a Teams channel, a contact centre (Bot Framework handoff protocol), or nobody live. */
  HANDOFF_TARGET: optionalText.pipe(z.enum(['teams', 'protocol', 'none']).optional()),
  TEAMS_AGENTS_CHANNEL_ID: optionalText,
  TEAMS_SERVICE_URL: url('https://smba.trafficmanager.net/teams/'),
  TEAMS_TENANT_ID: optionalText,
  /** The agents' team (its id is its General channel's); unset: the agents' channel's id. */
  TEAMS_AGENTS_TEAM_ID: optionalText,
  /** Who may act as an agent, as Microsoft Entra (AAD) object ids; unset: the members of the agents' team. */
  TEAMS_AGENT_IDS: optionalText.transform((value) => value?.split(/[\s,;]+/).filter((id) => id !== '')),
  TEAMS_AGENT_CACHE_SECONDS: z.coerce.number().min(0).max(86_400).default(300),
  /** Proxies in front of the bot whose X-Forwarded-For is believed: the client address is the one the farthest saw. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Shares rate limits between instances through Redis (else PostgreSQL with DATABASE_URL, else in memory). */
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  RATE_LIMIT_CONVERSATION_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_NEW_CHATS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  HANDOFF_WAIT_LIMIT_SECONDS: z.coerce.number().positive().default(300),
  HANDOFF_IDLE_LIMIT_SECONDS: z.coerce.number().positive().default(900),
  HANDOFF_SWEEP_SECONDS: z.coerce.number().min(0.05).default(15),

  /** Azure Direct Line secret: the help page then chats through Azure; the secret stays on the server. */
  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_URL: url('https://directline.botframework.com/v3/directline'),
  /** The help page's origins (https://help.example.com), comma-separated: Azure Direct Line tokens work only there. */
  DIRECT_LINE_TRUSTED_ORIGINS: optionalText.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.url().refine((origin) => new URL(origin).origin === origin.replace(/\/$/, ''), 'must be origins like https://help.example.com, without a path'),
        ),
      )
      .optional(),
  ),
  /** Signs the self-hosted Direct Line's tokens; instances sharing conversations share it. Unset: random per start. */
  DIRECT_LINE_TOKEN_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  DIRECT_LINE_TOKEN_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),

  BRAND_NAME: z.string().min(1).default('Example CA'),
  BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1F5F99')
    .default('#1F5F99'),
  HELP_CENTER_URL: url('https://help.example.com/'),
  RETRIEVAL_ARTICLE_URL: url('https://help.example.com/retrieve-customer-number-or-reset-password'),
  ACCOUNT_ASSISTANCE_URL: url('https://account.example.com/assistance'),
  PASSWORD_REMINDER_URL: url('https://secure.example.com/epki/password-reminder'),
  FORGOTTEN_PASSWORD_URL: url('https://secure.example.com/login/forgotten-password'),
  TICKET_URL: url('https://support.example.com/tickets/new'),
  SUPPORT_EMAIL: z.email().default('support@example.com'),
  SUPPORT_HOURS: z.string().min(1).default('24 hours a day, 7 days a week'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL for several instances; without it, a SQLite file under dataDir. */
  databaseUrl?: string;
  transcriptRetentionDays: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  logPretty: boolean;
  databaseConnectAttempts: number;
  auth: Readonly<{ appId?: string; appPassword?: string; appType: string; tenantId?: string; openIdMetadataUrl?: string }>;
  /** Settings that work but are probably a mistake; main.ts logs each at start-up. */
  warnings: readonly string[];
  directLine: Readonly<{
    /** Set: Azure Direct Line (production). Unset: the bot's own Direct Line endpoint. */
    azure?: Readonly<{ secret: string; url: string; trustedOrigins?: readonly string[] }>;
    tokenSecret?: string;
    tokenLifetimeSeconds: number;
  }>;
  rateLimits: Readonly<{ conversationPerMinute: number; clientPerMinute: number; newChatsPerMinute: number; trustedProxyHops: number; redisUrl?: string }>;
  /** How the help page looks. */
  page: Readonly<{ color: string }>;
  handoff: Readonly<{
    target: 'teams' | 'protocol' | 'none';
    teams?: Readonly<{
      channelId: string;
      serviceUrl: string;
      tenantId?: string;
      /** Whose members are the agents (asked of Teams); the channel's id when not set. */
      teamId: string;
      /** Set: exactly these Entra object ids are agents, and Teams is not asked. */
      agentIds?: readonly string[];
      /** How long an answer from Teams on who is an agent is kept. */
      membershipTtlMs: number;
    }>;
    waitLimitMs: number;
    idleLimitMs: number;
    sweepMs: number;
  }>;
  /** Values for the {placeholders} in dialogs/. */
  brand: Readonly<Record<string, string>>;
}>;

/**
 * Variables that become required in some mode, each with the mode that needs it: checked on the
 * values as given (blank = unset), so they are reported with the schema's own problems.
 */
function crossFieldProblems(env: Record<string, string>): string[] {
  const set = (name: string) => env[name] !== undefined;
  const appType = env.MicrosoftAppType ?? 'SingleTenant';
  const problems: string[] = [];
  if (set('MicrosoftAppId') && !set('MicrosoftAppPassword') && appType !== 'UserAssignedMSI') {
    problems.push(`MicrosoftAppPassword: required when MicrosoftAppId is set and MicrosoftAppType is ${appType}`);
  }
  if (set('MicrosoftAppId') && !set('MicrosoftAppTenantId') && appType !== 'MultiTenant') {
    problems.push(
      `MicrosoftAppTenantId: required when MicrosoftAppId is set and MicrosoftAppType is ${appType}${set('MicrosoftAppType') ? '' : ' (the default)'}`,
    );
  }
  const teams = env.HANDOFF_TARGET === 'teams' || (!set('HANDOFF_TARGET') && set('TEAMS_AGENTS_CHANNEL_ID'));
  if (env.HANDOFF_TARGET === 'teams' && !set('TEAMS_AGENTS_CHANNEL_ID')) {
    problems.push('TEAMS_AGENTS_CHANNEL_ID: required when HANDOFF_TARGET is teams');
  }
  // Without it, anyone in any tenant who can message the app could act as an agent.
  if (teams && !set('TEAMS_TENANT_ID'))
    problems.push('TEAMS_TENANT_ID: required when agents work in Teams (HANDOFF_TARGET teams, or TEAMS_AGENTS_CHANNEL_ID set)');
  return problems;
}

/**
 * Brand values (dialogs' placeholder names) still pointing at example.com, the defaults' stand-in
 * domain: customers would be sent there. Production (an app id set) warns about each at start-up.
 */
export function exampleBrandValues(brand: Readonly<Record<string, string>>): string[] {
  return Object.entries(brand)
    .filter(([, value]) => /(^|[./@])example\.com([/:]|$)/i.test(value.trim()) || value.trim() === 'Example CA')
    .map(([name]) => name);
}

function warningsOf(e: z.infer<typeof configSchema>): string[] {
  const warnings: string[] = [];
  if (e.MicrosoftAppId && e.MicrosoftAppType === 'MultiTenant') {
    warnings.push(
      'MicrosoftAppType is MultiTenant: Azure no longer creates multi-tenant bots (since 2025-07-31); use SingleTenant or UserAssignedMSI for a new registration',
    );
  }
  if (e.MicrosoftAppId && !e.DIRECT_LINE_SECRET) {
    warnings.push('DIRECT_LINE_SECRET is not set: with an app id the help page chats only through Azure Direct Line, so it cannot chat');
  }
  return warnings;
}

/** The environment with blank values left out: `NAME=` means "use the default", as Bot Framework's samples expect. */
const withoutBlanks = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''));

export function loadConfig(rawEnv: Record<string, string | undefined> = process.env): Config {
  const env = withoutBlanks(rawEnv);
  const parsed = configSchema.safeParse(env);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)), ...crossFieldProblems(env)];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST ?? (e.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseConnectAttempts: e.DATABASE_CONNECT_ATTEMPTS,
    transcriptRetentionDays: e.TRANSCRIPT_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY,
    auth: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      ...(e.BOT_OPENID_METADATA_URL ? { openIdMetadataUrl: e.BOT_OPENID_METADATA_URL } : {}),
    }),
    warnings: Object.freeze(warningsOf(e)),
    directLine: Object.freeze({
      ...(e.DIRECT_LINE_SECRET
        ? {
            azure: Object.freeze({
              secret: e.DIRECT_LINE_SECRET,
              url: e.DIRECT_LINE_URL.replace(/\/+$/, ''),
              ...(e.DIRECT_LINE_TRUSTED_ORIGINS
                ? { trustedOrigins: Object.freeze(e.DIRECT_LINE_TRUSTED_ORIGINS.map((origin) => origin.replace(/\/$/, ''))) }
                : {}),
            }),
          }
        : {}),
      ...(e.DIRECT_LINE_TOKEN_SECRET ? { tokenSecret: e.DIRECT_LINE_TOKEN_SECRET } : {}),
      tokenLifetimeSeconds: e.DIRECT_LINE_TOKEN_MINUTES * 60,
    }),
    page: Object.freeze({ color: e.BRAND_COLOR }),
    rateLimits: Object.freeze({
      trustedProxyHops: e.TRUSTED_PROXY_HOPS,
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
      conversationPerMinute: e.RATE_LIMIT_CONVERSATION_PER_MINUTE,
      clientPerMinute: e.RATE_LIMIT_CLIENT_PER_MINUTE,
      newChatsPerMinute: e.RATE_LIMIT_NEW_CHATS_PER_MINUTE,
    }),
    handoff: Object.freeze({
      target: e.HANDOFF_TARGET ?? (e.TEAMS_AGENTS_CHANNEL_ID ? 'teams' : 'none'),
      ...(e.TEAMS_AGENTS_CHANNEL_ID
        ? {
            teams: Object.freeze({
              channelId: e.TEAMS_AGENTS_CHANNEL_ID,
              serviceUrl: e.TEAMS_SERVICE_URL,
              ...(e.TEAMS_TENANT_ID ? { tenantId: e.TEAMS_TENANT_ID } : {}),
              teamId: e.TEAMS_AGENTS_TEAM_ID ?? e.TEAMS_AGENTS_CHANNEL_ID,
              ...(e.TEAMS_AGENT_IDS && e.TEAMS_AGENT_IDS.length > 0 ? { agentIds: Object.freeze(e.TEAMS_AGENT_IDS) } : {}),
              membershipTtlMs: Math.round(e.TEAMS_AGENT_CACHE_SECONDS * 1000),
            }),
          }
        : {}),
      waitLimitMs: Math.round(e.HANDOFF_WAIT_LIMIT_SECONDS * 1000),
      idleLimitMs: Math.round(e.HANDOFF_IDLE_LIMIT_SECONDS * 1000),
      sweepMs: Math.round(e.HANDOFF_SWEEP_SECONDS * 1000),
    }),
    brand: Object.freeze({
      brand: e.BRAND_NAME,
      helpCenterUrl: e.HELP_CENTER_URL,
      retrievalArticleUrl: e.RETRIEVAL_ARTICLE_URL,
      accountAssistanceUrl: e.ACCOUNT_ASSISTANCE_URL,
      passwordReminderUrl: e.PASSWORD_REMINDER_URL,
      forgottenPasswordUrl: e.FORGOTTEN_PASSWORD_URL,
      ticketUrl: e.TICKET_URL,
      supportEmail: e.SUPPORT_EMAIL,
      supportHours: e.SUPPORT_HOURS,
    }),
  });
}
