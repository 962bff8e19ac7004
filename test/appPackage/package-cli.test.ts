import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { KNOWN_VALUES, REPO_ROOT } from './package-fixture';

/** Runs the real command line, as `npm run package -- …` does, with a controlled environment. */
function runPackage(args: string[], env: Record<string, string>) {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, ['appPackage/scripts/build-package.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    timeout: 60_000,
  });
}

describe('npm run package (command line)', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadors-cli-'));
  });
  afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('exits 0 and writes the zip; warns when example values were used', async () => {
    const run = runPackage(['--out', outDir], {});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('appPackage.dev.zip (manifest 1.24');
    expect(run.stderr).toContain('Built from documented EXAMPLE values for:');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(outDir, 'appPackage.dev.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'da.json', 'manifest.json', 'outline.png']);
  });

  it('with every value provided (--strict) it exits 0 without the example warning', () => {
    const run = runPackage(['--env', 'dev', '--strict', '--out', outDir], { ...KNOWN_VALUES });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 1 and prints the field and reason for a broken value', () => {
    const run = runPackage(['--out', outDir], { ...KNOWN_VALUES, BOT_ID: 'not-a-guid' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'bots[0].botId: must be a GUID like 8f5a1c52-1d6b-4c39-9c1e-3b2a4f6d7e01 (is "not-a-guid")',
    );
    expect(fs.existsSync(path.join(outDir, 'appPackage.dev.zip'))).toBe(false);
  });

  it('exits 2 for an unknown environment or argument', () => {
    expect(runPackage(['--env', 'nowhere', '--out', outDir], {}).status).toBe(2);
    expect(runPackage(['--frobnicate'], {}).status).toBe(2);
  });
});
