import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { DomainError } from '@ambassadors/shared';
import type { AppConfig } from '../runtime/app-config';
import { headerValue, type Authenticator, type CallerIdentity, type RequestLike } from '../http/caller';
import { DEFAULT_CLIENT_APP_IDS } from './client-apps';
import { createJwksKeyStore, type JwksKeyStore, type JwksKeyStoreOptions } from './jwks-key-store';

/**
 * Verifies the token the tab gets from Teams (`authentication.getAuthToken()`): an Entra ID v2
 * access token for our own app. Everything the server knows about the caller — tenant and user —
 * comes from a token that passed every check here; nothing from the request body.
 *
 * Checks, cheapest first so rubbish never costs a key fetch: shape, algorithm (asymmetric only:
 * `none` and HS256-with-the-public-key are refused before any key is touched), tenant against the
 * allow-list, issuer `{host}/{tid}/v2.0` for the token's own `tid`; then the signature (jose, the
 * authority's one key set, see jwks-key-store.ts), `exp`/`nbf` with a small tolerance, the
 * audience (exactly one accepted form), the client the token was issued to (`azp`/`appid`: a
 * pre-authorised Teams/Microsoft 365 client or the app itself) and the `access_as_user` scope.
 */
export type TokenInvalidReason =
  | 'expired'
  | 'notYetValid'
  | 'audience'
  | 'issuer'
  | 'scope'
  | 'client'
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
  /**
   * Where users reach the app (PUBLIC_URL): its host makes the application id URI
   * `api://<host>/<client id>`, the other audience a token may carry. Unknown → only the client id.
   */
  publicUrl?: string;
  /**
   * Client apps (`azp`/`appid`) whose tokens are accepted besides the app's own: the Teams and
   * Microsoft 365 clients the Entra app pre-authorises (default: DEFAULT_CLIENT_APP_IDS).
   */
  allowedClientApps?: readonly string[];
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

/**
 * The audiences a token for this app may carry: the client id (what Entra puts in every v2 access
 * token) and the application id URI `api://<host>/<client id>` (v1 tokens requested by that URI),
 * where the host is the app's own. Nothing looser: no other host, no path, no `api://<client id>`.
 */
export function acceptedAudiences(clientId: string, publicUrl?: string): string[] {
  const id = clientId.toLowerCase();
  const audiences = [id];
  if (publicUrl) {
    try {
      audiences.push(`api://${new URL(publicUrl).host.toLowerCase()}/${id}`);
    } catch {
      // Not a URL: only the client id is accepted.
    }
  }
  return audiences;
}

/** `aud` is one value (a string, or an array holding exactly one) equal to one accepted form. */
export function audienceMatches(aud: JWTPayload['aud'], accepted: readonly string[]): boolean {
  const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (values.length !== 1 || typeof values[0] !== 'string') return false;
  return accepted.includes(values[0].toLowerCase());
}

/**
 * The client the token was issued to: `azp` in v2 tokens, `appid` in v1. It must be one of
 * `allowed` (pre-authorised Teams/Microsoft 365 clients) or the app itself; a token another app
 * obtained for our API — with the user's consent, but not through Teams — is refused.
 */
export function clientAppAllowed(payload: JWTPayload, clientId: string, allowed: readonly string[]): boolean {
  const client = typeof payload.azp === 'string' ? payload.azp : payload.appid;
  if (typeof client !== 'string') return false;
  const id = client.toLowerCase();
  return id === clientId.toLowerCase() || allowed.some((app) => app.toLowerCase() === id);
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
  const audiences = acceptedAudiences(options.clientId, options.publicUrl);
  const clientApps = options.allowedClientApps ?? DEFAULT_CLIENT_APP_IDS;
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
      ({ payload } = await jwtVerify(token, keyStore.resolverFor(issuer), {
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
    if (!audienceMatches(payload.aud, audiences)) throw invalid('audience');
    if (!clientAppAllowed(payload, options.clientId, clientApps)) throw invalid('client');
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
    // Group ids (when the app's token configuration emits them) let a tenant name a group of
    // people who may create programmes; a token over Entra's group limit carries none.
    const groups = Array.isArray(payload.groups)
      ? payload.groups.filter((group): group is string => typeof group === 'string').slice(0, 200)
      : [];
    return {
      tenantId: tid,
      user: { userId: oid, displayName: name },
      directoryRoles,
      ...(groups.length > 0 ? { groups } : {}),
    };
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
  config: Pick<AppConfig, 'sso'> & Partial<Pick<AppConfig, 'publicUrl'>>,
  options: Partial<
    Omit<EntraTokenVerifierOptions, 'clientId' | 'authorityHost' | 'allowedTenants' | 'allowedClientApps'>
  > = {},
): Authenticator & { verifier: EntraTokenVerifier } {
  const sso = config.sso;
  if (!sso) throw new Error('createEntraAuthenticator needs the SSO settings (AAD_APP_CLIENT_ID)');
  const verifier = createEntraTokenVerifier({
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...options,
    clientId: sso.clientId,
    authorityHost: sso.authorityHost,
    allowedTenants: sso.allowedTenants,
    ...(sso.allowedClientApps ? { allowedClientApps: sso.allowedClientApps } : {}),
  });
  return {
    verifier,
    async authenticate(req) {
      return verifier.verify(bearerToken(req));
    },
  };
}
