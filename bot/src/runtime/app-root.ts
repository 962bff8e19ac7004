import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The name the repository's root package and the deployable folder's package both carry. */
export const APP_PACKAGE_NAME = 'ambassadors-for-teams';

function packageName(dir: string): string | undefined {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/**
 * The folder the app runs from, found by walking up to the package named {@link APP_PACKAGE_NAME}:
 * the repository root when the sources run through tsx, the deployable folder when the bundled
 * server (`npm run build` → `dist/server.js`) runs. Both lay out `.data/` and `tab/dist/` the
 * same way below that folder, so defaults resolve alike in development and in production.
 */
export function findAppRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (packageName(dir) === APP_PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

export const APP_ROOT = findAppRoot(__dirname);
