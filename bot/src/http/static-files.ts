import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The precompressed copies the tab's build writes beside each asset, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encodings an Accept-Encoding header allows (`q=0` refuses one). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

export interface StaticMount {
  prefix: string;
  directory: string;
  /** Paths without a file extension get this file (client-side routes such as /tab/config). */
  fallback?: string;
}

/**
 * Serves a built front end under a URL prefix. Hashed assets are cached for a year; HTML is
 * never cached, so a new deployment is picked up by the next tab load. The security headers
 * (the tab's CSP among them) are set for every response in security-headers.ts.
 */
export function mountStatic(server: Server, mount: StaticMount): void {
  const root = path.resolve(mount.directory);
  const handler = async (req: Request, res: Response): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let relative = decodeURIComponent(url.pathname.slice(mount.prefix.length)).replace(/^\/+/, '');
    if (relative === '' || !path.extname(relative)) relative = mount.fallback ?? 'index.html';
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) {
      res.send(404, { code: 'NOT_FOUND' });
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      res.send(404, { code: 'NOT_FOUND', message: `Not found: ${url.pathname}` });
      return;
    }
    const extension = path.extname(file);
    const immutable = /[-.][A-Za-z0-9_-]{8,}\.(js|css|woff2|png|svg)$/.test(file);
    // A precompressed copy when the browser takes it; the plain file otherwise.
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    let sent = { file, size: info.size, encoding: null as string | null };
    for (const encoding of ENCODINGS) {
      if (!accepted.has(encoding.name)) continue;
      const copy = await stat(file + encoding.suffix).catch(() => undefined);
      if (copy?.isFile()) {
        sent = { file: file + encoding.suffix, size: copy.size, encoding: encoding.name };
        break;
      }
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Content-Length': sent.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      // Caches keep the copies apart; set whether or not this answer is compressed.
      Vary: 'Accept-Encoding',
      ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      createReadStream(sent.file).on('error', reject).on('end', resolve).pipe(res);
    });
  };
  server.get(mount.prefix, handler);
  server.get(`${mount.prefix}/*`, handler);
}
