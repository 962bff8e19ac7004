/**
 * `npm run package [-- --env <name>] [--strict] [--out <dir>]` — builds the Teams app package
 * `appPackage/build/appPackage.<env>.zip` that a Teams admin uploads in the Teams admin centre.
 *
 * Why our own build next to the Toolkit's `teamsApp/zipAppPackage`: the Toolkit validates
 * against the hosted schema (online only) and does not check what most often breaks an
 * installation — icon sizes and colours, domains missing from validDomains, SSO resource
 * mismatches, stale or missing translations. This script checks all of that offline against
 * the official schema of the manifest's declared version (bundled by @microsoft/app-manifest)
 * and fails with the exact field and reason, listing every problem at once.
 *
 * Values for `${{VAR}}` come from env/.env.<env> (+ .user), overridden by the process
 * environment. On a fresh clone the empty keys are filled from the documented `# example:`
 * lines so anyone can inspect what would be installed; `--strict` (used by m365agents.yml)
 * refuses example values.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PackageEnvError, loadPackageEnv } from './lib/package-env';
import { PackageValidationError, type PackageIssue } from './lib/package-issue';
import { substitutePlaceholders } from './lib/placeholders';
import {
  domainRules,
  fileRules,
  guidRules,
  localizationRules,
  unresolvedPlaceholders,
  type Json,
} from './lib/manifest-rules';
import { bundledVersions, schemaPath, validateAgainstSchema } from './lib/schema-validation';

export { PackageEnvError, PackageValidationError };
export type { PackageIssue };

export interface BuildPackageOptions {
  /** Environment name: reads env/.env.<env>. Default `dev`. */
  env?: string;
  /** Folder with manifest.json, icons and localisation files. Default: this script's parent. */
  packageDir?: string;
  /** Folder with the .env.<env> files. Default: `<repo>/env`. */
  envDir?: string;
  /** Where the zip goes. Default: `<packageDir>/build`. */
  outDir?: string;
  /** Values that override the env files. Default: process.env. */
  processEnv?: Record<string, string | undefined>;
  /** Refuse `# example:` values (for provision/publish). Default false. */
  strict?: boolean;
}

export interface BuildPackageResult {
  zipPath: string;
  /** The manifest exactly as written into the zip. */
  manifest: Json;
  /** Resolved localisation files by file name, as written into the zip. */
  localizations: Record<string, Json>;
  /** Variables that were filled from `# example:` lines (empty for an installable package). */
  exampleVariables: string[];
  /** Files in the zip, in order. */
  files: string[];
}

const DEFAULT_PACKAGE_DIR = path.resolve(__dirname, '..');
/** A fixed timestamp makes the zip reproducible: same inputs, same bytes. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

function readJson(file: string, field: string): { value?: Json; issue?: PackageIssue } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return { issue: { field, reason: `cannot read ${file}` } };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { issue: { field, reason: 'must contain a JSON object' } };
    }
    return { value: value as Json };
  } catch (error) {
    return { issue: { field, reason: `is not valid JSON: ${(error as Error).message}` } };
  }
}

/**
 * Validates and writes the package. Throws PackageValidationError (with every issue) when the
 * manifest is broken, PackageEnvError when the environment cannot be read.
 */
export async function buildPackage(options: BuildPackageOptions = {}): Promise<BuildPackageResult> {
  const envName = options.env ?? 'dev';
  const packageDir = path.resolve(options.packageDir ?? DEFAULT_PACKAGE_DIR);
  const envDir = path.resolve(options.envDir ?? path.join(DEFAULT_PACKAGE_DIR, '..', 'env'));
  const outDir = path.resolve(options.outDir ?? path.join(packageDir, 'build'));
  const env = loadPackageEnv({
    envName,
    envDir,
    allowExamples: !options.strict,
    ...(options.processEnv ? { processEnv: options.processEnv } : {}),
  });

  const issues: PackageIssue[] = [];
  const raw = readJson(path.join(packageDir, 'manifest.json'), 'manifest.json');
  if (!raw.value) throw new PackageValidationError([raw.issue!]);

  const substituted = substitutePlaceholders(raw.value, env);
  const manifest = substituted.value;
  issues.push(...substituted.issues);
  const used = new Map(substituted.used);

  const manifestVersion = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
  const manifestSchema = schemaPath(manifestVersion, 'manifest');
  if (!manifestSchema) {
    issues.push({
      field: 'manifestVersion',
      reason: `no bundled schema for "${manifestVersion}" (available: ${bundledVersions().join(', ')})`,
    });
    throw new PackageValidationError(issues);
  }
  const declaredSchema = typeof manifest.$schema === 'string' ? manifest.$schema : undefined;
  if (declaredSchema !== undefined && !declaredSchema.includes(`/v${manifestVersion}/`)) {
    issues.push({
      field: '$schema',
      reason: `points at another version than manifestVersion ${manifestVersion} (is "${declaredSchema}")`,
    });
  }

  // Rule issues first; a schema error on a field that already has one (e.g. the GUID pattern
  // on an unresolved `${{BOT_ID}}`) only repeats it less clearly, so it is dropped.
  const schemaIssues: PackageIssue[] = validateAgainstSchema(manifest, manifestSchema);
  issues.push(...guidRules(manifest), ...fileRules(manifest, packageDir), ...domainRules(manifest));

  // Localisation files: resolved like the manifest, then checked against their own schema.
  const localizations: Record<string, Json> = {};
  const loc = manifest.localizationInfo as Json | undefined;
  const languageFiles = [
    ...(typeof loc?.defaultLanguageFile === 'string' ? [loc.defaultLanguageFile] : []),
    ...(Array.isArray(loc?.additionalLanguages)
      ? loc.additionalLanguages
          .map((l) => (l as Json | null)?.file)
          .filter((f): f is string => typeof f === 'string')
      : []),
  ];
  const localizationSchema = schemaPath(manifestVersion, 'localization');
  for (const file of new Set(languageFiles)) {
    const full = path.join(packageDir, file);
    if (!fs.existsSync(full) || file.split(/[\\/]/).includes('..')) continue; // reported by fileRules
    const parsed = readJson(full, file);
    if (!parsed.value) {
      issues.push(parsed.issue!);
      continue;
    }
    const resolved = substitutePlaceholders(parsed.value, env, `${file}: `);
    issues.push(...resolved.issues);
    for (const [k, v] of resolved.used) used.set(k, v);
    if (localizationSchema)
      schemaIssues.push(...validateAgainstSchema(resolved.value, localizationSchema, `${file}: `));
    issues.push(...localizationRules(manifest, file, resolved.value, manifestVersion));
    localizations[file] = resolved.value;
  }

  // Safety net: nothing may leave here with a placeholder in it (also catches typos like ${{ X}}).
  if (substituted.issues.length === 0) issues.push(...unresolvedPlaceholders(manifest));
  const fieldsWithIssues = new Set(issues.map((i) => i.field));
  issues.push(...schemaIssues.filter((i) => !fieldsWithIssues.has(i.field)));

  if (issues.length > 0) throw new PackageValidationError(issues);

  const zip = new JSZip();
  const add = (name: string, data: string | Buffer) => zip.file(name, data, { date: ZIP_DATE });
  add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  const icons = manifest.icons as Json;
  const iconFiles = Object.values(icons).filter((f): f is string => typeof f === 'string');
  for (const file of new Set(iconFiles)) add(file, fs.readFileSync(path.join(packageDir, file)));
  for (const [file, value] of Object.entries(localizations)) add(file, `${JSON.stringify(value, null, 2)}\n`);

  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.writeFileSync(zipPath, bytes);

  const exampleVariables = [...used].filter(([, v]) => v.source === 'example').map(([k]) => k);
  return {
    zipPath,
    manifest,
    localizations,
    exampleVariables: exampleVariables.sort(),
    files: Object.keys(zip.files),
  };
}

interface CliArgs {
  env: string;
  strict: boolean;
  outDir?: string;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { env: 'dev', strict: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined || v === '') throw new PackageEnvError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--env' || flag === '-e') args.env = value();
    else if (flag === '--out') args.outDir = value();
    else if (flag === '--strict') args.strict = true;
    else throw new PackageEnvError(`unknown argument "${arg}" (use --env <name>, --strict, --out <dir>)`);
  }
  return args;
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`npm run package: ${(error as Error).message}`);
    return 2;
  }
  try {
    const result = await buildPackage({
      env: args.env,
      strict: args.strict,
      ...(args.outDir ? { outDir: args.outDir } : {}),
    });
    const relative = path.relative(process.cwd(), result.zipPath);
    console.log(
      `✓ ${relative} (manifest ${String(result.manifest.manifestVersion)}, ${result.files.join(', ')})`,
    );
    if (result.exampleVariables.length > 0) {
      console.warn(
        `! Built from documented EXAMPLE values for: ${result.exampleVariables.join(', ')}.\n` +
          `  This package is for inspection only and cannot be installed. Provision the ` +
          `environment (m365agents.yml) or set these variables, then build again (--strict refuses examples).`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof PackageValidationError) {
      console.error(`✗ ${error.message}`);
      return 1;
    }
    if (error instanceof PackageEnvError) {
      console.error(`✗ ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
