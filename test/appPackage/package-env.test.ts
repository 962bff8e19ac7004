import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnvFile } from '../../appPackage/scripts/lib/env-file';
import { loadPackageEnv, PackageEnvError } from '../../appPackage/scripts/lib/package-env';
import { parseCliArgs } from '../../appPackage/scripts/build-package';
import { ENV_DIR } from './package-fixture';

describe('env files (Agents Toolkit dotenv + documented examples)', () => {
  it('parses keys, quotes, comments and `# example:` lines bound to the next key only', () => {
    const env = parseEnvFile(
      [
        '# heading comment',
        'TEAMSFX_ENV=dev',
        '# example: 8f5a1c52-1d6b-4c39-9c1e-3b2a4f6d7e01',
        'TEAMS_APP_ID=',
        '# example: not-bound',
        '',
        'BOT_ID=',
        'QUOTED="a # b"',
        "SINGLE='x'",
        'TRAILING=value # comment',
        'export EXPORTED=yes',
        'not a key line',
      ].join('\n'),
    );
    expect(Object.fromEntries(env.values)).toEqual({
      TEAMSFX_ENV: 'dev',
      TEAMS_APP_ID: '',
      BOT_ID: '',
      QUOTED: 'a # b',
      SINGLE: 'x',
      TRAILING: 'value',
      EXPORTED: 'yes',
    });
    expect(Object.fromEntries(env.examples)).toEqual({
      TEAMS_APP_ID: '8f5a1c52-1d6b-4c39-9c1e-3b2a4f6d7e01',
    });
  });

  it('layers process env > .env.<env>.user > .env.<env> > example, and treats empty as unset', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadors-env-'));
    try {
      fs.writeFileSync(
        path.join(dir, '.env.test'),
        '# example: ex-a\nA=\n# example: ex-b\nB=file-b\nC=file-c\nD=\n',
      );
      fs.writeFileSync(path.join(dir, '.env.test.user'), 'C=user-c\n');
      const env = loadPackageEnv({
        envName: 'test',
        envDir: dir,
        processEnv: { B: 'proc-b', D: '' },
        allowExamples: true,
      });
      expect(env.lookup('A')).toEqual({ value: 'ex-a', source: 'example' });
      expect(env.lookup('B')).toEqual({ value: 'proc-b', source: 'process' });
      expect(env.lookup('C')).toEqual({ value: 'user-c', source: 'user-file' });
      expect(env.lookup('D')).toBeUndefined();
      const strict = loadPackageEnv({ envName: 'test', envDir: dir, processEnv: {}, allowExamples: false });
      expect(strict.lookup('A')).toBeUndefined();
      expect(strict.hasExample('A')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the committed env files give an example for every placeholder the package needs', () => {
    const env = parseEnvFile(fs.readFileSync(path.join(ENV_DIR, '.env.dev'), 'utf8'));
    const manifest = fs.readFileSync(path.join(ENV_DIR, '..', 'appPackage', 'manifest.json'), 'utf8');
    const needed = [...manifest.matchAll(/\$\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]!);
    for (const name of new Set(needed)) {
      expect([name, env.values.get(name) || env.examples.get(name)]).toEqual([name, expect.any(String)]);
    }
  });

  it('the committed env files hold no secret values', () => {
    for (const file of fs.readdirSync(ENV_DIR).filter((f) => !f.endsWith('.user'))) {
      const env = parseEnvFile(fs.readFileSync(path.join(ENV_DIR, file), 'utf8'));
      for (const [key, value] of env.values) {
        if (/SECRET|PASSWORD|KEY$|CONNECTION_STRING/.test(key))
          expect([file, key, value]).toEqual([file, key, '']);
      }
    }
  });

  it('refuses environment names that could escape the env folder', () => {
    expect(() => loadPackageEnv({ envName: '../etc', envDir: ENV_DIR, allowExamples: true })).toThrow(
      PackageEnvError,
    );
  });

  it('parses the CLI arguments of `npm run package`', () => {
    expect(parseCliArgs([])).toEqual({ env: 'dev', strict: false });
    expect(parseCliArgs(['--env', 'prod', '--strict'])).toEqual({ env: 'prod', strict: true });
    expect(parseCliArgs(['--env=local', '--out', '/tmp/x'])).toEqual({
      env: 'local',
      strict: false,
      outDir: '/tmp/x',
    });
    expect(() => parseCliArgs(['--env'])).toThrow('--env needs a value');
    expect(() => parseCliArgs(['--bogus'])).toThrow(/unknown argument "--bogus"/);
  });
});
