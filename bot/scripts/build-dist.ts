/**
 * `npm run build [-- --out <folder>]`: writes the deployable folder (default `dist/`).
 *
 * - `server.js`: the server bundled with esbuild — our code, the domain package and every
 *   dependency that bundles cleanly, so production installs almost nothing;
 * - `tab/dist/`: the built tab, at the same relative path as in the repository, so the server
 *   finds it with the same default;
 * - `package.json` + `package-lock.json`: production dependencies only — the few packages kept
 *   out of the bundle because they read their own files at run time — at the exact versions the
 *   tests ran with.
 *
 * In that folder `npm ci --omit=dev && npm start` runs the app on Node 22 or 24 with no tsx,
 * TypeScript or other dev dependency present. App Service runs it the same way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { APP_PACKAGE_NAME } from '../src/runtime/app-root';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Kept out of the bundle, and why. Installed in the deployable folder when they are production
 * dependencies of the server; optional ones (never installed) are only marked external.
 */
const EXTERNAL: Record<string, string> = {
  // Reads its TLS certificate and key from its own package folder at run time.
  '@vercel/cosmosdb-server': 'reads files next to its own code',
  // pdfkit, under pdfmake, reads the standard fonts' metrics (data/*.afm) next to its own code.
  pdfmake: 'its pdfkit reads font metrics from its own package folder',
  // restify's optional native DTrace probes: loaded in a try/catch, absent on App Service.
  'dtrace-provider': 'optional native module',
};

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  engines?: Record<string, string>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function installedVersion(name: string): string {
  return readJson<PackageJson>(path.join(ROOT, 'node_modules', name, 'package.json')).version!;
}

function outFolder(argv: string[]): string {
  const at = argv.indexOf('--out');
  return path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1]! : path.join(ROOT, 'dist'));
}

async function main(): Promise<void> {
  const out = outFolder(process.argv.slice(2));
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  execFileSync('npm', ['run', 'build', '-w', 'tab'], { cwd: ROOT, stdio: 'inherit' });
  cpSync(path.join(ROOT, 'tab', 'dist'), path.join(out, 'tab', 'dist'), { recursive: true });

  await build({
    entryPoints: [path.join(ROOT, 'bot', 'src', 'main.ts')],
    outfile: path.join(out, 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    // Readable, not minified: stack traces in production logs then point at real names and lines
    // without shipping a source map several times the size of the code.
    legalComments: 'linked',
    external: Object.keys(EXTERNAL),
    logLevel: 'warning',
  });

  const root = readJson<PackageJson>(path.join(ROOT, 'package.json'));
  const server = readJson<PackageJson>(path.join(ROOT, 'bot', 'package.json'));
  const dependencies = Object.fromEntries(
    Object.keys(EXTERNAL)
      .filter((name) => server.dependencies?.[name] !== undefined)
      .map((name) => [name, installedVersion(name)]),
  );
  const manifest = {
    name: APP_PACKAGE_NAME,
    version: root.version,
    private: true,
    description:
      'Ambassadors for Microsoft Teams — the deployable server and tab (built by `npm run build`).',
    license: 'UNLICENSED',
    engines: root.engines,
    scripts: { start: 'node server.js' },
    dependencies,
  };
  writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The lockfile pins what `npm ci --omit=dev` installs; scripts never run while resolving it.
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: out,
    stdio: 'inherit',
  });
  if (!existsSync(path.join(out, 'package-lock.json'))) throw new Error('npm wrote no package-lock.json');

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Deployable folder written to ${path.relative(ROOT, out) || out} in ${seconds} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
