import {
  DEMO_PEOPLE,
  LOCAL_TENANT_ID,
  findDemoPerson,
  pickLocale,
  type Locale,
  type TenantContext,
  type UserRef,
} from '@ambassadors/shared';

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  url?: string;
}

/** Who is calling: always derived from a verified token (or, in local mode, the demo identity). */
export interface CallerIdentity {
  tenantId: string;
  user: UserRef;
  /** Entra directory role template ids from the token's `wids` claim (e.g. Teams Administrator). */
  directoryRoles?: string[];
  /** Security group object ids from the token's `groups` claim (when the Entra app emits it). */
  groups?: string[];
}

/** Global Administrator and Teams Administrator: the people who install and troubleshoot the app. */
export const TENANT_ADMIN_ROLE_IDS = [
  '62e90394-69f5-4237-9190-012177145e10',
  '69091246-20e8-4a56-aa4d-066075b2a7a8',
];

export function isTenantAdmin(caller: CallerIdentity): boolean {
  return (caller.directoryRoles ?? []).some((role) => TENANT_ADMIN_ROLE_IDS.includes(role));
}

/** Turns a request into a verified caller or throws a DomainError (401). */
export interface Authenticator {
  authenticate(req: RequestLike): Promise<CallerIdentity>;
}

export function headerValue(req: RequestLike, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Local mode only (the server refuses to start it on anything but loopback): acts for the demo
 * leader, or for another demo person named in `x-local-user`, so the demo can be seen in every
 * role. Unknown names fall back to the leader rather than inventing identities.
 */
export function createLocalAuthenticator(): Authenticator {
  return {
    async authenticate(req) {
      const requested = headerValue(req, 'x-local-user');
      const user = (requested && findDemoPerson(requested)) || DEMO_PEOPLE.leader;
      return { tenantId: LOCAL_TENANT_ID, user: { ...user } };
    },
  };
}

export function toTenantContext(caller: CallerIdentity): TenantContext {
  return { tenantId: caller.tenantId, user: caller.user };
}

/** The caller's language: `?lang=` wins (the tab passes the Teams locale), then Accept-Language. */
export function requestLocale(req: RequestLike): Locale {
  const query = req.url ? new URL(req.url, 'http://localhost').searchParams.get('lang') : null;
  return pickLocale(query ?? headerValue(req, 'accept-language'));
}
