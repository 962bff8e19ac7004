import { DEMO_PEOPLE, type BoardData, type Clock, type UserRef } from '@ambassadors/shared';
import { demoBoardUnder, seedBoard } from '../../../support/demo-board';
import { startJwksServer, type TestJwksServer } from '../../../support/jwks-server';
import { api, startTestServer, type TestServer } from '../../../support/start-test-server';
import {
  TEST_CLIENT_ID,
  TEST_TENANT_A,
  TEST_TENANT_B,
  signTestToken,
  type TestUser,
} from '../../../support/tokens';

/**
 * The API tests' world: the real server in SSO mode (no bot credentials) with its embedded
 * Cosmos, a local JWKS endpoint, and the demo board seeded into two tenants. People are the demo
 * people; their Entra object id (oid) is the demo user id, so roles come from the seeded board.
 */
export interface ApiWorld {
  server: TestServer;
  jwks: TestJwksServer;
  /** Calls the API as a person of a tenant, with a freshly signed Teams SSO token. */
  as(
    person: UserRef,
    tenantId?: string,
  ): (
    pathname: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ) => ReturnType<typeof api>;
  tokenFor(person: UserRef, tenantId?: string): Promise<string>;
  close(): Promise<void>;
}

export const PEOPLE = DEMO_PEOPLE;
export const A = TEST_TENANT_A;
export const B = TEST_TENANT_B;

/**
 * The demo board under another programme id, its documents re-pointed and (with `idPrefix`)
 * re-identified — the embedded Cosmos server keeps document ids unique across partitions.
 */
export function demoBoardWithId(tenantId: string, programmeId: string, now: Date, idPrefix = ''): BoardData {
  return demoBoardUnder(tenantId, programmeId, now, (id) => `${idPrefix}${id}`);
}

export { seedBoard };

export async function startApiWorld(
  options: {
    allowedTenants?: string[];
    env?: Record<string, string>;
    embeddedEngine?: 'sqlite' | 'cosmos-emulator';
    /** The server's clock (tokens are still checked against real time). */
    clock?: Clock;
  } = {},
): Promise<ApiWorld> {
  const jwks = await startJwksServer();
  const allowed = options.allowedTenants ?? [TEST_TENANT_A, TEST_TENANT_B];
  const server = await startTestServer({
    env: {
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url,
      ALLOWED_TENANTS: allowed.join(','),
      ...options.env,
    },
    ...(options.embeddedEngine ? { embeddedEngine: options.embeddedEngine } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const tokenFor = (person: UserRef, tenantId = TEST_TENANT_A) => {
    const user: TestUser = { tenantId, oid: person.userId, name: person.displayName };
    return signTestToken(user, { authorityHost: jwks.url, key: jwks.keys[0]! });
  };
  return {
    server,
    jwks,
    tokenFor,
    as:
      (person, tenantId = TEST_TENANT_A) =>
      async (pathname, init = {}) => {
        const token = await tokenFor(person, tenantId);
        return api(server.baseUrl, pathname, {
          ...init,
          headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', ...init.headers },
        });
      },
    async close() {
      await server.close();
      await jwks.close();
    },
  };
}
