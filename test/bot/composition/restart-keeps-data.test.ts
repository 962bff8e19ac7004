import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { api } from '../../support/start-test-server';
import { spawnApp } from '../../support/spawn-app';

jest.setTimeout(180_000);

describe('npm start on the embedded store', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-restart-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('keeps a programme created with POST across a stop and a start', async () => {
    // A data folder that does not exist yet, as on a fresh clone.
    const env = { DATA_DIR: path.join(dataDir, 'fresh', '.data'), PORT: '0' };
    const first = await spawnApp(env);
    let createdId: string;
    try {
      expect(first.output()).toMatch(/seeded the Danish demo programme/);
      expect((await api(first.baseUrl, '/healthz')).status).toBe(200);
      const created = await api(first.baseUrl, '/api/v1/programmes', {
        method: 'POST',
        body: { name: 'Survives a restart', locale: 'da' },
      });
      expect(created.status).toBe(201);
      createdId = created.body.id;
    } finally {
      const stopped = await first.stop('SIGTERM');
      expect(stopped.code).toBe(0);
    }

    const second = await spawnApp(env);
    try {
      expect(second.output()).not.toMatch(/seeded/);
      const list = await api(second.baseUrl, '/api/v1/programmes');
      const names = list.body.items.map((p: { name: string }) => p.name).sort();
      expect(names).toEqual(['Ambassadører for arbejdsfællesskabet', 'Survives a restart']);
      const read = await api(second.baseUrl, `/api/v1/programmes/${createdId}`);
      expect(read.status).toBe(200);
    } finally {
      await second.stop('SIGINT');
    }
  });

  it('refuses to start local mode on a non-loopback interface', async () => {
    await expect(spawnApp({ DATA_DIR: dataDir, PORT: '0', HOST: '0.0.0.0' }, 30_000)).rejects.toThrow(
      /only listens on loopback/,
    );
  });
});
