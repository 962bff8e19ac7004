import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { DomainError } from '@ambassadors/shared';
import type { AppConfig } from '../server/app-config';
import { headerValue, type Authenticator, type CallerIdentity, type RequestLike } from '../server/caller';
import { createJwksKeyStore, type JwksKeyStore, type JwksKeyStoreOptions } from './jwks-key-store';

/**
 * Verifies the token the tab gets from Teams (`authentication.getAuthToken()`): an Entra ID v2
 * access token for our own app. Everything the server knows about the caller — tenant and user —
 * comes from a token that passed every check here; nothing from the request body.
 *
 * Checks, cheapest first so rubbish never costs a key fetch: shape, algorithm (asymmetric only:
 * `none` and HS256-with-the-public-key are refused before any key is touched), tenant against the
 * allow-list, issuer `{host}/{tid}/v2.0`; then the signature (jose, keys from the tenant's
 * discovery endpoint), `exp`/`nbf` with a small tolerance, audience and the `access_as_user` scope.
 */
export type TokenInvalidReason =
  | 'expired'
  | 'notYetValid'
  | 'audience'
  | 'issuer'
  | 'scope'
  | 'signature'
  | 'algorithm'
  | 'unknownKey'
  | 'malformed';

/** Entra signs with RSA; the EC and PSS variants are accepted too. Never a shared secret. */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
];

export const REQUIRED_SCOPE = 'access_as_user';

export interface EntraTokenVerifierOptions {
  /** The app's client id (AAD_APP_CLIENT_ID): the token's audience. */
  clientId: string;
  authorityHost: string;
  /** Lower-case tenant ids, or 'all' for a multi-tenant deployment. */
  allowedTenants: string[] | 'all';
  /** Seconds of clock skew accepted on exp/nbf (default 60). */
  clockToleranceSeconds?: number;
  now?: () => Date;
  keyStore?: JwksKeyStore;
  keyStoreOptions?: Omit<JwksKeyStoreOptions, 'authorityHost'>;
}

export interface EntraTokenVerifier {
  verify(token: string): Promise<CallerIdentity>;
  readonly keyStore: JwksKeyStore;
}

function invalid(reason: TokenInvalidReason, cause?: unknown): DomainError {
  return new DomainError('TOKEN_INVALID', { reason }, cause === undefined ? undefined : { cause });
}

/** The audience is the client id, or an application id URI ending in it (`api://host/<id>`). */
export function audienceMatches(aud: JWTPayload['aud'], clientId: string): boolean {
  const wanted = clientId.toLowerCase();
  const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  return values.some((value) => {
    if (typeof value !== 'string') return false;
    const v = value.toLowerCase();
    return v === wanted || (v.startsWith('api://') && (v === `api://${wanted}` || v.endsWith(`/${wanted}`)));
  });
}

function mapJoseError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof errors.JWTExpired) return invalid('expired', error);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return invalid('notYetValid', error);
    if (error.claim === 'iss') return invalid('issuer', error);
    if (error.claim === 'aud') return invalid('audience', error);
    return invalid('malformed', error);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('signature', error);
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return invalid('algorithm', error);
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return invalid('unknownKey', error);
  }
  if (error instanceof errors.JOSEError) return invalid('malformed', error);
  return invalid('malformed', error);
}

export function createEntraTokenVerifier(options: EntraTokenVerifierOptions): EntraTokenVerifier {
  const host = options.authorityHost.replace(/\/+$/, '');
  const tolerance = options.clockToleranceSeconds ?? 60;
  const now = options.now ?? (() => new Date());
  const keyStore =
    options.keyStore ?? createJwksKeyStore({ ...options.keyStoreOptions, authorityHost: host });
  const allowed =
    options.allowedTenants === 'all' ? 'all' : new Set(options.allowedTenants.map((t) => t.toLowerCase()));

  async function verify(token: string): Promise<CallerIdentity> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let unverified: JWTPayload;
    try {
      if (token.split('.').length !== 3) throw new Error('not a compact JWS');
      header = decodeProtectedHeader(token);
      unverified = decodeJwt(token);
    } catch (cause) {
      throw invalid('malformed', cause);
    }
    if (typeof header.alg !== 'string' || !ASYMMETRIC_ALGORITHMS.includes(header.alg))
      throw invalid('algorithm');
    if (typeof header.kid !== 'string' || header.kid.length === 0) throw invalid('unknownKey');

    const tid = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : undefined;
    if (!tid || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(tid))
      throw invalid('malformed');
    if (allowed !== 'all' && !allowed.has(tid)) throw new DomainError('TENANT_NOT_ALLOWED');
    const issuer = `${host}/${tid}/v2.0`;
    if (unverified.iss !== issuer) throw invalid('issuer');

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keyStore.resolverFor(tid), {
        algorithms: ASYMMETRIC_ALGORITHMS,
        issuer,
        clockTolerance: tolerance,
        currentDate: now(),
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      throw mapJoseError(error);
    }
    // The signature now vouches for the payload: re-read the claims from it, not the unverified copy.
    if (String(payload.tid).toLowerCase() !== tid) throw invalid('issuer');
    if (!audienceMatches(payload.aud, options.clientId)) throw invalid('audience');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) throw invalid('scope');
    const oid = payload.oid;
    if (typeof oid !== 'string' || oid.length === 0 || oid.length > 100) throw invalid('malformed');
    const name =
      typeof payload.name === 'string' && payload.name.trim() ? payload.name.trim().slice(0, 200) : oid;
    // Directory roles (wids) arrive when the Entra app asks for them; they only widen what a tenant
    // admin may see of their own tenant (diagnostics), never another tenant.
    const directoryRoles = Array.isArray(payload.wids)
      ? payload.wids.filter((role): role is string => typeof role === 'string').slice(0, 50)
      : [];
    return { tenantId: tid, user: { userId: oid, displayName: name }, directoryRoles };
  }

  return { verify, keyStore };
}

/** The bearer token of a request, or UNAUTHENTICATED when there is none. */
export function bearerToken(req: RequestLike): string {
  const header = headerValue(req, 'authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match?.[1]) throw new DomainError('UNAUTHENTICATED');
  return match[1];
}

/**
 * The server's Authenticator in SSO mode: every API request must carry a valid Teams SSO token.
 * Built from the app configuration alone, so SSO settings without bot credentials are enough to
 * run the tab and its API.
 */
export function createEntraAuthenticator(
  config: Pick<AppConfig, 'sso'> | NonNullable<AppConfig['sso']>,
  options: Partial<Omit<EntraTokenVerifierOptions, 'clientId' | 'authorityHost' | 'allowedTenants'>> = {},
): Authenticator & { verifier: EntraTokenVerifier } {
  const sso = 'clientId' in config ? config : config.sso;
  if (!sso) throw new Error('createEntraAuthenticator needs the SSO settings (AAD_APP_CLIENT_ID)');
  const verifier = createEntraTokenVerifier({
    ...options,
    clientId: sso.clientId,
    authorityHost: sso.authorityHost,
    allowedTenants: sso.allowedTenants,
  });
  return {
    verifier,
    async authenticate(req) {
      return verifier.verify(bearerToken(req));
    },
  };
}
