import fs from 'node:fs';
import path from 'node:path';
import { checkIcon, ICON_SIZES, type IconKind } from './icon-rules';
import type { PackageIssue } from './package-issue';
import { HAS_PLACEHOLDER, PLACEHOLDER } from './placeholders';

/**
 * Rules the JSON schema cannot express but Teams (or the admin centre, or the first user who
 * opens the app) enforces. Each returns issues with the exact field, like the schema check.
 */

/** A loosely typed manifest: the schema check has already run, but we stay defensive. */
export type Json = Record<string, unknown>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asObject = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Every `${{...}}` that survived substitution, wherever it is (value of any string field). */
export function unresolvedPlaceholders(doc: unknown, fieldPrefix = ''): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const walk = (node: unknown, field: string): void => {
    if (typeof node === 'string') {
      for (const m of node.matchAll(PLACEHOLDER)) {
        issues.push({ field: fieldPrefix + (field || '(root)'), reason: `unresolved placeholder ${m[0]}` });
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${field}[${i}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, field ? `${field}.${k}` : k);
    }
  };
  walk(doc, '');
  return issues;
}

/** The fields Teams requires to be GUIDs of real registrations (never the nil GUID). */
export function guidRules(manifest: Json): PackageIssue[] {
  const fields: Array<[string, unknown]> = [['id', manifest.id]];
  asArray(manifest.bots).forEach((b, i) => fields.push([`bots[${i}].botId`, asObject(b).botId]));
  asArray(manifest.staticTabs).forEach((t, i) => {
    const contentBotId = asObject(t).contentBotId;
    if (contentBotId !== undefined) fields.push([`staticTabs[${i}].contentBotId`, contentBotId]);
  });
  const web = asObject(manifest.webApplicationInfo);
  if (manifest.webApplicationInfo !== undefined) fields.push(['webApplicationInfo.id', web.id]);

  const issues: PackageIssue[] = [];
  for (const [field, value] of fields) {
    const s = asString(value);
    if (s === undefined || HAS_PLACEHOLDER.test(s)) continue; // reported as missing/unresolved elsewhere
    if (!GUID.test(s))
      issues.push({ field, reason: `must be a GUID like 8f5a1c52-1d6b-4c39-9c1e-3b2a4f6d7e01 (is "${s}")` });
    else if (s === NIL_GUID) issues.push({ field, reason: 'must be a real id, not the nil GUID' });
  }
  const version = asString(manifest.version);
  if (version !== undefined && !SEMVER.test(version)) {
    issues.push({
      field: 'version',
      reason: `must be a version like 1.0.0 (major.minor.patch) (is "${version}")`,
    });
  }
  return issues;
}

/** Relative paths inside the package only: the zip is flat, and `..` would escape it. */
function checkRelativeFile(packageDir: string, field: string, file: string): PackageIssue | undefined {
  if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
    return { field, reason: `must be a path inside appPackage/ (is "${file}")` };
  }
  if (!fs.existsSync(path.join(packageDir, file))) {
    return { field, reason: `file "${file}" does not exist in ${packageDir}` };
  }
  return undefined;
}

/** Every file the manifest references exists; icons have Teams' sizes and colours. */
export function fileRules(manifest: Json, packageDir: string): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const icons = asObject(manifest.icons);
  for (const kind of Object.keys(ICON_SIZES) as IconKind[]) {
    const file = asString(icons[kind]);
    if (file === undefined) continue;
    const field = `icons.${kind}`;
    const missing = checkRelativeFile(packageDir, field, file);
    if (missing) issues.push(missing);
    else issues.push(...checkIcon(kind, path.join(packageDir, file), field));
  }
  const loc = asObject(manifest.localizationInfo);
  const defaultFile = asString(loc.defaultLanguageFile);
  if (defaultFile !== undefined) {
    const missing = checkRelativeFile(packageDir, 'localizationInfo.defaultLanguageFile', defaultFile);
    if (missing) issues.push(missing);
  }
  asArray(loc.additionalLanguages).forEach((lang, i) => {
    const file = asString(asObject(lang).file);
    if (file === undefined) return;
    const missing = checkRelativeFile(packageDir, `localizationInfo.additionalLanguages[${i}].file`, file);
    if (missing) issues.push(missing);
  });
  return issues;
}

/** Does a validDomains entry (possibly `*.example.com`) cover this host? */
export function domainCovers(entry: string, host: string): boolean {
  const e = entry.toLowerCase();
  const h = host.toLowerCase();
  if (e.startsWith('*.')) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
  return e === h;
}

/**
 * Teams only loads tab pages (and completes SSO) on hosts listed in validDomains; a missing
 * entry shows up as a blank tab or "there was a problem reaching this app".
 */
export function domainRules(manifest: Json): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const domains = asArray(manifest.validDomains).map((d) => asString(d) ?? '');
  const seen = new Set<string>();
  domains.forEach((d, i) => {
    const field = `validDomains[${i}]`;
    if (HAS_PLACEHOLDER.test(d)) return;
    if (/^[a-z]+:\/\//i.test(d) || d.includes('/')) {
      issues.push({ field, reason: `must be a host name without scheme or path (is "${d}")` });
    } else if (d === '' || /\s/.test(d) || !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i.test(d)) {
      issues.push({ field, reason: `is not a valid host name (is "${d}")` });
    }
    if (seen.has(d.toLowerCase())) issues.push({ field, reason: `duplicates another entry ("${d}")` });
    seen.add(d.toLowerCase());
  });

  const urls: Array<[string, unknown]> = [];
  asArray(manifest.staticTabs).forEach((t, i) => {
    urls.push([`staticTabs[${i}].contentUrl`, asObject(t).contentUrl]);
  });
  asArray(manifest.configurableTabs).forEach((t, i) => {
    urls.push([`configurableTabs[${i}].configurationUrl`, asObject(t).configurationUrl]);
  });
  for (const [field, value] of urls) {
    const url = asString(value);
    if (url === undefined || HAS_PLACEHOLDER.test(url)) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      issues.push({ field, reason: `is not a valid URL (is "${url}")` });
      continue;
    }
    if (parsed.protocol !== 'https:') issues.push({ field, reason: `must use https (is "${url}")` });
    if (!domains.some((d) => domainCovers(d, parsed.host) || domainCovers(d, parsed.hostname))) {
      issues.push({ field, reason: `host "${parsed.host}" is not listed in validDomains` });
    }
  }

  const web = asObject(manifest.webApplicationInfo);
  const resource = asString(web.resource);
  const id = asString(web.id);
  if (resource !== undefined && !HAS_PLACEHOLDER.test(resource)) {
    const m = /^api:\/\/([^/]+)\/(.+)$/.exec(resource);
    if (!m) {
      issues.push({
        field: 'webApplicationInfo.resource',
        reason: `must be api://<tab domain>/<webApplicationInfo.id> for Teams single sign-on (is "${resource}")`,
      });
    } else {
      const [, host, rest] = m;
      if (!domains.some((d) => domainCovers(d, host!))) {
        issues.push({
          field: 'webApplicationInfo.resource',
          reason: `host "${host}" is not listed in validDomains (SSO tokens are refused for it)`,
        });
      }
      if (id !== undefined && rest !== id) {
        issues.push({
          field: 'webApplicationInfo.resource',
          reason: `must end with webApplicationInfo.id "${id}" (ends with "${rest}")`,
        });
      }
    }
  }
  return issues;
}

/** Resolves a Teams localisation key (`bots[0].commandLists[1].commands[0].title`) in the manifest. */
export function valueAtKey(manifest: Json, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split('.')) {
    const m = /^([A-Za-z0-9_]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    node = asObject(node)[m[1]!];
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(node)) return undefined;
      node = node[Number(idx[1])];
    }
  }
  return node;
}

/** The strings of the manifest a translation must cover (what users of this app see). */
export function localizableKeys(manifest: Json): string[] {
  const keys = ['name.short', 'description.short', 'description.full'];
  if (asString(asObject(manifest.name).full) !== undefined) keys.push('name.full');
  asArray(manifest.staticTabs).forEach((t, i) => {
    if (asString(asObject(t).name) !== undefined) keys.push(`staticTabs[${i}].name`);
  });
  asArray(manifest.bots).forEach((b, bi) => {
    asArray(asObject(b).commandLists).forEach((l, li) => {
      asArray(asObject(l).commands).forEach((_c, ci) => {
        keys.push(`bots[${bi}].commandLists[${li}].commands[${ci}].title`);
        keys.push(`bots[${bi}].commandLists[${li}].commands[${ci}].description`);
      });
    });
  });
  return keys;
}

/**
 * A localisation file is complete (every user-visible string translated), points only at
 * fields that exist (a stale key after a command is removed is silently ignored by Teams and
 * leaves English text behind), declares the manifest's schema version, and has no duplicate
 * command titles in a list.
 */
export function localizationRules(
  manifest: Json,
  file: string,
  loc: Json,
  manifestVersion: string,
): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const prefix = `${file}: `;
  const schema = asString(loc.$schema);
  if (schema !== undefined && !schema.includes(`/v${manifestVersion}/`)) {
    issues.push({
      field: `${prefix}$schema`,
      reason: `must be the v${manifestVersion} localisation schema like manifest.json (is "${schema}")`,
    });
  }
  for (const key of Object.keys(loc)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (valueAtKey(manifest, key) === undefined) {
      issues.push({ field: prefix + key, reason: 'translates a field that does not exist in manifest.json' });
    }
  }
  for (const key of localizableKeys(manifest)) {
    if (loc[key] === undefined) issues.push({ field: prefix + key, reason: 'translation is missing' });
  }
  asArray(manifest.bots).forEach((b, bi) => {
    asArray(asObject(b).commandLists).forEach((l, li) => {
      const seen = new Map<string, number>();
      asArray(asObject(l).commands).forEach((_c, ci) => {
        const key = `bots[${bi}].commandLists[${li}].commands[${ci}].title`;
        const title = asString(loc[key])?.toLowerCase();
        if (title === undefined) return;
        if (seen.has(title)) {
          issues.push({
            field: prefix + key,
            reason: `duplicates the title of commands[${seen.get(title)}] ("${title}")`,
          });
        }
        seen.set(title, ci);
      });
    });
  });
  return issues;
}
