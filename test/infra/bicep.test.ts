import fs from 'node:fs';
import path from 'node:path';
import { DELIVERY_CONTAINER, PROGRAMMES_CONTAINER } from '../../bot/src/storage/cosmos-client';

/**
 * The Bicep CLI cannot be installed on these machines, so the template is checked as text:
 * the data model, the security settings the brief requires, parameters and outputs, and the
 * contract with m365agents.yml (every `${{VAR}}` it reads is produced before it is read).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const bicep = read('infra/azure.bicep');
/** The template without `//` comments, so a comment can never satisfy a check. */
const code = bicep
  .split('\n')
  .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
  .join('\n');

/** The data model of the storage layer (bot/src/storage/data-model.md). */
const DATA_MODEL = {
  programmes: { paths: ['/tenantId', '/programmeId'], kind: 'MultiHash' },
  delivery: { paths: ['/tenantId'], kind: 'Hash' },
} as const;

/** The body of `resource <symbol> '<type>@<version>' = { ... }`, by balanced braces. */
function resourceBlocks(type: string): Array<{ symbol: string; body: string }> {
  const out: Array<{ symbol: string; body: string }> = [];
  const re = new RegExp(`^resource (\\w+) '${type.replace(/[./]/g, '\\$&')}@[\\w-]+' = \\{`, 'gm');
  for (const m of code.matchAll(re)) {
    let depth = 0;
    let end = m.index;
    for (let i = m.index + m[0].length - 1; i < code.length; i += 1) {
      if (code[i] === '{') depth += 1;
      if (code[i] === '}') depth -= 1;
      if (depth === 0) {
        end = i;
        break;
      }
    }
    out.push({ symbol: m[1]!, body: code.slice(m.index, end + 1) });
  }
  return out;
}

/** `key: 'value'` or `key: value` inside a block (first occurrence). */
function prop(body: string, key: string): string | undefined {
  const m = new RegExp(`^\\s*${key}: (.+)$`, 'm').exec(body);
  return m?.[1]?.trim();
}

const params = [...code.matchAll(/^param (\w+) (\w+)(?: = (.+))?$/gm)].map((m) => ({
  name: m[1]!,
  hasDefault: m[3] !== undefined,
}));
const outputs = [...code.matchAll(/^output (\w+) (\w+) = (.+)$/gm)].map((m) => ({
  name: m[1]!,
  expr: m[3]!,
}));

describe('infra/azure.bicep (checked as text)', () => {
  describe('Cosmos DB: the documented data model', () => {
    const containers = resourceBlocks('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');

    it.each(Object.entries(DATA_MODEL))('declares container %s with its partition key', (name, key) => {
      const block = containers.find((c) => prop(c.body, 'name') === `'${name}'`);
      expect(block).toBeDefined();
      expect(prop(block!.body, 'id')).toBe(`'${name}'`);
      const pk = /partitionKey: \{([\s\S]*?)\n {6}\}/.exec(block!.body)?.[1] ?? '';
      expect([...pk.matchAll(/'(\/[^']+)'/g)].map((m) => m[1])).toEqual(key.paths);
      expect(prop(pk, 'kind')).toBe(`'${key.kind}'`);
      expect(prop(pk, 'version')).toBe('2');
      // TTL on (so per-document ttl works) without expiring anything by default.
      expect(prop(block!.body, 'defaultTtl')).toBe('-1');
      expect(prop(block!.body, 'parent')).toBe('database');
    });

    it('declares no container outside the data model', () => {
      expect(containers.map((c) => prop(c.body, 'name')).sort()).toEqual(
        Object.keys(DATA_MODEL)
          .map((n) => `'${n}'`)
          .sort(),
      );
    });

    it.each([PROGRAMMES_CONTAINER, DELIVERY_CONTAINER])(
      'declares the $id container with the indexing policy the code creates locally',
      (container) => {
        const body = containers.find((c) => prop(c.body, 'name') === `'${container.id}'`)!.body;
        const pathsIn = (section: string) =>
          [
            ...(new RegExp(`${section}: \\[([\\s\\S]*?)\\n\\s*\\]`).exec(body)?.[1] ?? '').matchAll(
              /path: '([^']+)'/g,
            ),
          ]
            .map((m) => m[1])
            .sort();
        const policy = container.indexingPolicy!;
        expect(pathsIn('includedPaths')).toEqual(
          (policy.includedPaths ?? [{ path: '/*' }]).map((p) => p.path).sort(),
        );
        expect(pathsIn('excludedPaths')).toEqual(
          (policy.excludedPaths ?? [{ path: '/"_etag"/?' }]).map((p) => p.path).sort(),
        );
        expect(prop(body, 'defaultTtl')).toBe(String(container.defaultTtl));
        // Composite indexes: each inner array in order, as path + order pairs.
        const composite = /compositeIndexes: \[([\s\S]*?)\n {8}\]/.exec(body)?.[1] ?? '';
        const declared = [...composite.matchAll(/\n {10}\[([\s\S]*?)\n {10}\]/g)].map((group) =>
          [...group[1]!.matchAll(/path: '([^']+)'\s*\n\s*order: '([^']+)'/g)].map((m) => ({
            path: m[1],
            order: m[2],
          })),
        );
        expect(declared).toEqual(
          (policy.compositeIndexes ?? []).map((index) =>
            index.map((p) => ({ path: p.path, order: p.order ?? 'ascending' })),
          ),
        );
      },
    );

    it('has the composite indexes that the filtered and sorted scans use', () => {
      expect(PROGRAMMES_CONTAINER.indexingPolicy?.compositeIndexes).toContainEqual([
        { path: '/type', order: 'ascending' },
        { path: '/nextCheckAt', order: 'ascending' },
      ]);
      expect(DELIVERY_CONTAINER.indexingPolicy?.compositeIndexes).toContainEqual([
        { path: '/type', order: 'ascending' },
        { path: '/nextAttemptAt', order: 'ascending' },
      ]);
    });

    it('indexes /type and /nextCheckAt in programmes (board load, scheduler scan)', () => {
      const programmes = containers.find((c) => prop(c.body, 'name') === "'programmes'")!.body;
      expect(programmes).toMatch(/path: '\/type\/\?'/);
      expect(programmes).toMatch(/path: '\/nextCheckAt\/\?'/);
      expect(prop(programmes, 'indexingMode')).toBe("'consistent'");
    });

    it('the database is "ambassadors"; serverless by default with autoscale as the option', () => {
      expect(code).toMatch(/^var databaseName = 'ambassadors'$/m);
      expect(code).toMatch(/^param cosmosCapacityMode string = 'Serverless'$/m);
      expect(code).toMatch(/'Autoscale'/);
      expect(code).toMatch(/name: 'EnableServerless'/);
      expect(code).toMatch(/autoscaleSettings: \{\s*maxThroughput: cosmosAutoscaleMaxThroughput/);
    });

    it('local (key) auth is disabled and the identity gets the data contributor role', () => {
      const account = resourceBlocks('Microsoft.DocumentDB/databaseAccounts')[0]!.body;
      expect(prop(account, 'disableLocalAuth')).toBe('true');
      expect(prop(account, 'minimalTlsVersion')).toBe("'Tls12'");
      const role = resourceBlocks('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments')[0]!.body;
      expect(code).toMatch(/^var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'$/m);
      expect(prop(role, 'roleDefinitionId')).toContain('sqlRoleDefinitions/${cosmosDataContributorRoleId}');
      expect(prop(role, 'principalId')).toBe('identity.properties.principalId');
    });

    it('has continuous backup (point-in-time restore), 7 days by default, and the guide says how to restore', () => {
      const account = resourceBlocks('Microsoft.DocumentDB/databaseAccounts')[0]!.body;
      expect(account).toMatch(
        /backupPolicy: \{\s*type: 'Continuous'\s*continuousModeProperties: \{\s*tier: backupTier/,
      );
      expect(code).toMatch(/^param backupTier string = 'Continuous7Days'$/m);
      const guide = read('docs/admin-guide.md');
      expect(guide).toMatch(/az cosmosdb restore/);
      expect(guide).toMatch(/--restore-timestamp/);
    });
  });

  describe('no secrets', () => {
    it('never reads keys or connection strings of Cosmos DB', () => {
      expect(code).not.toMatch(/listKeys|listConnectionStrings|primaryMasterKey|listCredentials/i);
    });

    it('has no secure output and no output that looks like a secret', () => {
      expect(code).not.toMatch(/@secure\(\)\s*\noutput/);
      for (const o of outputs) expect(o.name).not.toMatch(/KEY|SECRET|PASSWORD|CONNECTION/i);
    });

    it('contains no password, client secret or account key anywhere', () => {
      for (const file of [
        'infra/azure.bicep',
        'infra/azure.parameters.json',
        'm365agents.yml',
        'aad.manifest.json',
      ]) {
        // `generateClientSecret: false` is fine; a secret value or setting is not.
        expect([file, read(file)]).not.toEqual([
          file,
          expect.stringMatching(/password|\bclientSecret\b|accountKey/i),
        ]);
      }
    });
  });

  describe('App Service, identity, bot, monitoring', () => {
    const web = resourceBlocks('Microsoft.Web/sites')[0]!.body;

    it('runs Node 24 LTS on Linux, HTTPS only, TLS 1.2+, FTP off, always on, health check /healthz', () => {
      expect(prop(web, 'kind')).toBe("'app,linux'");
      expect(prop(web, 'linuxFxVersion')).toBe("'NODE|24-lts'");
      expect(prop(web, 'httpsOnly')).toBe('true');
      expect(prop(web, 'minTlsVersion')).toBe("'1.2'");
      expect(prop(web, 'ftpsState')).toBe("'Disabled'");
      expect(prop(web, 'alwaysOn')).toBe('true');
      expect(prop(web, 'healthCheckPath')).toBe("'/healthz'");
      // Read-only package: the start command runs the bundled server of `npm run build` as is.
      expect(prop(web, 'appCommandLine')).toBe("'node server.js'");
      expect(prop(resourceBlocks('Microsoft.Web/serverfarms')[0]!.body, 'reserved')).toBe('true');
    });

    it('uses the user-assigned managed identity', () => {
      expect(resourceBlocks('Microsoft.ManagedIdentity/userAssignedIdentities')).toHaveLength(1);
      expect(prop(web, 'type')).toBe("'UserAssigned'");
      expect(web).toContain("'${identity.id}': {}");
    });

    it('sets the app settings the server reads', () => {
      const settings = [...web.matchAll(/name: '([A-Za-z_]+)'\s*\n\s*value: (.+)/g)].map((m) => [
        m[1],
        m[2]!.trim(),
      ]);
      const byName = Object.fromEntries(settings);
      expect(byName).toMatchObject({
        COSMOS_ENDPOINT: 'cosmos.properties.documentEndpoint',
        AZURE_CLIENT_ID: 'identity.properties.clientId',
        MicrosoftAppId: 'identity.properties.clientId',
        MicrosoftAppType: "'UserAssignedMSI'",
        MicrosoftAppTenantId: 'identity.properties.tenantId',
        AAD_APP_CLIENT_ID: 'aadAppClientId',
        APPLICATIONINSIGHTS_CONNECTION_STRING: 'appInsights.properties.ConnectionString',
      });
    });

    it('registers the Azure Bot on the identity (no secret) with the Teams channel', () => {
      const bot = resourceBlocks('Microsoft.BotService/botServices')[0]!.body;
      expect(prop(bot, 'msaAppType')).toBe("'UserAssignedMSI'");
      expect(prop(bot, 'msaAppId')).toBe('identity.properties.clientId');
      expect(prop(bot, 'msaAppMSIResourceId')).toBe('identity.id');
      expect(prop(bot, 'endpoint')).toBe("'https://${webApp.properties.defaultHostName}/api/messages'");
      const channel = resourceBlocks('Microsoft.BotService/botServices/channels')[0]!.body;
      expect(prop(channel, 'channelName')).toBe("'MsTeamsChannel'");
    });

    it('sends telemetry to Application Insights on Log Analytics', () => {
      const insights = resourceBlocks('Microsoft.Insights/components')[0]!.body;
      expect(prop(insights, 'WorkspaceResourceId')).toBe('logs.id');
      expect(resourceBlocks('Microsoft.OperationalInsights/workspaces')).toHaveLength(1);
    });
  });

  describe('parameters and outputs', () => {
    const parameterFile = JSON.parse(read('infra/azure.parameters.json')) as {
      parameters: Record<string, { value: unknown }>;
    };

    it('uses every parameter it declares', () => {
      expect(params.length).toBeGreaterThan(5);
      for (const p of params) {
        const uses = [...code.matchAll(new RegExp(`\\b${p.name}\\b`, 'g'))].length;
        expect([p.name, uses]).toEqual([p.name, expect.any(Number)]);
        expect([p.name, uses > 1]).toEqual([p.name, true]);
      }
    });

    it('azure.parameters.json sets only declared parameters and every one without a default', () => {
      const declared = new Set(params.map((p) => p.name));
      for (const name of Object.keys(parameterFile.parameters))
        expect([name, declared.has(name)]).toEqual([name, true]);
      for (const p of params.filter((x) => !x.hasDefault)) {
        expect([p.name, p.name in parameterFile.parameters]).toEqual([p.name, true]);
      }
    });

    it('every output is named like the env variable the Toolkit writes, and is documented in env/.env.dev', () => {
      const envDev = read('env/.env.dev');
      for (const o of outputs) {
        expect(o.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
        expect([o.name, new RegExp(`^${o.name}=`, 'm').test(envDev)]).toEqual([o.name, true]);
      }
    });
  });
});

describe('m365agents.yml reads only what exists before it reads it', () => {
  const BUILT_IN = new Set(['TEAMSFX_ENV']);

  /** Variables set by you in env/.env.<env> (non-empty values or ones the user must fill). */
  function userVariables(envFile: string): Set<string> {
    const text = read(envFile);
    const section = text.split('--- Written by provision')[0] ?? text;
    return new Set([...section.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
  }

  /**
   * Walks the yml top to bottom: `writeToEnvironmentFile` keys, `::set-teamsfx-env` in scripts
   * and arm/deploy (all Bicep outputs) produce variables; every `${{VAR}}` in a step — and in
   * the files a step reads (parameters, Entra manifest, app manifest) — must be produced above
   * it or be set by the user.
   */
  function checkLifecycle(ymlFile: string, envFile: string): string[] {
    const yml = read(ymlFile);
    const available = new Set([...BUILT_IN, ...userVariables(envFile)]);
    const missing: string[] = [];
    const outputNames = outputs.map((o) => o.name);
    const filesRead: Record<string, string[]> = {
      './infra/azure.parameters.json': ['infra/azure.parameters.json'],
      './aad.manifest.json': ['aad.manifest.json'],
      './appPackage/manifest.json': ['appPackage/manifest.json', 'appPackage/da.json'],
    };
    const steps = yml.split(/\n(?= {2}- uses: )|\n(?=[a-z]+:\n)/);
    for (const step of steps) {
      const body = step.replace(/^\s*#.*$/gm, '');
      const reads = [...body.matchAll(/\$\{\{([A-Z_][A-Z0-9_]*)\}\}/g)].map((m) => m[1]!);
      for (const [ref, files] of Object.entries(filesRead)) {
        if (body.includes(ref)) {
          for (const f of files)
            reads.push(...[...read(f).matchAll(/\$\{\{([A-Z_][A-Z0-9_]*)\}\}/g)].map((m) => m[1]!));
        }
      }
      // aadApp/update generates the scope id itself; it is then available to later steps.
      if (/uses: aadApp\/(create|update)/.test(body)) available.add('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
      for (const name of reads)
        if (!available.has(name)) missing.push(`${ymlFile}: ${name} read before it is written`);
      const writes = /writeToEnvironmentFile:\n((?: {6}\w+: \w+\n?)+)/.exec(body)?.[1] ?? '';
      for (const m of writes.matchAll(/: ([A-Z_][A-Z0-9_]*)/g)) available.add(m[1]!);
      for (const m of body.matchAll(/::set-teamsfx-env ([A-Z_][A-Z0-9_]*)=/g)) available.add(m[1]!);
      if (/uses: arm\/deploy/.test(body)) for (const o of outputNames) available.add(o);
    }
    return missing;
  }

  it('m365agents.yml: provision → deploy → publish in order, every variable produced before use', () => {
    const yml = read('m365agents.yml');
    const stages = [...yml.matchAll(/^(provision|deploy|publish):$/gm)].map((m) => m[1]);
    expect(stages).toEqual(['provision', 'deploy', 'publish']);
    expect(checkLifecycle('m365agents.yml', 'env/.env.dev')).toEqual([]);
  });

  it('m365agents.yml deploys to the App Service output of the Bicep template', () => {
    const yml = read('m365agents.yml');
    expect(yml).toMatch(/resourceId: \$\{\{BOT_AZURE_APP_SERVICE_RESOURCE_ID\}\}/);
    expect(outputs.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'BOT_AZURE_APP_SERVICE_RESOURCE_ID',
        'BOT_ID',
        'BOT_DOMAIN',
        'TAB_DOMAIN',
        'TAB_ENDPOINT',
      ]),
    );
    expect(yml).toMatch(/path: \.\/infra\/azure\.bicep\n\s+parameters: \.\/infra\/azure\.parameters\.json/);
  });

  it('m365agents.yml deploys the production build: dist/ with production dependencies only', () => {
    const deploy = /^deploy:\n([\s\S]*?)^\S/m.exec(read('m365agents.yml'))?.[1] ?? '';
    const steps = deploy.split(/^\s+- uses: /m).slice(1);
    expect(steps.map((step) => step.split('\n')[0]!.trim())).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]);
    expect(steps[1]).toMatch(/args: run build\n/);
    expect(steps[2]).toMatch(/workingDirectory: \.\/dist\n\s+args: ci --omit=dev/);
    expect(steps[3]).toMatch(/artifactFolder: \.\/dist\n/);
    expect(JSON.parse(read('package.json')).scripts.build).toBe('tsx bot/scripts/build-dist.ts');
  });

  it('m365agents.local.yml: every variable produced before use (tunnel values are set by the Toolkit task)', () => {
    const missing = checkLifecycle('m365agents.local.yml', 'env/.env.local').filter(
      (m) => !/ (BOT_ENDPOINT|BOT_DOMAIN) read/.test(m),
    );
    expect(missing).toEqual([]);
  });

  it('secrets are written only to git-ignored files', () => {
    const local = read('m365agents.local.yml');
    expect(local).toMatch(/clientSecret: SECRET_BOT_PASSWORD/);
    // The Toolkit writes SECRET_* keys to .env.<env>.user; .localConfigs is ignored too.
    const gitignore = read('.gitignore');
    expect(gitignore).toMatch(/^\*\.user$/m);
    expect(gitignore).toMatch(/^\.localConfigs$/m);
    expect(read('m365agents.yml')).not.toMatch(/\bclientSecret\b|SECRET_|generateClientSecret: true/);
  });

  it('the Entra app manifest exposes access_as_user and pre-authorises the Teams clients', () => {
    const aad = JSON.parse(read('aad.manifest.json')) as {
      identifierUris: string[];
      oauth2Permissions: Array<{ value: string; id: string }>;
      preAuthorizedApplications: Array<{ appId: string; permissionIds: string[] }>;
    };
    const scope = aad.oauth2Permissions.find((p) => p.value === 'access_as_user');
    expect(scope).toBeDefined();
    expect(aad.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual([
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ]);
    for (const app of aad.preAuthorizedApplications) expect(app.permissionIds).toEqual([scope!.id]);
    // Must match webApplicationInfo.resource in the Teams manifest.
    const manifest = JSON.parse(read('appPackage/manifest.json')) as {
      webApplicationInfo: { resource: string };
    };
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
  });
});
