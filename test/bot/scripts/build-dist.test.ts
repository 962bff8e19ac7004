import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { api } from '../../support/start-test-server';
import { spawnBuiltApp } from '../../support/spawn-app';
import { buildAndInstall, DEV_ONLY_PACKAGES } from '../../support/production-build';

jest.setTimeout(420_000);

/**
 * `npm run build` writes the folder App Service runs. Built outside the repository and installed
 * with production dependencies only, it must start with plain `node server.js` and serve the API
 * and the tab — proof that what is deployed runs without tsx, TypeScript or any dev dependency.
 */
describe('the production build (npm run build → dist/)', () => {
  let root: string;
  let out: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-dist-'));
    out = path.join(root, 'dist');
    await buildAndInstall(out);
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('is a self-contained folder: bundled server, built tab, its own manifest and lockfile', () => {
    expect(existsSync(path.join(out, 'server.js'))).toBe(true);
    expect(existsSync(path.join(out, 'tab', 'dist', 'index.html'))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8'));
    expect(manifest.scripts.start).toBe('node server.js');
    expect(manifest.devDependencies).toBeUndefined();
    const lock = JSON.parse(readFileSync(path.join(out, 'package-lock.json'), 'utf8'));
    expect(lock.packages[''].dependencies).toEqual(manifest.dependencies);
    // The workspace packages are bundled, never installed.
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('@ambassadors/shared');
  });

  it('has no dev dependency installed', () => {
    for (const name of DEV_ONLY_PACKAGES) {
      expect({ name, installed: existsSync(path.join(out, 'node_modules', name)) }).toEqual({
        name,
        installed: false,
      });
    }
  });

  it('starts with node server.js and serves health, the API and the tab', async () => {
    const app = await spawnBuiltApp(out, { PORT: '0', DATA_DIR: path.join(root, 'data') });
    try {
      expect((await api(app.baseUrl, '/healthz')).status).toBe(200);

      const tab = await fetch(`${app.baseUrl}/tab/`);
      expect(tab.status).toBe(200);
      const html = await tab.text();
      const script = /<script[^>]+src="([^"]+\.js)"/.exec(html);
      expect(script).not.toBeNull();
      const asset = await fetch(new URL(script![1]!, `${app.baseUrl}/tab/`));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      // The build wrote Brotli copies beside the assets; a browser that takes it gets one, and
      // it decodes to exactly the file beside it.
      const brotli = await fetch(new URL(script![1]!, `${app.baseUrl}/tab/`), {
        headers: { 'accept-encoding': 'br' },
      });
      expect(brotli.headers.get('content-encoding')).toBe('br');
      expect(await brotli.text()).toBe(
        readFileSync(
          path.join(out, 'tab', 'dist', new URL(script![1]!, 'http://x/tab/').pathname.slice(5)),
          'utf8',
        ),
      );

      const list = await api(app.baseUrl, '/api/v1/programmes');
      expect(list.status).toBe(200);
      expect(list.body.items.map((p: { name: string }) => p.name)).toContain(
        'Ambassadører for arbejdsfællesskabet',
      );
      const created = await api(app.baseUrl, '/api/v1/programmes', {
        method: 'POST',
        body: { name: 'Built and deployed', locale: 'en' },
      });
      expect(created.status).toBe(201);
      const board = await api(app.baseUrl, `/api/v1/programmes/${created.body.id}`);
      expect(board.status).toBe(200);
      expect(board.body.programme.name).toBe('Built and deployed');
      // The report's PDF: pdfmake and its font metrics are deployed with the server.
      const pdf = await fetch(`${app.baseUrl}/api/v1/programmes/${created.body.id}/report/pdf`);
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } finally {
      const stopped = await app.stop('SIGTERM');
      expect(stopped.code).toBe(0);
    }
  });
});
