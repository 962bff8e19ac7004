import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import {
  buildPackage,
  PackageEnvError,
  PackageValidationError,
  type PackageIssue,
} from '../../appPackage/scripts/build-package';
import { createPackageFixture, KNOWN_VALUES, type PackageFixture } from './package-fixture';

type Json = Record<string, any>;

/**
 * One negative test per rule: break exactly one thing in a copy of the package and check the
 * build fails with that exact field and a reason that says what is wrong.
 */
describe('npm run package: a broken manifest fails with the exact field and reason', () => {
  let fixture: PackageFixture;
  beforeEach(() => {
    fixture = createPackageFixture();
  });
  afterEach(() => fixture.cleanup());

  async function issuesOf(env: Record<string, string> = {}): Promise<PackageIssue[]> {
    try {
      await buildPackage({
        packageDir: fixture.packageDir,
        envDir: fixture.envDir,
        outDir: fixture.outDir,
        processEnv: { ...KNOWN_VALUES, ...env },
        strict: true,
      });
    } catch (error) {
      if (error instanceof PackageValidationError) {
        expect(fs.existsSync(path.join(fixture.outDir, 'appPackage.dev.zip'))).toBe(false);
        return [...error.issues];
      }
      throw error;
    }
    throw new Error('expected the build to fail, but it succeeded');
  }

  const writePng = (
    file: string,
    size: number,
    pixel: (x: number, y: number) => [number, number, number, number],
  ) => {
    const png = new PNG({ width: size, height: size });
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        const i = (y * size + x) * 4;
        const [r, g, b, a] = pixel(x, y);
        png.data[i] = r;
        png.data[i + 1] = g;
        png.data[i + 2] = b;
        png.data[i + 3] = a;
      }
    }
    fs.writeFileSync(path.join(fixture.packageDir, file), PNG.sync.write(png));
  };

  it('the unchanged fixture builds (so every failure below comes from its one change)', async () => {
    const result = await buildPackage({
      packageDir: fixture.packageDir,
      envDir: fixture.envDir,
      outDir: fixture.outDir,
      processEnv: { ...KNOWN_VALUES },
      strict: true,
    });
    expect(fs.existsSync(result.zipPath)).toBe(true);
  });

  describe('official schema of the declared version', () => {
    it('too long a short name', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.name as Json).short = 'Ambassadors for the whole organisation';
      });
      expect(await issuesOf()).toContainEqual({
        field: 'name.short',
        reason: 'must be at most 30 characters (has 38)',
      });
    });

    it('an unknown property', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.bots as Json[])[0]!.supportsMagic = true;
      });
      expect(await issuesOf()).toContainEqual({
        field: 'bots[0].supportsMagic',
        reason: 'is not allowed here by the schema (unknown property)',
      });
    });

    it('a missing required field', async () => {
      fixture.editJson('manifest.json', (m) => {
        delete (m.developer as Json).privacyUrl;
      });
      expect(await issuesOf()).toContainEqual({
        field: 'developer.privacyUrl',
        reason: 'is required by the schema',
      });
    });

    it('a wrong enum value (bot scope)', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.bots as Json[])[0]!.scopes = ['personal', 'everyone'];
      });
      const issues = await issuesOf();
      expect(issues.find((i) => i.field === 'bots[0].scopes[1]')?.reason).toMatch(
        /must be one of "team", "personal"/,
      );
    });

    it('a manifest version the bundled schemas do not know', async () => {
      fixture.editJson('manifest.json', (m) => {
        m.manifestVersion = '1.18';
      });
      const issues = await issuesOf();
      expect(issues).toHaveLength(1);
      expect(issues[0]!.field).toBe('manifestVersion');
      expect(issues[0]!.reason).toMatch(/no bundled schema for "1.18" \(available: .*1\.24/);
    });

    it('a $schema URL of another version than manifestVersion', async () => {
      fixture.editJson('manifest.json', (m) => {
        m.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json';
      });
      expect((await issuesOf()).map((i) => i.field)).toContain('$schema');
    });

    it('a manifest that is not JSON', async () => {
      fs.writeFileSync(path.join(fixture.packageDir, 'manifest.json'), '{ "manifestVersion": "1.24", }');
      const issues = await issuesOf();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: 'manifest.json' });
      expect(issues[0]!.reason).toMatch(/^is not valid JSON/);
    });
  });

  describe('placeholders', () => {
    it('a placeholder without a value names the field and the variable', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.developer as Json).name = '${{PUBLISHER_NAME}}';
      });
      expect(await issuesOf()).toContainEqual({
        field: 'developer.name',
        reason:
          'placeholder ${{PUBLISHER_NAME}} has no value: set PUBLISHER_NAME in env/.env.dev (or the process environment)',
      });
    });

    it('a placeholder in the localisation file is reported with the file name', async () => {
      fixture.editJson('da.json', (d) => {
        d['name.full'] = 'Ambassadører ${{ORG_NAME_DA}}';
      });
      expect((await issuesOf()).map((i) => i.field)).toContain('da.json: name.full');
    });
  });

  describe('ids are GUIDs', () => {
    it.each([
      ['TEAMS_APP_ID', 'id'],
      ['BOT_ID', 'bots[0].botId'],
      ['AAD_APP_CLIENT_ID', 'webApplicationInfo.id'],
    ])('%s that is not a GUID fails on %s', async (variable, field) => {
      const issues = await issuesOf({ [variable]: 'my-bot' });
      expect(issues).toContainEqual({
        field,
        reason: 'must be a GUID like 8f5a1c52-1d6b-4c39-9c1e-3b2a4f6d7e01 (is "my-bot")',
      });
    });

    it('the nil GUID is not a real registration', async () => {
      expect(await issuesOf({ BOT_ID: '00000000-0000-0000-0000-000000000000' })).toContainEqual({
        field: 'bots[0].botId',
        reason: 'must be a real id, not the nil GUID',
      });
    });

    it('the app version must be major.minor.patch', async () => {
      fixture.editJson('manifest.json', (m) => {
        m.version = '1.0';
      });
      expect((await issuesOf()).find((i) => i.field === 'version')?.reason).toMatch(/major\.minor\.patch/);
    });
  });

  describe('referenced files and icons', () => {
    it('a referenced icon that does not exist', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.icons as Json).color = 'colour.png';
      });
      const issues = await issuesOf();
      expect(issues.find((i) => i.field === 'icons.color')?.reason).toMatch(
        /file "colour.png" does not exist/,
      );
    });

    it('a path outside the package', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.icons as Json).color = '../color.png';
      });
      expect((await issuesOf()).find((i) => i.field === 'icons.color')?.reason).toMatch(
        /must be a path inside appPackage/,
      );
    });

    it('a colour icon of the wrong size', async () => {
      writePng('color.png', 96, () => [15, 110, 102, 255]);
      expect(await issuesOf()).toContainEqual({
        field: 'icons.color',
        reason: 'must be 192×192 pixels (is 96×96)',
      });
    });

    it('an outline icon with coloured pixels', async () => {
      writePng('outline.png', 32, (x) => (x < 16 ? [0, 0, 0, 0] : [255, 0, 0, 255]));
      expect((await issuesOf()).find((i) => i.field === 'icons.outline')?.reason).toMatch(
        /must be white on transparent: 512 visible pixel\(s\) are not white, e\.g\. pixel \(16, 0\) is rgb\(255, 0, 0\)/,
      );
    });

    it('an outline icon without a transparent background', async () => {
      writePng('outline.png', 32, () => [255, 255, 255, 255]);
      expect(await issuesOf()).toContainEqual({
        field: 'icons.outline',
        reason: 'must have a transparent background (no pixel is transparent)',
      });
    });

    it('an outline icon that draws nothing', async () => {
      writePng('outline.png', 32, () => [255, 255, 255, 0]);
      expect(await issuesOf()).toContainEqual({
        field: 'icons.outline',
        reason: 'is fully transparent: it draws nothing',
      });
    });

    it('an icon that is not a PNG', async () => {
      fs.writeFileSync(path.join(fixture.packageDir, 'outline.png'), 'GIF89a not a png');
      expect(await issuesOf()).toContainEqual({ field: 'icons.outline', reason: 'is not a PNG file' });
    });
  });

  describe('validDomains cover the URLs Teams loads', () => {
    it('a tab on a host that is not in validDomains', async () => {
      const issues = await issuesOf({ TAB_ENDPOINT: 'https://elsewhere.example.net' });
      expect(issues).toContainEqual({
        field: 'staticTabs[0].contentUrl',
        reason: 'host "elsewhere.example.net" is not listed in validDomains',
      });
      expect(issues).toContainEqual({
        field: 'configurableTabs[0].configurationUrl',
        reason: 'host "elsewhere.example.net" is not listed in validDomains',
      });
    });

    it('a wildcard entry covers subdomains', async () => {
      fixture.editJson('manifest.json', (m) => {
        m.validDomains = ['*.azurewebsites.net'];
        (m.webApplicationInfo as Json).resource =
          'api://ambassadors-test.azurewebsites.net/${{AAD_APP_CLIENT_ID}}';
      });
      const result = await buildPackage({
        packageDir: fixture.packageDir,
        envDir: fixture.envDir,
        outDir: fixture.outDir,
        processEnv: { ...KNOWN_VALUES },
      });
      expect(result.manifest.validDomains).toEqual(['*.azurewebsites.net']);
    });

    it('a domain written as a URL', async () => {
      expect(await issuesOf({ TAB_DOMAIN: 'https://ambassadors-test.azurewebsites.net' })).toContainEqual({
        field: 'validDomains[0]',
        reason:
          'must be a host name without scheme or path (is "https://ambassadors-test.azurewebsites.net")',
      });
    });

    it('a plain-http tab URL', async () => {
      const issues = await issuesOf({ TAB_ENDPOINT: 'http://ambassadors-test.azurewebsites.net' });
      expect(issues).toContainEqual({
        field: 'staticTabs[0].contentUrl',
        reason: 'must use https (is "http://ambassadors-test.azurewebsites.net/tab?context=personal")',
      });
    });

    it('an SSO resource that does not end with the app id', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.webApplicationInfo as Json).resource =
          'api://${{TAB_DOMAIN}}/44444444-4444-4444-8444-444444444444';
      });
      expect((await issuesOf()).find((i) => i.field === 'webApplicationInfo.resource')?.reason).toMatch(
        /must end with webApplicationInfo.id "33333333-4444-4555-8666-777777777777"/,
      );
    });

    it('an SSO resource on a host outside validDomains', async () => {
      fixture.editJson('manifest.json', (m) => {
        (m.webApplicationInfo as Json).resource = 'api://other.example.net/${{AAD_APP_CLIENT_ID}}';
      });
      expect(await issuesOf()).toContainEqual({
        field: 'webApplicationInfo.resource',
        reason: 'host "other.example.net" is not listed in validDomains (SSO tokens are refused for it)',
      });
    });
  });

  describe('the Danish localisation file', () => {
    it('is validated against the localisation schema of the same version', async () => {
      fixture.editJson('da.json', (d) => {
        d['name.short'] = 'Ambassadører for hele organisationen';
      });
      expect((await issuesOf()).find((i) => i.field === 'da.json: name.short')?.reason).toMatch(
        /must be at most 30 characters/,
      );
    });

    it('rejects keys the schema does not allow', async () => {
      fixture.editJson('da.json', (d) => {
        d['developer.name'] = 'Koncern-HR';
      });
      expect(await issuesOf()).toContainEqual({
        field: 'da.json: developer.name',
        reason: 'is not allowed here by the schema (unknown property)',
      });
    });

    it('reports a missing translation of a command', async () => {
      fixture.editJson('da.json', (d) => {
        delete d['bots[0].commandLists[0].commands[5].description'];
      });
      expect(await issuesOf()).toContainEqual({
        field: 'da.json: bots[0].commandLists[0].commands[5].description',
        reason: 'translation is missing',
      });
    });

    it('reports a translation of a command that no longer exists', async () => {
      fixture.editJson('da.json', (d) => {
        d['bots[0].commandLists[1].commands[7].title'] = 'gammel';
      });
      expect(await issuesOf()).toContainEqual({
        field: 'da.json: bots[0].commandLists[1].commands[7].title',
        reason: 'translates a field that does not exist in manifest.json',
      });
    });

    it('reports duplicate command titles in one list', async () => {
      fixture.editJson('da.json', (d) => {
        d['bots[0].commandLists[0].commands[5].title'] = 'pause';
      });
      expect(
        (await issuesOf()).find((i) => i.field === 'da.json: bots[0].commandLists[0].commands[5].title')
          ?.reason,
      ).toMatch(/duplicates the title of commands\[4\]/);
    });

    it('reports a localisation file that is missing', async () => {
      fs.rmSync(path.join(fixture.packageDir, 'da.json'));
      expect(
        (await issuesOf()).find((i) => i.field === 'localizationInfo.additionalLanguages[0].file')?.reason,
      ).toMatch(/file "da.json" does not exist/);
    });

    it('reports a localisation file of another schema version', async () => {
      fixture.editJson('da.json', (d) => {
        d.$schema =
          'https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.Localization.schema.json';
      });
      expect((await issuesOf()).find((i) => i.field === 'da.json: $schema')?.reason).toMatch(
        /must be the v1.24/,
      );
    });
  });

  it('lists every problem at once instead of stopping at the first', async () => {
    fixture.editJson('manifest.json', (m) => {
      (m.name as Json).short = 'x'.repeat(31);
      (m.icons as Json).outline = 'nope.png';
    });
    const fields = (await issuesOf({ BOT_ID: 'nope' })).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['name.short', 'icons.outline', 'bots[0].botId']));
  });

  it('an unknown environment name is an environment error, not a manifest error', async () => {
    await expect(
      buildPackage({ env: 'prod', packageDir: fixture.packageDir, envDir: fixture.envDir, processEnv: {} }),
    ).rejects.toThrow(
      new PackageEnvError(
        `environment "prod" has no file ${path.join(fixture.envDir, '.env.prod')} (known environments: dev, local)`,
      ),
    );
  });
});
