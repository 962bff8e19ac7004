import { directorySettings, type AppConfig } from '../runtime/app-config';

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
  const parsed = directorySettings.parse(env);
  if (app.mode === 'local' || !app.sso) return { kind: 'demo' };
  if (parsed.PEOPLE_SEARCH === 'off') return { kind: 'off', reason: 'disabled' };
  const identityClientId = parsed.AZURE_CLIENT_ID;
  if (!identityClientId && !options.assertionInjected) return { kind: 'off', reason: 'noIdentity' };
  return {
    kind: 'graph',
    graphBaseUrl: parsed.GRAPH_BASE_URL,
    loginBaseUrl: parsed.LOGIN_BASE_URL ?? app.sso.authorityHost,
    clientId: app.sso.clientId,
    identityClientId,
  };
}
