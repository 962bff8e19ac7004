import type { Locale, OutboxRecord } from '@ambassadors/shared';
import type { AppConfig } from '../runtime/app-config';
import { DIAGNOSTICS_TEXTS, type DiagnosticsTextKey } from './diagnostics-texts';

export type CheckStatus = 'ok' | 'warning' | 'error';

export interface DiagnosticCheck {
  id: 'store' | 'sso' | 'bot' | 'reach';
  status: CheckStatus;
  message: string;
  fixes: string[];
  details?: Record<string, unknown>;
}

export interface DiagnosticsReport {
  generatedAt: string;
  overall: CheckStatus;
  checks: DiagnosticCheck[];
}

export interface DiagnosticsInputs {
  config: AppConfig;
  locale: Locale;
  now: Date;
  callerTenantId: string;
  pingStore: () => Promise<void>;
  /** Obtains the bot's Bot Framework token; undefined when it cannot be probed here. */
  probeBotToken?: () => Promise<void>;
  /** The outbox records of the programmes the caller may see; undefined when the bot is not in this process. */
  outbox?: () => Promise<OutboxRecord[]>;
  timeoutMs?: number;
}

function say(key: DiagnosticsTextKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return DIAGNOSTICS_TEXTS[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error).slice(0, 300);
}

/**
 * Everything an admin needs to know when "it spins forever": is the store there, is sign-in set
 * up consistently with the manifest, can the bot get its token, and who can't the bot reach —
 * each finding with the fix. Runs the checks side by side, each bounded in time.
 */
export async function runDiagnostics(inputs: DiagnosticsInputs): Promise<DiagnosticsReport> {
  const { config, locale } = inputs;
  const timeoutMs = inputs.timeoutMs ?? 5000;

  const store = async (): Promise<DiagnosticCheck> => {
    try {
      await withTimeout(inputs.pingStore(), timeoutMs);
      return { id: 'store', status: 'ok', message: say('storeOk', locale), fixes: [] };
    } catch (error) {
      return {
        id: 'store',
        status: 'error',
        message: say('storeDown', locale),
        fixes: [say('storeFix', locale)],
        details: { reason: reasonOf(error) },
      };
    }
  };

  const sso = async (): Promise<DiagnosticCheck> => {
    if (!config.sso) {
      return {
        id: 'sso',
        status: 'warning',
        message: say('ssoLocal', locale),
        fixes: [say('ssoLocalFix', locale)],
      };
    }
    const host = config.publicUrl ? new URL(config.publicUrl).host : undefined;
    // Only the caller's own tenant: which other organisations use this installation is the
    // operator's knowledge (ALLOWED_TENANTS), never something a signed-in person can read.
    const details = {
      clientId: config.sso.clientId,
      authorityHost: config.sso.authorityHost,
      tenantsRestricted: config.sso.allowedTenants !== 'all',
      callerTenantAllowed:
        config.sso.allowedTenants === 'all' ||
        config.sso.allowedTenants.includes(inputs.callerTenantId.toLowerCase()),
      expectedManifest: host
        ? {
            'webApplicationInfo.id': config.sso.clientId,
            'webApplicationInfo.resource': `api://${host}/${config.sso.clientId}`,
            validDomains: [host],
          }
        : null,
    };
    if (!host) {
      return {
        id: 'sso',
        status: 'warning',
        message: say('ssoNoPublicUrl', locale),
        fixes: [say('ssoNoPublicUrlFix', locale)],
        details,
      };
    }
    return { id: 'sso', status: 'ok', message: say('ssoOk', locale), fixes: [], details };
  };

  const bot = async (): Promise<DiagnosticCheck> => {
    if (!config.bot) {
      return {
        id: 'bot',
        status: 'error',
        message: say('botNotConfigured', locale),
        fixes: [say('botNotConfiguredFix', locale)],
      };
    }
    const details = { appId: config.bot.appId, appType: config.bot.appType };
    if (!inputs.probeBotToken) {
      return {
        id: 'bot',
        status: 'warning',
        message: say('botTokenUnchecked', locale, { appType: config.bot.appType }),
        fixes: [],
        details,
      };
    }
    try {
      await withTimeout(inputs.probeBotToken(), timeoutMs);
      return { id: 'bot', status: 'ok', message: say('botTokenOk', locale), fixes: [], details };
    } catch (error) {
      const reason = reasonOf(error);
      return {
        id: 'bot',
        status: 'error',
        message: say('botTokenFailed', locale, { reason }),
        fixes: [say('botTokenFix', locale)],
        details: { ...details, reason },
      };
    }
  };

  const reach = async (): Promise<DiagnosticCheck> => {
    if (!inputs.outbox)
      return { id: 'reach', status: 'warning', message: say('reachUnknown', locale), fixes: [] };
    const records = await withTimeout(inputs.outbox(), timeoutMs);
    const byReason = new Map<string, Set<string>>();
    for (const record of records) {
      if (record.status !== 'unreachable') continue;
      const reason = record.lastStatusCode ? String(record.lastStatusCode) : (record.reason ?? 'unknown');
      const users = byReason.get(reason) ?? new Set<string>();
      users.add(record.recipient.userId);
      byReason.set(reason, users);
    }
    const people = new Set([...byReason.values()].flatMap((users) => [...users]));
    if (people.size === 0) return { id: 'reach', status: 'ok', message: say('reachOk', locale), fixes: [] };
    const fixes = [...byReason.keys()].map((reason) =>
      say(reason === '403' ? 'reachFix403' : reason === '404' ? 'reachFix404' : 'reachFixOther', locale),
    );
    return {
      id: 'reach',
      status: 'warning',
      message: say('reachProblems', locale, { count: people.size }),
      fixes: [...new Set(fixes)],
      // Counts per reason only: who cannot be reached is the admin centre's business, not a list here.
      details: {
        unreachableByReason: Object.fromEntries([...byReason].map(([reason, users]) => [reason, users.size])),
      },
    };
  };

  const checks = await Promise.all([store(), sso(), bot(), reach()]);
  const overall: CheckStatus = checks.some((c) => c.status === 'error')
    ? 'error'
    : checks.some((c) => c.status === 'warning')
      ? 'warning'
      : 'ok';
  return { generatedAt: inputs.now.toISOString(), overall, checks };
}
