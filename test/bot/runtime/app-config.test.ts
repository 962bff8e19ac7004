import { loadAppConfig } from '../../../bot/src/runtime/app-config';

describe('loadAppConfig', () => {
  it('is local mode on loopback without AAD_APP_CLIENT_ID, and refuses a public interface', () => {
    const config = loadAppConfig({});
    expect(config).toMatchObject({ mode: 'local', host: '127.0.0.1', port: 3978, sso: null, bot: null });
    expect(() => loadAppConfig({ HOST: '0.0.0.0' })).toThrow(/only listens on loopback/);
  });

  it('is SSO mode with the client id, listening on all interfaces, tenants from the allow-list', () => {
    const config = loadAppConfig({ AAD_APP_CLIENT_ID: 'abc', ALLOWED_TENANTS: ' T1 , t2 ,' });
    expect(config.mode).toBe('sso');
    expect(config.host).toBe('0.0.0.0');
    expect(config.sso).toEqual({
      clientId: 'abc',
      authorityHost: 'https://login.microsoftonline.com',
      allowedTenants: ['t1', 't2'],
    });
    expect(loadAppConfig({ AAD_APP_CLIENT_ID: 'abc', ALLOWED_TENANTS: '' }).sso?.allowedTenants).toBe('all');
  });

  it('reads the accepted client apps (ALLOWED_CLIENT_APPS) and refuses anything but client ids', () => {
    const outlook = 'BC59AB01-8403-45C6-8796-AC3EF710B3E3';
    expect(
      loadAppConfig({
        AAD_APP_CLIENT_ID: 'abc',
        ALLOWED_CLIENT_APPS: ` ${outlook}, 1fec8e78-bce4-4aaf-ab1b-5451cc387264 `,
      }).sso?.allowedClientApps,
    ).toEqual([outlook.toLowerCase(), '1fec8e78-bce4-4aaf-ab1b-5451cc387264']);
    expect(loadAppConfig({ AAD_APP_CLIENT_ID: 'abc' }).sso?.allowedClientApps).toBeUndefined();
    expect(() => loadAppConfig({ AAD_APP_CLIENT_ID: 'abc', ALLOWED_CLIENT_APPS: 'teams, outlook' })).toThrow(
      /ALLOWED_CLIENT_APPS/,
    );
  });

  it('reads the bot identity: managed identity by default, a password only where one is given', () => {
    expect(loadAppConfig({ MicrosoftAppId: 'bot-id' }).bot).toEqual({
      appId: 'bot-id',
      appTenantId: undefined,
      appType: 'UserAssignedMSI',
    });
    expect(
      loadAppConfig({
        MicrosoftAppId: 'bot-id',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppPassword: 's3cret',
      }).bot,
    ).toMatchObject({ appType: 'SingleTenant', appPassword: 's3cret' });
  });

  it('rejects a bad port or bot type with the variable name', () => {
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ MicrosoftAppId: 'x', MicrosoftAppType: 'Anonymous' })).toThrow(
      /MicrosoftAppType/,
    );
  });
});
