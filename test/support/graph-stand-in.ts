import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { TestJwksServer } from './jwks-server';

/**
 * A local stand-in for the two Microsoft endpoints people search talks to, speaking their real
 * contract on 127.0.0.1 — point LOGIN_BASE_URL and GRAPH_BASE_URL at `url`:
 *
 * - Entra's token endpoint `POST /{tenant}/oauth2/v2.0/token` for the on-behalf-of grant
 *   (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`, `requested_token_use=on_behalf_of`).
 *   The app's client assertion must be a real JWT signed by the local JWKS keys for the audience
 *   `api://AzureADTokenExchange` (what a managed identity hands out as a federated credential);
 *   the user's assertion must be a token for the app from the tenant in the path. Errors have
 *   Entra's shape (`error`, `error_description` with the AADSTS code, `error_codes`, `suberror`).
 * - Graph's `GET /v1.0/users` with `$search` (`"displayName:…"` / `"mail:…"` clauses joined by OR;
 *   case-insensitive prefix on the words of the value), `$select`, `$top` (1–999), paging through
 *   an opaque `$skiptoken` in `@odata.nextLink`, and `ConsistencyLevel: eventual` required for
 *   `$search` (400 `Request_UnsupportedQuery` otherwise, as Graph answers).
 *
 * On demand it throttles (429 or 503 with `Retry-After`) and refuses consent (AADSTS65001), and it
 * records every request so tests can count token exchanges and see which tenant was asked.
 */
export interface GraphStandInUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  jobTitle: string | null;
}

export interface GraphStandInRequest {
  kind: 'token' | 'users' | 'other';
  method: string;
  path: string;
  /** The tenant of a token request (from the path). */
  tenantId?: string;
  status: number;
  consistencyLevel?: string;
  query?: Record<string, string>;
}

export interface GraphStandIn {
  url: string;
  requests: GraphStandInRequest[];
  /** Only the token endpoint's requests / only Graph's. */
  tokenRequests(): GraphStandInRequest[];
  userRequests(): GraphStandInRequest[];
  /** The next `count` Graph requests answer `status` (429 by default) with `Retry-After`. */
  throttleNext(count: number, retryAfterSeconds: number, status?: 429 | 503): void;
  /** Token requests for this tenant (or every tenant: '*') answer AADSTS65001; null to undo. */
  requireConsent(tenantId: string | null): void;
  setUsers(tenantId: string, users: GraphStandInUser[]): void;
  close(): Promise<void>;
}

export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Graph's `$search` on a directory object: each quoted clause `"property:value"`, OR-ed. */
function searchMatches(user: GraphStandInUser, search: string): boolean | 'invalid' {
  const clauses = [...search.matchAll(/"(\w+):([^"]*)"/g)];
  const rest = search
    .replace(/"(\w+):([^"]*)"/g, '')
    .replace(/\bOR\b/g, '')
    .trim();
  if (clauses.length === 0 || rest !== '') return 'invalid';
  return clauses.some(([, property, value]) => {
    const field = (user as unknown as Record<string, unknown>)[property!];
    if (typeof field !== 'string') return false;
    const have = words(field);
    const wanted = words(value!);
    return wanted.length > 0 && wanted.every((w) => have.some((h) => h.startsWith(w)));
  });
}

export async function startGraphStandIn(options: {
  jwks: TestJwksServer;
  /** The app's client id (AAD_APP_CLIENT_ID). */
  clientId: string;
  users?: Record<string, GraphStandInUser[]>;
  tokenLifetimeSeconds?: number;
}): Promise<GraphStandIn> {
  const requests: GraphStandInRequest[] = [];
  const usersByTenant = new Map<string, GraphStandInUser[]>(
    Object.entries(options.users ?? {}).map(([tenant, list]) => [tenant.toLowerCase(), list]),
  );
  const issued = new Map<string, { tenantId: string; oid: string; expiresAt: number }>();
  const skipTokens = new Map<string, { tenantId: string; offset: number }>();
  let throttle: { count: number; seconds: number; status: number } = { count: 0, seconds: 0, status: 429 };
  let consentTenant: string | null = null;
  let url = '';
  const keySet = () => createLocalJWKSet({ keys: options.jwks.keys.map((k) => k.publicJwk) });

  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => resolve(text));
      req.on('error', reject);
    });

  async function token(
    tenantId: string,
    form: URLSearchParams,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const entraError = (status: number, error: string, code: number, text: string, suberror?: string) => ({
      status,
      body: {
        error,
        error_description: `AADSTS${code}: ${text} Trace ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
        error_codes: [code],
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID(),
        ...(suberror ? { suberror } : {}),
      },
    });
    if (form.get('grant_type') !== OBO_GRANT || form.get('requested_token_use') !== 'on_behalf_of') {
      return entraError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    }
    if (form.get('client_id') !== options.clientId) {
      return entraError(
        400,
        'unauthorized_client',
        700016,
        `Application '${form.get('client_id')}' was not found.`,
      );
    }
    if (form.has('client_secret')) {
      return entraError(401, 'invalid_client', 7000215, 'This app uses no client secret.');
    }
    if (form.get('client_assertion_type') !== ASSERTION_TYPE || !form.get('client_assertion')) {
      return entraError(401, 'invalid_client', 7000218, "The request body must contain 'client_assertion'.");
    }
    try {
      await jwtVerify(form.get('client_assertion')!, keySet(), { audience: TOKEN_EXCHANGE_AUDIENCE });
    } catch (error) {
      return entraError(
        401,
        'invalid_client',
        700211,
        `The client assertion is not valid (${String(error)}).`,
      );
    }
    let user: JWTPayload;
    try {
      user = (
        await jwtVerify(form.get('assertion') ?? '', keySet(), {
          audience: options.clientId,
          issuer: `${options.jwks.url}/${tenantId}/v2.0`,
        })
      ).payload;
    } catch (error) {
      return entraError(
        400,
        'invalid_grant',
        50013,
        `Assertion failed signature or claims validation (${String(error)}).`,
      );
    }
    const scope = form.get('scope') ?? '';
    if (!/\/User\.ReadBasic\.All$/.test(scope.split(' ')[0] ?? '')) {
      return entraError(400, 'invalid_scope', 70011, `The provided scope '${scope}' is not valid.`);
    }
    if (consentTenant === '*' || consentTenant === tenantId) {
      return entraError(
        400,
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with ID '${options.clientId}' named 'Ambassadors'. Send an interactive authorization request for this user and resource.`,
        'consent_required',
      );
    }
    const lifetime = options.tokenLifetimeSeconds ?? 3599;
    const accessToken = `graph-${randomUUID()}`;
    issued.set(accessToken, { tenantId, oid: String(user.oid), expiresAt: Date.now() + lifetime * 1000 });
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        scope: 'https://graph.microsoft.com/User.ReadBasic.All',
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: accessToken,
      },
    };
  }

  function users(
    req: http.IncomingMessage,
    query: URLSearchParams,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const graphError = (status: number, code: string, message: string, headers?: Record<string, string>) => ({
      status,
      body: {
        error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } },
      },
      ...(headers ? { headers } : {}),
    });
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = auth ? issued.get(auth) : undefined;
    if (!grant || grant.expiresAt <= Date.now()) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    }
    if (throttle.count > 0) {
      throttle.count -= 1;
      return graphError(
        throttle.status,
        throttle.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable',
        'Too many requests. Please retry after the time given in Retry-After.',
        { 'Retry-After': String(throttle.seconds) },
      );
    }
    const skip = query.get('$skiptoken');
    let offset = 0;
    if (skip !== null) {
      const known = skipTokens.get(skip);
      if (!known || known.tenantId !== grant.tenantId) {
        return graphError(400, 'Directory_InvalidSkipToken', 'The skip token is not valid.');
      }
      offset = known.offset;
    }
    const search = query.get('$search');
    if (search !== null && String(req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
      return graphError(
        400,
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    const top = Number(query.get('$top') ?? '100');
    if (!Number.isInteger(top) || top < 1 || top > 999) {
      return graphError(
        400,
        'Request_BadRequest',
        "Invalid page size specified: '" + query.get('$top') + "'. Must be between 1 and 999 inclusive.",
      );
    }
    let found = usersByTenant.get(grant.tenantId) ?? [];
    if (search !== null) {
      const outcome = found.map((u) => searchMatches(u, search));
      if (outcome.includes('invalid')) {
        return graphError(400, 'Request_UnsupportedQuery', 'Syntax error in $search: use "property:value".');
      }
      found = found.filter((_u, i) => outcome[i] === true);
    }
    const select = query
      .get('$select')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const page = found
      .slice(offset, offset + top)
      .map((u) =>
        select
          ? Object.fromEntries(select.map((p) => [p, (u as unknown as Record<string, unknown>)[p] ?? null]))
          : u,
      );
    const body: Record<string, unknown> = {
      '@odata.context': `${url}/v1.0/$metadata#users${select ? `(${select.join(',')})` : ''}`,
      value: page,
    };
    if (offset + top < found.length) {
      const next = randomUUID().replace(/-/g, '');
      skipTokens.set(next, { tenantId: grant.tenantId, offset: offset + top });
      const nextQuery = new URLSearchParams(query);
      nextQuery.set('$skiptoken', next);
      body['@odata.nextLink'] = `${url}/v1.0/users?${nextQuery.toString()}`;
    }
    return { status: 200, body };
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
      const tokenMatch = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(parsed.pathname);
      let answer: { status: number; body: unknown; headers?: Record<string, string> };
      let record: GraphStandInRequest;
      if (req.method === 'POST' && tokenMatch) {
        const tenantId = decodeURIComponent(tokenMatch[1]!).toLowerCase();
        answer = await token(tenantId, new URLSearchParams(await readBody(req)));
        record = { kind: 'token', method: 'POST', path: parsed.pathname, tenantId, status: answer.status };
      } else if (req.method === 'GET' && parsed.pathname === '/v1.0/users') {
        answer = users(req, parsed.searchParams);
        record = {
          kind: 'users',
          method: 'GET',
          path: parsed.pathname,
          status: answer.status,
          query: Object.fromEntries(parsed.searchParams),
          ...(typeof req.headers.consistencylevel === 'string'
            ? { consistencyLevel: req.headers.consistencylevel }
            : {}),
        };
      } else {
        answer = { status: 404, body: { error: { code: 'NotFound', message: 'Resource not found.' } } };
        record = { kind: 'other', method: req.method ?? '', path: parsed.pathname, status: 404 };
      }
      requests.push(record);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    tokenRequests: () => requests.filter((r) => r.kind === 'token'),
    userRequests: () => requests.filter((r) => r.kind === 'users'),
    throttleNext(count, seconds, status = 429) {
      throttle = { count, seconds, status };
    },
    requireConsent(tenantId) {
      consentTenant = tenantId === null || tenantId === '*' ? tenantId : tenantId.toLowerCase();
    },
    setUsers(tenantId, list) {
      usersByTenant.set(tenantId.toLowerCase(), list);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A client assertion as a user-assigned managed identity issues it for a federated credential. */
export async function signManagedIdentityAssertion(
  jwks: TestJwksServer,
  identityClientId: string,
): Promise<string> {
  const key = jwks.keys[0]!;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ oid: identityClientId, azp: identityClientId })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(`${jwks.url}/${'00000000-0000-4000-8000-0000000000ff'}/v2.0`)
    .setSubject(identityClientId)
    .setAudience(TOKEN_EXCHANGE_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(key.privateKey);
}
