import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { buildPackage, PackageValidationError } from '../../appPackage/scripts/build-package';
import {
  APP_PACKAGE_DIR,
  createPackageFixture,
  ENV_DIR,
  KNOWN_VALUES,
  type PackageFixture,
} from './package-fixture';

type Json = Record<string, any>;

async function readZip(
  zipPath: string,
): Promise<{ names: string[]; json: (f: string) => Promise<Json>; zip: JSZip }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  return {
    zip,
    names: Object.keys(zip.files).sort(),
    json: async (f) => JSON.parse(await zip.file(f)!.async('string')) as Json,
  };
}

describe('npm run package: building the Teams app package', () => {
  let fixture: PackageFixture;
  beforeEach(() => {
    fixture = createPackageFixture();
  });
  afterEach(() => fixture.cleanup());

  it('builds appPackage.<env>.zip from known values and the zip holds the resolved manifest', async () => {
    const result = await buildPackage({
      env: 'dev',
      packageDir: APP_PACKAGE_DIR,
      envDir: ENV_DIR,
      outDir: fixture.outDir,
      processEnv: { ...KNOWN_VALUES },
      strict: true,
    });
    expect(result.zipPath).toBe(path.join(fixture.outDir, 'appPackage.dev.zip'));
    expect(result.exampleVariables).toEqual([]);

    const { names, json, zip } = await readZip(result.zipPath);
    expect(names).toEqual(['color.png', 'da.json', 'manifest.json', 'outline.png']);
    const manifest = await json('manifest.json');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.manifestVersion).toBe('1.24');
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json',
    );
    expect(manifest.id).toBe(KNOWN_VALUES.TEAMS_APP_ID);
    expect(manifest.name.short).toBe('Ambassadors-test');

    // The bot: personal + team + group chat, with the six commands in personal scope.
    const bot = manifest.bots[0];
    expect(bot.botId).toBe(KNOWN_VALUES.BOT_ID);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    const personal = bot.commandLists.find((l: Json) => l.scopes.includes('personal'));
    expect(personal.commands.map((c: Json) => c.title)).toEqual([
      'help',
      'status',
      'feedback',
      'apply',
      'pause',
      'resume',
    ]);

    // The tabs: personal tab at /tab, configurable channel tab at /tab/config.
    expect(manifest.staticTabs[0].contentUrl).toBe(`${KNOWN_VALUES.TAB_ENDPOINT}/tab?context=personal`);
    expect(manifest.configurableTabs[0].configurationUrl).toBe(`${KNOWN_VALUES.TAB_ENDPOINT}/tab/config`);
    expect(manifest.configurableTabs[0].scopes).toEqual(['team', 'groupChat']);

    // Single sign-on and domains.
    expect(manifest.webApplicationInfo).toEqual({
      id: KNOWN_VALUES.AAD_APP_CLIENT_ID,
      resource: `api://${KNOWN_VALUES.TAB_DOMAIN}/${KNOWN_VALUES.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toEqual([KNOWN_VALUES.TAB_DOMAIN]);
    expect(manifest.developer.privacyUrl).toBe(KNOWN_VALUES.PRIVACY_URL);

    // Danish localisation travels in the zip, resolved, with every command translated.
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'da', file: 'da.json' }],
    });
    const da = await json('da.json');
    expect(da['name.short']).toBe('Ambassadører-test');
    expect(da['bots[0].commandLists[0].commands[0].title']).toBe('hjælp');
    expect(Object.keys(da).filter((k) => k.endsWith('.title'))).toHaveLength(8);

    // Icons are the committed files, byte for byte.
    for (const icon of ['color.png', 'outline.png']) {
      const inZip = await zip.file(icon)!.async('nodebuffer');
      expect(inZip.equals(fs.readFileSync(path.join(APP_PACKAGE_DIR, icon)))).toBe(true);
    }
  });

  it('on a fresh clone (nothing provisioned) builds from the documented example values and says so', async () => {
    const result = await buildPackage({
      env: 'dev',
      packageDir: fixture.packageDir,
      envDir: fixture.envDir,
      outDir: fixture.outDir,
      processEnv: {},
    });
    expect(fs.existsSync(result.zipPath)).toBe(true);
    expect(result.exampleVariables).toEqual(
      expect.arrayContaining(['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT']),
    );
    expect(result.manifest.id).toBe('8f5a1c52-1d6b-4c39-9c1e-3b2a4f6d7e01');
    expect(result.manifest.name).toEqual({
      short: 'Ambassadors-dev',
      full: 'Ambassadors for Microsoft Teams',
    });
  });

  it('--strict refuses example values and names every field that still needs a real value', async () => {
    const error = await buildPackage({
      env: 'dev',
      packageDir: fixture.packageDir,
      envDir: fixture.envDir,
      outDir: fixture.outDir,
      processEnv: {},
      strict: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageValidationError);
    const fields = (error as PackageValidationError).issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['id', 'bots[0].botId', 'webApplicationInfo.id', 'validDomains[0]']),
    );
    expect((error as PackageValidationError).issues[0]!.reason).toMatch(/refused in --strict mode/);
    expect(fs.existsSync(path.join(fixture.outDir, 'appPackage.dev.zip'))).toBe(false);
  });

  it('process environment overrides the env file, which overrides the examples', async () => {
    fs.appendFileSync(path.join(fixture.envDir, '.env.dev'), '\nTAB_DOMAIN=from-file.example.net\n');
    const result = await buildPackage({
      env: 'dev',
      packageDir: fixture.packageDir,
      envDir: fixture.envDir,
      outDir: fixture.outDir,
      processEnv: { TAB_ENDPOINT: 'https://from-file.example.net', TEAMS_APP_ID: KNOWN_VALUES.TEAMS_APP_ID },
    });
    expect(result.manifest.id).toBe(KNOWN_VALUES.TEAMS_APP_ID);
    expect(result.manifest.validDomains).toEqual(['from-file.example.net']);
    expect(result.exampleVariables).not.toContain('TAB_DOMAIN');
    expect(result.exampleVariables).not.toContain('TEAMS_APP_ID');
    expect(result.exampleVariables).toContain('BOT_ID');
  });

  it('builds other environments by name (--env local) and names the zip after them', async () => {
    const result = await buildPackage({
      env: 'local',
      packageDir: fixture.packageDir,
      envDir: fixture.envDir,
      outDir: fixture.outDir,
      processEnv: {},
    });
    expect(path.basename(result.zipPath)).toBe('appPackage.local.zip');
    expect(result.manifest.name).toMatchObject({ short: 'Ambassadors-local' });
  });

  it('produces the same bytes for the same inputs (reproducible zip)', async () => {
    const build = async (outDir: string) =>
      fs.readFileSync(
        (
          await buildPackage({
            packageDir: fixture.packageDir,
            envDir: fixture.envDir,
            outDir,
            processEnv: { ...KNOWN_VALUES },
          })
        ).zipPath,
      );
    const a = await build(path.join(fixture.outDir, 'a'));
    const b = await build(path.join(fixture.outDir, 'b'));
    expect(a.equals(b)).toBe(true);
  });
});
