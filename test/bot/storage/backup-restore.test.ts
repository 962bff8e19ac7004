import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { api } from '../../support/start-test-server';
import { REPO_ROOT, spawnApp } from '../../support/spawn-app';

jest.setTimeout(240_000);

const run = promisify(execFile);

/** `npm run store:backup|store:restore -- <file>` as an admin runs it (same script, same env). */
async function storeCommand(
  command: 'backup' | 'restore',
  dataDir: string,
  file: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  try {
    const { stdout, stderr } = await run(
      path.join(bin, 'tsx'),
      [path.join(REPO_ROOT, 'bot/src/storage/backup-cli.ts'), command, file],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: `${bin}:${process.env.PATH ?? ''}`,
          HOME: process.env.HOME ?? '/tmp',
          DATA_DIR: dataDir,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('backup and restore of the embedded store', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-backup-'));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('a copy taken while the app runs and writes restores into a store that starts and holds the data', async () => {
    const live = path.join(root, 'live');
    const restored = path.join(root, 'restored');
    const backup = path.join(root, 'backups', 'ambassadors.sqlite');
    const app = await spawnApp({ DATA_DIR: live, PORT: '0' });
    const before: string[] = [];
    try {
      for (let i = 0; i < 5; i += 1) {
        const created = await api(app.baseUrl, '/api/v1/programmes', {
          method: 'POST',
          body: { name: `Before the backup ${i}`, locale: 'en' },
        });
        expect(created.status).toBe(201);
        before.push(created.body.id);
      }
      // Writes keep coming while the copy is taken.
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i += 1) {
          await api(app.baseUrl, '/api/v1/programmes', {
            method: 'POST',
            body: { name: `During ${i}`, locale: 'en' },
          });
        }
      })();
      const copied = await storeCommand('backup', live, backup);
      writing = false;
      await writer;
      expect(copied.stderr).toBe('');
      expect(copied.code).toBe(0);
      expect(JSON.parse(copied.stdout)).toMatchObject({ command: 'backup', file: backup });

      // The running app's folder cannot be restored into.
      const refused = await storeCommand('restore', live, backup);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/in use by another process/);
    } finally {
      await app.stop('SIGKILL');
    }

    const put = await storeCommand('restore', restored, backup);
    expect(put.stderr).toBe('');
    expect(put.code).toBe(0);
    const again = await spawnApp({ DATA_DIR: restored, PORT: '0' });
    try {
      expect((await api(again.baseUrl, '/healthz')).status).toBe(200);
      // Restored data, not a fresh store: no demo seeding.
      expect(again.output()).not.toMatch(/seeded/);
      const listed = await api(again.baseUrl, '/api/v1/programmes');
      const ids = listed.body.items.map((p: { id: string }) => p.id);
      expect(ids).toEqual(expect.arrayContaining(before));
    } finally {
      await again.stop('SIGTERM');
    }
  });
});
