/**
 * Production JS of the tab's first load, raw and gzip, against a bare Fluent UI v9 page built
 * the same way (same Vite, React plugin and target; React + FluentProvider + one Button).
 *
 * "First load" is what index.html loads (its module script and modulepreloads, followed through
 * their static imports) plus the app chunk the entry requests at once (start-app and its static
 * imports): everything the first view needs in a browser. Inside Teams the
 * teams-js chunk is added before the first render; the step panel's chunk is fetched in
 * parallel and needed right after it. Each is printed, so the 200 KB gzip budget can be checked
 * in every situation.
 *
 * Run: npm run bench tab-size   (or npx tsx -e "require('./test/bench/tab-size.ts').run()")
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { precompressFiles } from '../../tab/build/precompress';

const exec = promisify(execFile);
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const VITE = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const BENCH_DIR = path.join(REPO_ROOT, 'test-output', 'bench');

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

async function viteBuild(config: string, outDir: string, cwd: string): Promise<Manifest> {
  await exec(
    process.execPath,
    [
      VITE,
      'build',
      '--config',
      config,
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ],
    {
      cwd,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Builds the tab exactly as `npm run build -w tab` does, into `outDir`. */
export async function buildTabForBench(
  outDir = path.join(BENCH_DIR, 'tab-dist'),
): Promise<{ outDir: string; manifest: Manifest }> {
  const manifest = await viteBuild(
    path.join(REPO_ROOT, 'tab', 'vite.config.ts'),
    outDir,
    path.join(REPO_ROOT, 'tab'),
  );
  return { outDir, manifest };
}

/**
 * The reference: a bare Fluent UI v9 page (React + FluentProvider + one Button), generated here
 * and built with the same Vite, plugin and target as the tab. `base` lets the render bench serve
 * it next to the tab.
 */
export async function buildBarePage(base = '/bare/'): Promise<{ outDir: string; manifest: Manifest }> {
  const root = path.join(BENCH_DIR, 'bare-fluent');
  const outDir = path.join(BENCH_DIR, 'bare-dist');
  await mkdir(path.join(root, 'src'), { recursive: true });
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare Fluent</title></head>' +
      '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  await writeFile(
    path.join(root, 'src', 'main.tsx'),
    [
      "import { createRoot } from 'react-dom/client';",
      "import { Button, FluentProvider, teamsLightTheme } from '@fluentui/react-components';",
      "createRoot(document.getElementById('root')!).render(",
      '  <FluentProvider theme={teamsLightTheme}><Button appearance="primary">Hello</Button></FluentProvider>,',
      ');',
      '',
    ].join('\n'),
  );
  const reactPlugin = require.resolve('@vitejs/plugin-react', { paths: [path.join(REPO_ROOT, 'tab')] });
  const config = path.join(root, 'vite.config.mjs');
  await writeFile(
    config,
    [
      `import react from ${JSON.stringify(pathToFileURL(reactPlugin).href)};`,
      `export default { root: ${JSON.stringify(root)}, base: ${JSON.stringify(base)}, plugins: [react()],`,
      "  build: { target: 'es2022', sourcemap: false } };",
      '',
    ].join('\n'),
  );
  const manifest = await viteBuild(config, outDir, root);
  // Served the way the tab is: with the same precompressed copies beside each asset.
  await precompressFiles(
    outDir,
    Object.values(manifest).map((chunk) => chunk.file),
  );
  return { outDir, manifest };
}

/** Manifest keys reachable from `keys` through static imports. */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

export interface JsSize {
  files: number;
  raw: number;
  gzip: number;
}

async function sizeOf(
  outDir: string,
  manifest: Manifest,
  keys: Set<string>,
  exclude = new Set<string>(),
): Promise<JsSize> {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const key of keys) {
    if (exclude.has(key)) continue;
    const file = manifest[key]!.file;
    if (!file.endsWith('.js')) continue;
    const content = await readFile(path.join(outDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    files += 1;
  }
  return { files, raw, gzip };
}

function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!key) throw new Error('no entry in the manifest');
  return key;
}

function findKey(manifest: Manifest, suffix: string): string {
  const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
  if (!key) throw new Error(`${suffix} not found in the tab's build manifest`);
  return key;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function measureTabSizes() {
  const tab = await buildTabForBench();
  const bare = await buildBarePage();
  const m = tab.manifest;
  // The entry requests the app's chunk (React, Fluent, the board) before anything else, and the
  // person's language beside it, so the first view is those closures: the small entry, start-app
  // and one language's texts (the Danish ones, the larger).
  const initial = staticClosure(m, [
    entryKey(m),
    findKey(m, 'src/start-app.tsx'),
    findKey(m, 'src/i18n/locales/da.json'),
  ]);
  const teams = staticClosure(m, [findKey(m, 'src/host/teams-sdk-parts.ts')]);
  const stepPanel = staticClosure(m, [findKey(m, 'src/components/step-panel/index.ts')]);
  const union = (...sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
  return {
    bare: await sizeOf(bare.outDir, bare.manifest, staticClosure(bare.manifest, [entryKey(bare.manifest)])),
    initial: await sizeOf(tab.outDir, m, initial),
    teamsFirstView: await sizeOf(tab.outDir, m, union(initial, teams)),
    stepPanelAfterFirstRender: await sizeOf(tab.outDir, m, stepPanel, union(initial, teams)),
    tabOutDir: tab.outDir,
    bareOutDir: bare.outDir,
  };
}

export async function run(): Promise<void> {
  const sizes = await measureTabSizes();
  const ratio = (s: JsSize) => `${(s.gzip / sizes.bare.gzip).toFixed(2)}×`;
  const rows: [string, JsSize][] = [
    ['bare Fluent page (React + FluentProvider + Button)', sizes.bare],
    ['tab: first view in a browser (index.html + imports)', sizes.initial],
    ['tab: first view in Teams (+ teams-js chunk)', sizes.teamsFirstView],
    ['tab: step panel, fetched after the first render', sizes.stepPanelAfterFirstRender],
  ];
  console.log('JS (production build, gzip -9)             files        raw       gzip   vs bare');
  for (const [label, s] of rows) {
    console.log(
      `${label.padEnd(52)} ${String(s.files).padStart(3)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)}   ${ratio(s)}`,
    );
  }
  const budget = 200 * 1024;
  console.log(
    `budget: first view ≤ 200 KB gzip → Teams first view ${kb(sizes.teamsFirstView.gzip)} (${sizes.teamsFirstView.gzip <= budget ? 'within' : 'OVER'})`,
  );
  await rm(path.join(BENCH_DIR, 'bare-fluent'), { recursive: true, force: true });
}
