import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The real appPackage/ and env/ folders of the repo. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const APP_PACKAGE_DIR = path.join(REPO_ROOT, 'appPackage');
export const ENV_DIR = path.join(REPO_ROOT, 'env');

/**
 * Known values for every placeholder, as provision would write them. Tests pass these as the
 * "process environment", so the developer's real environment never leaks into a test.
 */
export const KNOWN_VALUES = {
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_ID: '22222222-3333-4444-8555-666666666666',
  AAD_APP_CLIENT_ID: '33333333-4444-4555-8666-777777777777',
  TAB_DOMAIN: 'ambassadors-test.azurewebsites.net',
  TAB_ENDPOINT: 'https://ambassadors-test.azurewebsites.net',
  BOT_DOMAIN: 'ambassadors-test.azurewebsites.net',
  DEVELOPER_NAME: 'Test Org',
  DEVELOPER_WEBSITE_URL: 'https://intranet.test.example/ambassadors',
  PRIVACY_URL: 'https://intranet.test.example/privacy',
  TERMS_OF_USE_URL: 'https://intranet.test.example/terms',
  APP_NAME_SUFFIX: '-test',
} as const;

export interface PackageFixture {
  packageDir: string;
  envDir: string;
  outDir: string;
  /** Reads, changes and writes back a JSON file of the fixture package. */
  editJson(file: string, change: (doc: Record<string, unknown>) => void): void;
  cleanup(): void;
}

/**
 * A throw-away copy of appPackage/ (manifest, localisation, icons) and env/, so negative tests
 * can break one thing at a time without touching the real files.
 */
export function createPackageFixture(): PackageFixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadors-package-'));
  const packageDir = path.join(root, 'appPackage');
  const envDir = path.join(root, 'env');
  fs.mkdirSync(packageDir);
  for (const file of fs.readdirSync(APP_PACKAGE_DIR)) {
    if (/\.(json|png)$/.test(file))
      fs.copyFileSync(path.join(APP_PACKAGE_DIR, file), path.join(packageDir, file));
  }
  fs.cpSync(ENV_DIR, envDir, { recursive: true, filter: (src) => !src.endsWith('.user') });
  return {
    packageDir,
    envDir,
    outDir: path.join(root, 'build'),
    editJson(file, change) {
      const full = path.join(packageDir, file);
      const doc = JSON.parse(fs.readFileSync(full, 'utf8')) as Record<string, unknown>;
      change(doc);
      fs.writeFileSync(full, JSON.stringify(doc, null, 2));
    },
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
