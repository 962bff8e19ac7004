import type { PackageEnv, ResolvedValue } from './package-env';
import type { PackageIssue } from './package-issue';

/** The Toolkit's placeholder syntax: `${{NAME}}`. */
export const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface SubstitutionResult<T> {
  value: T;
  /** Every variable that was filled, with where its value came from. */
  used: Map<string, ResolvedValue>;
  issues: PackageIssue[];
}

/** Formats a path the way Teams localisation keys do: `bots[0].commandLists[1].commands[0]`. */
export function formatField(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Replaces placeholders inside every string of a parsed JSON document (not in the raw text, so
 * a value with quotes or backslashes can never break the JSON). A placeholder without a value
 * stays in place and is reported with the exact field it sits in.
 */
export function substitutePlaceholders<T>(doc: T, env: PackageEnv, fieldPrefix = ''): SubstitutionResult<T> {
  const used = new Map<string, ResolvedValue>();
  const issues: PackageIssue[] = [];
  const walk = (node: unknown, segments: Array<string | number>): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        const resolved = env.lookup(name);
        if (!resolved) {
          issues.push({
            field: fieldPrefix + formatField(segments),
            reason:
              `placeholder \${{${name}}} has no value: set ${name} in ${env.envFileLabel} (or the process environment)` +
              (env.hasExample(name)
                ? '; its example value is refused in --strict mode: provision first'
                : ''),
          });
          return whole;
        }
        used.set(name, resolved);
        return resolved.value;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...segments, i]));
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        out[key] = walk(child, [...segments, key]);
      }
      return out;
    }
    return node;
  };
  return { value: walk(doc, []) as T, used, issues };
}

/** Non-global twin of PLACEHOLDER for plain tests (a global regex keeps state between calls). */
export const HAS_PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/;
