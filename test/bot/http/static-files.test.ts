import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { acceptedEncodings } from '../../../bot/src/http/static-files';
import { startTestServer, type TestServer } from '../../support/start-test-server';

/** GET with the raw bytes kept (fetch would decode them and hide the encoding). */
function getBytes(
  baseUrl: string,
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(pathname, baseUrl), { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

describe("the tab's assets are sent precompressed when the browser takes it", () => {
  const script = Buffer.from(
    `export const texts = ${JSON.stringify('Forventningsafstemning '.repeat(400))};\n`,
  );
  let server: TestServer;
  let tabDir: string;
  beforeAll(async () => {
    tabDir = await mkdtemp(path.join(os.tmpdir(), 'tab-dist-'));
    await writeFile(path.join(tabDir, 'index.html'), '<!doctype html><title>tab</title>');
    await writeFile(path.join(tabDir, 'app-abcdef12.js'), script);
    await writeFile(path.join(tabDir, 'app-abcdef12.js.br'), brotliCompressSync(script));
    await writeFile(path.join(tabDir, 'app-abcdef12.js.gz'), gzipSync(script));
    // Built without copies (too small to compress): always sent as it is.
    await writeFile(path.join(tabDir, 'tiny-abcdef12.js'), 'export {};\n');
    server = await startTestServer({ env: { TAB_DIST_DIR: tabDir, REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server?.close();
    await rm(tabDir, { recursive: true, force: true });
  });

  it('Brotli first, then gzip; each decodes to exactly the built file, with its length and Vary', async () => {
    const br = await getBytes(server.baseUrl, '/tab/app-abcdef12.js', {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.bytes).equals(script)).toBe(true);
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gz = await getBytes(server.baseUrl, '/tab/app-abcdef12.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(script)).toBe(true);
  });

  it('a browser that takes neither (or refuses one with q=0) gets what it can read', async () => {
    const plain = await getBytes(server.baseUrl, '/tab/app-abcdef12.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.bytes.equals(script)).toBe(true);

    const refused = await getBytes(server.baseUrl, '/tab/app-abcdef12.js', {
      'accept-encoding': 'br;q=0, gzip',
    });
    expect(refused.headers['content-encoding']).toBe('gzip');

    const tiny = await getBytes(server.baseUrl, '/tab/tiny-abcdef12.js', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.bytes.toString()).toBe('export {};\n');
  });

  it('the copies are never served under their own names as something else', async () => {
    const copy = await getBytes(server.baseUrl, '/tab/app-abcdef12.js.br', { 'accept-encoding': 'br' });
    // Served as what it is (bytes, no encoding header that would make the browser decode it).
    expect(copy.headers['content-encoding']).toBeUndefined();
    expect(copy.headers['content-type']).toBe('application/octet-stream');
  });
});

describe('acceptedEncodings', () => {
  it('reads names and drops those with q=0', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings('BR')]).toEqual(['br']);
  });
});
