import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PackageIssue } from './package-issue';

/**
 * Validates against the official Teams JSON schemas that `@microsoft/app-manifest` bundles
 * (the hosted URLs cannot be fetched offline, and `teamsapp validate` needs them). We use the
 * same validator and options the package uses (ajv draft-04 + formats), loaded from the
 * package's own dependencies so the versions always match its schemas.
 */
const manifestPackageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const requireFromManifestPackage = createRequire(path.join(manifestPackageDir, 'build', 'index.js'));

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
interface AjvInstance {
  compile(schema: object): ValidateFunction;
}
type AjvConstructor = new (options: object) => AjvInstance;

function loadDefault<T>(id: string): T {
  const mod = requireFromManifestPackage(id) as { default?: T } & T;
  return mod.default ?? mod;
}

export const SCHEMA_ROOT = path.join(manifestPackageDir, 'build', 'json-schemas', 'teams');

export type SchemaKind = 'manifest' | 'localization';

/** The schema file for a manifest version, or undefined if the package does not ship it. */
export function schemaPath(manifestVersion: string, kind: SchemaKind): string | undefined {
  const dir = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const file = kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  const full = path.join(SCHEMA_ROOT, dir, file);
  return fs.existsSync(full) ? full : undefined;
}

/** The versions the installed package ships, newest last (for error messages). */
export function bundledVersions(): string[] {
  return fs
    .readdirSync(SCHEMA_ROOT)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(file: string): ValidateFunction {
  const cached = compiled.get(file);
  if (cached) return cached;
  const Ajv = loadDefault<AjvConstructor>('ajv-draft-04');
  const addFormats = loadDefault<(ajv: AjvInstance, formats: string[]) => void>('ajv-formats');
  // unicodeRegExp off: the localisation schemas use patterns like `\b]` that are valid in plain
  // ECMAScript regexes (what the schema authors test with) but not in unicode mode.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
  compiled.set(file, validate);
  return validate;
}

/** `/bots/0/botId` → `bots[0].botId`; localisation keys contain dots and stay one segment. */
function pointerToField(pointer: string): Array<string | number> {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldOf(segments: ReadonlyArray<string | number>, extra?: string): string {
  const all = extra === undefined ? segments : [...segments, extra];
  let out = '';
  for (const s of all) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out === '' ? '(root)' : out;
}

function valueAt(doc: unknown, segments: ReadonlyArray<string | number>): unknown {
  let node: unknown = doc;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

function describe(error: AjvError, doc: unknown, segments: ReadonlyArray<string | number>): PackageIssue {
  const p = error.params;
  const value = valueAt(doc, segments);
  const shown =
    typeof value === 'string' ? ` (is "${value.length > 80 ? `${value.slice(0, 77)}...` : value}")` : '';
  switch (error.keyword) {
    case 'required':
      return { field: fieldOf(segments, String(p.missingProperty)), reason: 'is required by the schema' };
    case 'additionalProperties':
      return {
        field: fieldOf(segments, String(p.additionalProperty)),
        reason: 'is not allowed here by the schema (unknown property)',
      };
    case 'maxLength':
      return {
        field: fieldOf(segments),
        reason: `must be at most ${String(p.limit)} characters${typeof value === 'string' ? ` (has ${value.length})` : ''}`,
      };
    case 'pattern':
      return { field: fieldOf(segments), reason: `must match ${String(p.pattern)}${shown}` };
    case 'enum':
      return {
        field: fieldOf(segments),
        reason: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${shown}`,
      };
    case 'const':
      return { field: fieldOf(segments), reason: `must be ${JSON.stringify(p.allowedValue)}${shown}` };
    default:
      return { field: fieldOf(segments), reason: `${error.message ?? error.keyword}${shown}` };
  }
}

/**
 * Validates a document against a bundled schema; returns one issue per schema error, each
 * with the exact field. `fieldPrefix` names the file for documents other than manifest.json.
 */
export function validateAgainstSchema(doc: unknown, schemaFile: string, fieldPrefix = ''): PackageIssue[] {
  const validate = validatorFor(schemaFile);
  if (validate(doc)) return [];
  const issues: PackageIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const segments = pointerToField(error.instancePath);
    const issue = describe(error, doc, segments);
    const full = { field: fieldPrefix + issue.field, reason: issue.reason };
    const key = `${full.field}|${full.reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(full);
    }
  }
  return issues;
}
