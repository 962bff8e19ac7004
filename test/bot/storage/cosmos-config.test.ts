import path from 'node:path';
import { loadCosmosConfig, REPO_ROOT } from '../../../bot/src/storage/cosmos-config';

describe('loadCosmosConfig', () => {
  it('uses the embedded server with .data at the repo root when no endpoint is set', () => {
    expect(loadCosmosConfig({})).toEqual({
      mode: 'embedded',
      databaseId: 'ambassadors',
      dataDir: path.join(REPO_ROOT, '.data'),
    });
    expect(REPO_ROOT).toBe(path.resolve(__dirname, '..', '..', '..'));
    expect(
      loadCosmosConfig({ COSMOS_ENDPOINT: '', DATA_DIR: 'tmp/x', COSMOS_DATABASE: 'dev_db' }, '/srv/app'),
    ).toEqual({
      mode: 'embedded',
      databaseId: 'dev_db',
      dataDir: path.resolve('/srv/app', 'tmp/x'),
    });
  });

  it('uses key auth with COSMOS_KEY and managed identity without it', () => {
    expect(
      loadCosmosConfig({ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_KEY: 'a2V5' }),
    ).toEqual({
      mode: 'key',
      databaseId: 'ambassadors',
      endpoint: 'https://acct.documents.azure.com:443/',
      key: 'a2V5',
    });
    expect(
      loadCosmosConfig({ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_KEY: ' ' }),
    ).toEqual({
      mode: 'identity',
      databaseId: 'ambassadors',
      endpoint: 'https://acct.documents.azure.com:443/',
    });
  });

  it('rejects invalid values with VALIDATION_FAILED naming the variable', () => {
    expect(() => loadCosmosConfig({ COSMOS_ENDPOINT: 'not a url' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        params: { details: expect.stringContaining('COSMOS_ENDPOINT') },
      }),
    );
    expect(() => loadCosmosConfig({ COSMOS_DATABASE: 'bad/name' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        params: { details: expect.stringContaining('COSMOS_DATABASE') },
      }),
    );
  });
});
