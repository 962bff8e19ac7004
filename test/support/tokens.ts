import { createHash, randomUUID } from 'node:crypto';
import { exportSPKI, SignJWT, type JWTPayload } from 'jose';
import type { TestSigningKey } from './jwks-server';

/**
 * Real JWTs shaped like the Entra ID v2 access tokens Teams hands the tab
 * (`authentication.getAuthToken()`), signed with the keys the local JWKS server serves — plus
 * the bad ones the server must refuse.
 */

/** The app's client id in tests (AAD_APP_CLIENT_ID). */
export const TEST_CLIENT_ID = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const TEST_TENANT_A = '11111111-1111-4111-8111-111111111111';
export const TEST_TENANT_B = '22222222-2222-4222-8222-222222222222';
export const TEST_TENANT_NOT_ALLOWED = '33333333-3333-4333-8333-333333333333';
/** Teams desktop/mobile: the client (`azp`) Teams SSO tokens are issued to. */
export const TEAMS_DESKTOP_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

export interface TestUser {
  tenantId: string;
  /** The Entra object id: the product's userId. */
  oid: string;
  name: string;
}

/** A stable test person: the same name gives the same oid, so tests can refer to people by name. */
export function testUser(tenantId: string, name: string): TestUser {
  const hex = createHash('sha256').update(`${tenantId}:${name}`).digest('hex');
  const oid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { tenantId, oid, name };
}

export interface SignOptions {
  authorityHost: string;
  key: TestSigningKey;
  clientId?: string;
  /** Override or remove (undefined) claims. */
  claims?: Record<string, unknown>;
  /** Override header fields (e.g. kid). */
  header?: Record<string, unknown>;
  /** Seconds relative to now (default: issued now, valid 1 h). */
  issuedAt?: number;
  expiresIn?: number;
  notBefore?: number;
  now?: Date;
}

/** The claims of a valid token for `user`. */
export function tokenClaims(user: TestUser, options: Omit<SignOptions, 'key'>): JWTPayload {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const claims: JWTPayload = {
    aud: options.clientId ?? TEST_CLIENT_ID,
    azp: TEAMS_DESKTOP_CLIENT_ID,
    azpacr: '0',
    iss: `${options.authorityHost}/${user.tenantId}/v2.0`,
    iat: now + (options.issuedAt ?? 0),
    nbf: now + (options.notBefore ?? 0),
    exp: now + (options.expiresIn ?? 3600),
    name: user.name,
    oid: user.oid,
    preferred_username: `${user.name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
    scp: 'access_as_user',
    sub: `sub-${user.oid}`,
    tid: user.tenantId,
    uti: randomUUID(),
    ver: '2.0',
  };
  for (const [name, value] of Object.entries(options.claims ?? {})) {
    if (value === undefined) delete claims[name];
    else claims[name] = value;
  }
  return claims;
}

/** A valid (unless overridden) RS256 token for `user`. */
export async function signTestToken(user: TestUser, options: SignOptions): Promise<string> {
  return new SignJWT(tokenClaims(user, options))
    .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: options.key.kid, ...options.header })
    .sign(options.key.privateKey);
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** `alg: none`: claims that look perfect, and no signature at all. */
export function unsignedToken(user: TestUser, options: Omit<SignOptions, 'key'>): string {
  return `${b64url({ typ: 'JWT', alg: 'none' })}.${b64url(tokenClaims(user, options))}.`;
}

/**
 * The classic key-confusion attack: HS256 with the server's PUBLIC key (which anyone can fetch)
 * as the HMAC secret. A verifier that lets the token pick the algorithm would accept it.
 */
export async function hs256WithPublicKey(user: TestUser, options: SignOptions): Promise<string> {
  const secret = new TextEncoder().encode(await exportSPKI(options.key.publicKey));
  return new SignJWT(tokenClaims(user, options))
    .setProtectedHeader({ typ: 'JWT', alg: 'HS256', kid: options.key.kid })
    .sign(secret);
}

/** The same signature over a changed payload (here: another oid — impersonation). */
export function tamperedToken(token: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${b64url({ ...claims, ...changes })}.${signature}`;
}
