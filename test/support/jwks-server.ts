import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * A local stand-in for Entra ID's OpenID/JWKS endpoints on 127.0.0.1, so the server's real SSO
 * path runs in tests: point AAD_APP_OAUTH_AUTHORITY_HOST at `url` and sign tokens with `keys`
 * (test/support/tokens.ts). Keys are generated at test time; nothing secret lives in the repo.
 *
 * Serves, like login.microsoftonline.com:
 * - `GET /{tid}/discovery/v2.0/keys` → `{ keys: [public JWKs] }`
 * - `GET /{tid}/v2.0/.well-known/openid-configuration` → issuer, jwks_uri, …
 * - the same for `common`: the one key set every tenant's tokens are signed with, whose discovery
 *   document names the issuer as the template `{url}/{tenantid}/v2.0` and whose keys carry that
 *   template as `issuer`, as Entra's do.
 * Tenants not in `tenants` (when given) get 400, as Entra answers for an unknown tenant.
 * Every request is recorded, so tests can count key fetches.
 */
export interface TestSigningKey {
  kid: string;
  alg: 'RS256';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export interface JwksRequest {
  path: string;
  tenantId: string;
  kind: 'keys' | 'openid-configuration' | 'other';
  status: number;
}

export interface TestJwksServer {
  /** The authority host to configure (AAD_APP_OAUTH_AUTHORITY_HOST), e.g. http://127.0.0.1:41234 */
  url: string;
  /** Keys served; the first one signs by default. */
  keys: TestSigningKey[];
  requests: JwksRequest[];
  /** How many key-set fetches arrived (optionally for one tenant). */
  keyFetches(tenantId?: string): number;
  /** Adds (rotates in) a new key; it is served from now on. */
  addKey(kid?: string): Promise<TestSigningKey>;
  /** Stops serving a key (e.g. rotated out). */
  removeKey(kid: string): void;
  /** Makes the server answer every request with this status (e.g. 503), or back to normal (null). */
  failWith(status: number | null): void;
  close(): Promise<void>;
}

let keyCounter = 0;

export async function createTestSigningKey(kid = `test-key-${++keyCounter}`): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, alg: 'RS256', privateKey, publicKey, publicJwk };
}

export async function startJwksServer(
  options: { tenants?: string[]; keyCount?: number } = {},
): Promise<TestJwksServer> {
  const keys: TestSigningKey[] = [];
  for (let i = 0; i < (options.keyCount ?? 1); i++) keys.push(await createTestSigningKey());
  const knownTenants = options.tenants ? new Set(options.tenants.map((t) => t.toLowerCase())) : null;
  const requests: JwksRequest[] = [];
  let failure: number | null = null;
  let url = '';

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const keysMatch = /^\/([^/]+)\/discovery\/v2\.0\/keys$/.exec(path);
    const configMatch = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    const tenantId = (keysMatch?.[1] ?? configMatch?.[1] ?? '').toLowerCase();
    const kind: JwksRequest['kind'] = keysMatch ? 'keys' : configMatch ? 'openid-configuration' : 'other';
    const send = (status: number, body: unknown) => {
      requests.push({ path, tenantId, kind, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || kind === 'other') return send(404, { error: 'not_found' });
    if (failure !== null) return send(failure, { error: 'temporarily_unavailable' });
    const common = tenantId === 'common';
    if (knownTenants && !common && !knownTenants.has(tenantId)) {
      return send(400, { error: 'invalid_tenant', error_description: `Tenant '${tenantId}' not found.` });
    }
    const issuer = `${url}/${common ? '{tenantid}' : tenantId}/v2.0`;
    if (kind === 'keys') return send(200, { keys: keys.map((key) => ({ ...key.publicJwk, issuer })) });
    return send(200, {
      issuer,
      jwks_uri: `${url}/${tenantId}/discovery/v2.0/keys`,
      authorization_endpoint: `${url}/${tenantId}/oauth2/v2.0/authorize`,
      token_endpoint: `${url}/${tenantId}/oauth2/v2.0/token`,
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      tenant_region_scope: 'EU',
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    keys,
    requests,
    keyFetches: (tenantId) =>
      requests.filter((r) => r.kind === 'keys' && (!tenantId || r.tenantId === tenantId.toLowerCase()))
        .length,
    async addKey(kid) {
      const key = await createTestSigningKey(kid);
      keys.push(key);
      return key;
    },
    removeKey(kid) {
      const index = keys.findIndex((key) => key.kid === kid);
      if (index >= 0) keys.splice(index, 1);
    },
    failWith(status) {
      failure = status;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
