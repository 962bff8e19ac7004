import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { buildPackage } from '../../appPackage/scripts/build-package';
import {
  APP_PACKAGE_DIR,
  createPackageFixture,
  ENV_DIR,
  KNOWN_VALUES,
  type PackageFixture,
} from './package-fixture';

/**
 * The programme in Teams meetings: the configurable tab is offered in a meeting's chat, details,
 * side panel and stage, and asks for exactly the resource-specific permission sharing to the stage
 * needs — nothing more. The package still passes the official schema offline (strict build).
 */
describe('the app package in Teams meetings', () => {
  let fixture: PackageFixture;
  beforeEach(() => {
    fixture = createPackageFixture();
  });
  afterEach(() => fixture.cleanup());

  async function builtManifest(): Promise<Record<string, any>> {
    const result = await buildPackage({
      env: 'dev',
      packageDir: APP_PACKAGE_DIR,
      envDir: ENV_DIR,
      outDir: fixture.outDir,
      processEnv: { ...KNOWN_VALUES },
      strict: true,
    });
    const zip = await JSZip.loadAsync(fs.readFileSync(result.zipPath));
    return JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
  }

  it('offers the configurable tab in every meeting surface, for group chats (meetings) too', async () => {
    const manifest = await builtManifest();
    const [tab] = manifest.configurableTabs;
    expect(tab.scopes).toEqual(expect.arrayContaining(['team', 'groupChat']));
    expect(tab.context).toEqual(
      expect.arrayContaining([
        'channelTab',
        'privateChatTab',
        'meetingChatTab',
        'meetingDetailsTab',
        'meetingSidePanel',
        'meetingStage',
      ]),
    );
    expect(tab.meetingSurfaces).toEqual(['sidePanel', 'stage']);
    expect(tab.configurationUrl).toBe(`${KNOWN_VALUES.TAB_ENDPOINT}/tab/config`);
  });

  it('asks only for sharing to the stage (MeetingStage.Write.Chat, delegated)', async () => {
    const manifest = await builtManifest();
    expect(manifest.authorization).toEqual({
      permissions: { resourceSpecific: [{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }] },
    });
  });

  it('keeps the localisation file valid for the same manifest', () => {
    const da = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'da.json'), 'utf8')) as Record<
      string,
      string
    >;
    const manifest = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as {
      $schema: string;
    };
    expect(da.$schema?.replace('Localization.', '')).toBe(manifest.$schema);
  });
});
