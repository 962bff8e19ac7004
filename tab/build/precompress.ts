import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing: text assets above a kilobyte (smaller ones gain less than a header). */
const COMPRESSIBLE = /\.(js|css|json|svg|txt)$/;

/**
 * Writes Brotli and gzip copies beside each of `fileNames` (relative to `outDir`) that is worth
 * it. The server picks one by the request's Accept-Encoding (bot/src/http/static-files.ts).
 */
export async function precompressFiles(outDir: string, fileNames: Iterable<string>): Promise<void> {
  for (const fileName of fileNames) {
    if (!COMPRESSIBLE.test(fileName)) continue;
    const file = path.join(outDir, fileName);
    const bytes = await readFile(file);
    if (bytes.length < 1024) continue;
    const brotli = { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length };
    await writeFile(`${file}.br`, brotliCompressSync(bytes, { params: brotli }));
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

/**
 * Brotli and gzip copies of every text asset, written at build time, so the server sends about
 * a third of the bytes without compressing anything per request (App Service on Linux does not
 * compress for a Node app). Runs after the files are written: what is compressed is byte for
 * byte what is served.
 */
export function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (options.dir) await precompressFiles(options.dir, Object.keys(bundle));
    },
  };
}
