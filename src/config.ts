// The only reader of process.env: parses it once, reports every problem at once, returns a frozen Config.
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
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional()),
  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.stringbool().default(false),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
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
  RATE_LIMIT_CONVERSATION_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_NEW_CHATS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  HANDOFF_WAIT_LIMIT_SECONDS: z.coerce.number().positive().default(300),
  HANDOFF_IDLE_LIMIT_SECONDS: z.coerce.number().positive().default(900),
  HANDOFF_SWEEP_SECONDS: z.coerce.number().min(0.05).default(15),

  /** Azure Direct Line secret: the help page then chats through Azure; the secret stays on the server. */
  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_URL: url('https://directline.botframework.com/v3/directline'),
  /** Signs the self-hosted Direct Line's tokens; instances sharing conversations share it. Unset: random per start. */
  DIRECT_LINE_TOKEN_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  DIRECT_LINE_TOKEN_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),

  BRAND_NAME: z.string().min(1).default('Example CA'),
  BRAND_COLOR: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1F5F99').default('#1F5F99'),
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
  auth: Readonly<{ appId?: string; appPassword?: string; appType: string; tenantId?: string; openIdMetadataUrl?: string }>;
  directLine: Readonly<{
    /** Set: Azure Direct Line (production). Unset: the bot's own Direct Line endpoint. */
    azure?: Readonly<{ secret: string; url: string }>;
    tokenSecret?: string;
    tokenLifetimeSeconds: number;
  }>;
  rateLimits: Readonly<{ conversationPerMinute: number; clientPerMinute: number; newChatsPerMinute: number }>;
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

/** Rules across variables, checked on the raw values so they are reported with the schema's own. */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  const problems: string[] = [];
  if (set('MicrosoftAppId') && !set('MicrosoftAppPassword') && env.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  const teams = env.HANDOFF_TARGET === 'teams' || ((env.HANDOFF_TARGET ?? '').trim() === '' && set('TEAMS_AGENTS_CHANNEL_ID'));
  if (env.HANDOFF_TARGET === 'teams' && !set('TEAMS_AGENTS_CHANNEL_ID')) {
    problems.push('TEAMS_AGENTS_CHANNEL_ID: required when HANDOFF_TARGET is teams');
  }
  // Without it, anyone in any tenant who can message the app could act as an agent.
  if (teams && !set('TEAMS_TENANT_ID')) problems.push('TEAMS_TENANT_ID: required when agents work in Teams');
  return problems;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST ?? (e.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
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
    directLine: Object.freeze({
      ...(e.DIRECT_LINE_SECRET ? { azure: Object.freeze({ secret: e.DIRECT_LINE_SECRET, url: e.DIRECT_LINE_URL.replace(/\/+$/, '') }) } : {}),
      ...(e.DIRECT_LINE_TOKEN_SECRET ? { tokenSecret: e.DIRECT_LINE_TOKEN_SECRET } : {}),
      tokenLifetimeSeconds: e.DIRECT_LINE_TOKEN_MINUTES * 60,
    }),
    page: Object.freeze({ color: e.BRAND_COLOR }),
    rateLimits: Object.freeze({
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
