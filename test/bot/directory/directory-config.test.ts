import { loadAppConfig } from '../../../bot/src/runtime/app-config';
import { loadDirectoryConfig } from '../../../bot/src/directory/directory-config';

/** Which directory the server searches, from the environment. */
describe('people search configuration', () => {
  const sso = loadAppConfig({
    AAD_APP_CLIENT_ID: 'app-client',
    AAD_APP_OAUTH_AUTHORITY_HOST: 'https://login.example.test/',
  });
  const local = loadAppConfig({});

  it('searches the demo directory in local mode, whatever else is set', () => {
    expect(
      loadDirectoryConfig({ AZURE_CLIENT_ID: 'mi', GRAPH_BASE_URL: 'https://graph.example.test' }, local),
    ).toEqual({
      kind: 'demo',
    });
  });

  it('in SSO mode uses Graph with the app’s managed identity; the exchange goes to the sign-in host by default', () => {
    expect(loadDirectoryConfig({ AZURE_CLIENT_ID: 'mi-client' }, sso)).toEqual({
      kind: 'graph',
      graphBaseUrl: 'https://graph.microsoft.com',
      loginBaseUrl: 'https://login.example.test',
      clientId: 'app-client',
      identityClientId: 'mi-client',
    });
    expect(
      loadDirectoryConfig(
        {
          AZURE_CLIENT_ID: 'mi',
          GRAPH_BASE_URL: 'https://graph.example.test/',
          LOGIN_BASE_URL: 'https://login.other.test',
        },
        sso,
      ),
    ).toMatchObject({ graphBaseUrl: 'https://graph.example.test', loginBaseUrl: 'https://login.other.test' });
  });

  it('is off without an identity to prove the app, or when switched off', () => {
    expect(loadDirectoryConfig({}, sso)).toEqual({ kind: 'off', reason: 'noIdentity' });
    expect(loadDirectoryConfig({ AZURE_CLIENT_ID: 'mi', PEOPLE_SEARCH: 'off' }, sso)).toEqual({
      kind: 'off',
      reason: 'disabled',
    });
  });

  it('stops the start on a base URL that is not one', () => {
    expect(() => loadDirectoryConfig({ AZURE_CLIENT_ID: 'mi', GRAPH_BASE_URL: 'graph' }, sso)).toThrow(
      /GRAPH_BASE_URL/,
    );
    expect(() => loadDirectoryConfig({ PEOPLE_SEARCH: 'maybe' }, sso)).toThrow(/PEOPLE_SEARCH/);
  });
});
