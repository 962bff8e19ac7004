import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** An integer setting with bounds and a default; an out-of-bounds value stops the start with its name. */
function setting(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** Empty strings in the environment mean "not set" (App Service and .env files produce them). */
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalText = z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional());

/** The HTTP server, sign-in, the bot's identity and the tab's API. */
const SERVER_SETTINGS = {
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalString,
  AAD_APP_CLIENT_ID: optionalString,
  AAD_APP_OAUTH_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  ALLOWED_TENANTS: optionalString,
  ALLOWED_CLIENT_APPS: optionalString,
  MicrosoftAppId: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('UserAssignedMSI'),
  /** Only for a bot registered with a client secret (local Teams debugging via the Toolkit). */
  MicrosoftAppPassword: optionalString,
  TAB_DIST_DIR: optionalString,
  PUBLIC_URL: optionalString,
  CHECKIN_AUTHOR_SECRET: optionalString,
  TEAMS_APP_ID: optionalString,
  RATE_LIMIT_USER_PER_MINUTE: setting(1, 100_000, 120),
  RATE_LIMIT_TENANT_PER_MINUTE: setting(1, 1_000_000, 3000),
  QUOTA_PROGRAMMES_PER_USER_PER_DAY: setting(1, 1000, 10),
  QUOTA_CHECK_INS_PER_USER_PER_DAY: setting(1, 1000, 20),
  BODY_LIMIT_BYTES: setting(1024, 1024 * 1024, 256 * 1024),
  HEADERS_TIMEOUT_MS: setting(1000, 30_000, 10_000),
  BODY_TIMEOUT_MS: setting(100, 30_000, 10_000),
  REQUEST_TIMEOUT_MS: setting(1000, 30_000, 30_000),
  IDLE_TIMEOUT_MS: setting(1000, 120_000, 30_000),
  PROGRAMME_CREATION_DEFAULT: z.enum(['everyone', 'named', 'admins']).default('named'),
};

/** Where the data lives (storage/cosmos-config.ts reads these). */
const STORAGE_SETTINGS = {
  COSMOS_ENDPOINT: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
  COSMOS_KEY: optionalText,
  /** Cosmos database ids: letters, digits, `-` and `_` keep them portable across tools. */
  COSMOS_DATABASE: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,255}$/)
      .default('ambassadors'),
  ),
  /** Relative to the app's root folder. */
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().trim().min(1).default('.data')),
};

/** The reminder scheduler and the dispatcher (delivery/delivery-config.ts reads these). */
const DELIVERY_SETTINGS = {
  /** 'off' stops the scheduler and dispatcher in this instance (the bot still answers). */
  REMINDERS: z.enum(['on', 'off']).default('on'),
  REMINDER_SCAN_INTERVAL_MS: setting(100, 3_600_000, 60_000),
  DELIVERY_CONCURRENCY: setting(1, 64, 8),
  DELIVERY_LEASE_MS: setting(1000, 3_600_000, 60_000),
  DELIVERY_POLL_MS: setting(10, 60_000, 1000),
  DELIVERY_MAX_ATTEMPTS: setting(1, 20, 6),
  SEND_TIMEOUT_MS: setting(500, 120_000, 15_000),
  DELIVERY_LIMITER_MARGIN_MS: setting(0, 1000, 30),
};

const httpBaseUrl = z.preprocess(
  unsetIfEmpty,
  z
    .url({ protocol: /^https?$/ })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
);

/** Finding people by name: Microsoft Graph on the signed-in leader's behalf. */
const DIRECTORY_SETTINGS = {
  /** Microsoft Graph (national clouds have their own; tests point at a local stand-in). */
  GRAPH_BASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/ })
      .transform((value) => value.replace(/\/+$/, ''))
      .default('https://graph.microsoft.com'),
  ),
  /** Where the on-behalf-of exchange happens; unset: the sign-in authority host. */
  LOGIN_BASE_URL: httpBaseUrl,
  /** 'off' hides people search even when it could work (manual entry only). */
  PEOPLE_SEARCH: z.enum(['on', 'off']).default('on'),
  /**
   * The app's user-assigned managed identity (the Bicep template sets it): the app registration
   * trusts it as its federated credential, so its token is the client assertion.
   */
  AZURE_CLIENT_ID: optionalString,
};

/** Open boards' live updates (server-sent events). */
const BOARD_EVENTS_SETTINGS = {
  /** How often a watched programme's board is re-read, so writes made by other instances show too. */
  BOARD_EVENTS_POLL_MS: setting(250, 60_000, 1000),
  /** A comment line this often keeps proxies (App Service closes idle responses at 230 s) from cutting the stream. */
  BOARD_EVENTS_HEARTBEAT_MS: setting(1000, 120_000, 15_000),
  /** A stream ends after this long; the tab reconnects with a fresh token, so an expired one stops receiving. */
  BOARD_EVENTS_MAX_STREAM_MS: setting(10_000, 3_600_000, 900_000),
  /** Open streams per person (a few tabs and devices). */
  BOARD_EVENTS_STREAMS_PER_USER: setting(1, 100, 8),
  /** Open streams per tenant in one instance. */
  BOARD_EVENTS_STREAMS_PER_TENANT: setting(1, 100_000, 1000),
};

/** What every part uses: logs and telemetry. */
const RUNTIME_SETTINGS = {
  LOG_LEVEL: z.preprocess(
    unsetIfEmpty,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString,
};

/**
 * Every environment variable the server reads, with its bounds and its default: the one place
 * a default is written. Each part parses only its own group (so a bad value fails where it is
 * used, with the variable's name), and the README's configuration table is checked against this.
 */
export const configSchema = z.object({
  ...SERVER_SETTINGS,
  ...STORAGE_SETTINGS,
  ...DELIVERY_SETTINGS,
  ...DIRECTORY_SETTINGS,
  ...BOARD_EVENTS_SETTINGS,
  ...RUNTIME_SETTINGS,
});
const serverSettings = z.object(SERVER_SETTINGS);
export const storageSettings = z.object(STORAGE_SETTINGS);
export const deliverySettings = z.object(DELIVERY_SETTINGS);
export const runtimeSettings = z.object(RUNTIME_SETTINGS);
export const directorySettings = z.object(DIRECTORY_SETTINGS);
export const boardEventsSettings = z.object(BOARD_EVENTS_SETTINGS);

/** Every setting as it is with nothing set: the defaults components fall back on when built alone. */
export const CONFIG_DEFAULTS = configSchema.parse({});

export type ServerMode = 'local' | 'sso';

/**
 * What one caller may cost this process. In memory per instance: with N instances behind a load
 * balancer a caller can get up to N times the rates (see README, Configuration).
 */
export interface HttpLimits {
  userRequestsPerMinute: number;
  tenantRequestsPerMinute: number;
  programmesPerUserPerDay: number;
  checkInsPerUserPerDay: number;
  /** Largest accepted request body; larger ones get 413 before a byte of them is parsed. */
  bodyLimitBytes: number;
  /** Node's headersTimeout: the request line and headers must arrive within this. */
  headersTimeoutMs: number;
  /** A request body must arrive completely within this, or the connection is cut. */
  bodyTimeoutMs: number;
  /** Node's requestTimeout: the whole request, headers and body. */
  requestTimeoutMs: number;
  /** A connection with no traffic for this long is closed. */
  idleTimeoutMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  /** local: no Entra app configured; the server acts for a demo identity and only on loopback. */
  mode: ServerMode;
  sso: {
    clientId: string;
    authorityHost: string;
    allowedTenants: string[] | 'all';
    /** Client apps (`azp`/`appid`) accepted besides the app itself; absent → the Teams clients. */
    allowedClientApps?: string[];
  } | null;
  bot: { appId: string; appTenantId: string | undefined; appType: string; appPassword?: string } | null;
  tabDistDir: string | undefined;
  publicUrl: string | undefined;
  /** Keys check-in author pseudonyms; see bot/src/application/check-in-author-key.ts. */
  checkInAuthorSecret: string | undefined;
  /** The Teams app id (manifest `id`): links in cards then open the tab inside Teams. */
  teamsAppId: string | undefined;
  limits: HttpLimits;
  /**
   * Who may create programmes in a tenant whose admins have not chosen yet (see
   * shared/src/rules/creation-policy.ts); local mode always lets everyone.
   */
  creationPolicyDefault: 'everyone' | 'named' | 'admins';
}

/**
 * Reads the server's configuration from the environment. Local mode is decided by the absence
 * of AAD_APP_CLIENT_ID, and is refused on anything but loopback: an unauthenticated demo
 * identity must never be reachable from a network.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = serverSettings.parse(env);
  const mode: ServerMode = parsed.AAD_APP_CLIENT_ID ? 'sso' : 'local';
  const host = parsed.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  if (mode === 'local' && !LOOPBACK_HOSTS.has(host)) {
    throw new Error(
      `Local mode (no AAD_APP_CLIENT_ID) only listens on loopback; HOST=${host} is refused. ` +
        'Configure single sign-on (AAD_APP_CLIENT_ID) to listen on a network interface.',
    );
  }
  const allowed = parsed.ALLOWED_TENANTS?.split(',')
    .map((tenant) => tenant.trim().toLowerCase())
    .filter(Boolean);
  const clientApps = parseClientApps(parsed.ALLOWED_CLIENT_APPS);
  return {
    port: parsed.PORT,
    host,
    mode,
    sso: parsed.AAD_APP_CLIENT_ID
      ? {
          clientId: parsed.AAD_APP_CLIENT_ID,
          authorityHost: parsed.AAD_APP_OAUTH_AUTHORITY_HOST.replace(/\/+$/, ''),
          allowedTenants: allowed && allowed.length > 0 ? allowed : 'all',
          ...(clientApps ? { allowedClientApps: clientApps } : {}),
        }
      : null,
    bot: parsed.MicrosoftAppId
      ? {
          appId: parsed.MicrosoftAppId,
          appTenantId: parsed.MicrosoftAppTenantId,
          appType: parsed.MicrosoftAppType,
          ...(parsed.MicrosoftAppPassword ? { appPassword: parsed.MicrosoftAppPassword } : {}),
        }
      : null,
    tabDistDir: parsed.TAB_DIST_DIR,
    publicUrl: parsed.PUBLIC_URL,
    checkInAuthorSecret: parsed.CHECKIN_AUTHOR_SECRET,
    teamsAppId: parsed.TEAMS_APP_ID,
    creationPolicyDefault: parsed.PROGRAMME_CREATION_DEFAULT,
    limits: {
      userRequestsPerMinute: parsed.RATE_LIMIT_USER_PER_MINUTE,
      tenantRequestsPerMinute: parsed.RATE_LIMIT_TENANT_PER_MINUTE,
      programmesPerUserPerDay: parsed.QUOTA_PROGRAMMES_PER_USER_PER_DAY,
      checkInsPerUserPerDay: parsed.QUOTA_CHECK_INS_PER_USER_PER_DAY,
      bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
      headersTimeoutMs: parsed.HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: parsed.BODY_TIMEOUT_MS,
      requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
      idleTimeoutMs: parsed.IDLE_TIMEOUT_MS,
    },
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * ALLOWED_CLIENT_APPS: comma-separated client ids whose tokens are accepted. A typo must not
 * silently lock everyone out (or let a wrong id in), so anything but client ids stops the start.
 */
function parseClientApps(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const wrong = ids.filter((id) => !GUID.test(id));
  if (ids.length === 0 || wrong.length > 0) {
    throw new Error(`ALLOWED_CLIENT_APPS must list client ids (GUIDs), comma-separated; got ${value}`);
  }
  return ids;
}
