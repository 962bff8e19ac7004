import { z } from 'zod';
import type { AppConfig } from '../runtime/app-config';

const baseUrl = z
  .url({ protocol: /^https?$/ })
  .transform((value) => value.replace(/\/+$/, ''))
  .optional();

const envSchema = z.object({
  /** Microsoft Graph (national clouds have their own; tests point at a local stand-in). */
  GRAPH_BASE_URL: baseUrl,
  /** Where the on-behalf-of exchange happens; default the sign-in authority host. */
  LOGIN_BASE_URL: baseUrl,
  /** 'off' hides people search even when it could work (manual entry only). */
  PEOPLE_SEARCH: z.enum(['on', 'off']).default('on'),
  /**
   * The app's user-assigned managed identity (the Bicep template sets it): the app registration
   * trusts it as its federated credential, so its token is the client assertion.
   */
  AZURE_CLIENT_ID: z.string().trim().optional(),
});

/**
 * How people are found: the demo directory in local mode; in SSO mode Microsoft Graph on the
 * person's behalf, when the app has a managed identity to prove itself with; otherwise not at
 * all (the tab then offers name + user id entry only).
 */
export type DirectoryConfig =
  | { kind: 'demo' }
  | { kind: 'off'; reason: 'disabled' | 'noIdentity' }
  | {
      kind: 'graph';
      graphBaseUrl: string;
      loginBaseUrl: string;
      /** The app registration (AAD_APP_CLIENT_ID): the client of the on-behalf-of exchange. */
      clientId: string;
      /** The managed identity whose token is the client assertion; undefined when one is injected. */
      identityClientId: string | undefined;
    };

export function loadDirectoryConfig(
  env: NodeJS.ProcessEnv,
  app: Pick<AppConfig, 'mode' | 'sso'>,
  options: { assertionInjected?: boolean } = {},
): DirectoryConfig {
  const parsed = envSchema.parse(env);
  if (app.mode === 'local' || !app.sso) return { kind: 'demo' };
  if (parsed.PEOPLE_SEARCH === 'off') return { kind: 'off', reason: 'disabled' };
  const identityClientId = parsed.AZURE_CLIENT_ID || undefined;
  if (!identityClientId && !options.assertionInjected) return { kind: 'off', reason: 'noIdentity' };
  return {
    kind: 'graph',
    graphBaseUrl: parsed.GRAPH_BASE_URL ?? 'https://graph.microsoft.com',
    loginBaseUrl: parsed.LOGIN_BASE_URL ?? app.sso.authorityHost,
    clientId: app.sso.clientId,
    identityClientId,
  };
}
