import type { ContainerRequest } from '@azure/cosmos';

/**
 * Checks a Cosmos SQL query against a container definition for what real Cosmos DB refuses or
 * makes expensive but the embedded server accepts silently. The queries of this code base are
 * simple (`SELECT … FROM c WHERE <conjunction> [ORDER BY …]`), so a small reader is enough; a
 * query it cannot read is itself reported.
 */

/** Features the embedded server rejects (toolchain notes); real Cosmos has some, but not all. */
const UNSUPPORTED: Array<[RegExp, string]> = [
  // `@limit` is a parameter, not the keyword.
  [/(?<![@\w])(OFFSET|LIMIT)\b/i, 'OFFSET/LIMIT'],
  [/\bDISTINCT\b/i, 'DISTINCT'],
  [/\bGROUP\s+BY\b/i, 'GROUP BY'],
  [/\bLIKE\b/i, 'LIKE'],
  [/\b(GetCurrent\w*|DateTime\w*|TicksToDateTime|TimestampToDateTime)\s*\(/i, 'date functions'],
];

export interface QueryShape {
  /** Paths compared or tested anywhere in WHERE, as index paths (`/tenantId`). */
  filtered: string[];
  /** Top-level `c.x = <value>` conjuncts: path → value text. */
  equalities: Map<string, string>;
  orderBy: Array<{ path: string; order: 'ascending' | 'descending' }>;
}

export interface CheckOptions {
  /** The query may span partitions on purpose (documented in the store). */
  crossPartition?: boolean;
}

const FIELD = /\bc((?:\.[A-Za-z_]\w*)+)/g;
const toPath = (dotted: string) => dotted.replace(/\./g, '/');

/** Splits on a keyword at parenthesis depth 0. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\(|\)|'[^']*')/);
  for (const token of tokens) {
    if (token === '(') depth += 1;
    if (token === ')') depth -= 1;
    if (depth === 0 && !token.startsWith("'") && token !== '(' && token !== ')') {
      const pieces = token.split(separator);
      current += pieces[0];
      for (const piece of pieces.slice(1)) {
        parts.push(current);
        current = piece;
      }
    } else {
      current += token;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function readQuery(sql: string): QueryShape {
  const match =
    /^\s*SELECT\s+[\s\S]+?\s+FROM\s+c(?:\s+WHERE\s+([\s\S]+?))?(?:\s+ORDER\s+BY\s+([\s\S]+?))?\s*$/i.exec(
      sql,
    );
  if (!match) throw new Error(`query not understood: ${sql}`);
  const where = match[1] ?? '';
  const equalities = new Map<string, string>();
  for (const conjunct of splitTopLevel(where, /\s+AND\s+/i)) {
    const eq = /^c((?:\.[A-Za-z_]\w*)+)\s*=\s*(@\w+|'[^']*'|-?\d+(?:\.\d+)?|true|false)$/i.exec(conjunct);
    if (eq) equalities.set(toPath(eq[1]!), eq[2]!);
  }
  const orderBy = (match[2] ? match[2].split(',') : []).map((term) => {
    const o = /^\s*c((?:\.[A-Za-z_]\w*)+)(?:\s+(ASC|DESC))?\s*$/i.exec(term);
    if (!o) throw new Error(`ORDER BY term not understood: ${term}`);
    return {
      path: toPath(o[1]!),
      order: (o[2]?.toUpperCase() === 'DESC' ? 'descending' : 'ascending') as 'ascending' | 'descending',
    };
  });
  const filtered = [...new Set([...where.matchAll(FIELD)].map((m) => toPath(m[1]!)))];
  return { filtered, equalities, orderBy };
}

/**
 * Whether the consistent index covers a scalar path: the most specific matching rule wins, as
 * in Cosmos (`/a/?` over `/a/*` over `/*`).
 */
export function isIndexed(container: ContainerRequest, path: string): boolean {
  const policy = container.indexingPolicy;
  const included = (policy?.includedPaths ?? [{ path: '/*' }]).map((p) => p.path);
  const excluded = (policy?.excludedPaths ?? []).map((p) => p.path);
  const specificity = (rule: string): number => {
    if (rule === `${path}/?`) return 3;
    if (rule.endsWith('/*') && `${path}/`.startsWith(rule.slice(0, -1))) return 1 + rule.length / 1000;
    return -1;
  };
  const best = (rules: string[]) => Math.max(-1, ...rules.map(specificity));
  const inc = best(included);
  return inc >= 0 && inc > best(excluded);
}

function partitionPaths(container: ContainerRequest): string[] {
  const key = container.partitionKey;
  if (!key || typeof key === 'string') return typeof key === 'string' ? [key] : [];
  return key.paths;
}

/** What is wrong with the query on this container; empty when nothing. */
export function checkQuery(sql: string, container: ContainerRequest, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  for (const [pattern, name] of UNSUPPORTED) if (pattern.test(sql)) problems.push(`uses ${name}`);
  let shape: QueryShape;
  try {
    shape = readQuery(sql);
  } catch (error) {
    return [...problems, (error as Error).message];
  }

  const keyPaths = partitionPaths(container);
  if (!options.crossPartition) {
    // The first level at least: a hierarchical key's prefix routes to that tenant's partitions.
    const first = keyPaths[0];
    if (first && !shape.equalities.has(first))
      problems.push(`does not filter by the partition key ${first} (an equality in WHERE)`);
  }

  for (const path of [...shape.filtered, ...shape.orderBy.map((o) => o.path)]) {
    if (!isIndexed(container, path)) problems.push(`${path} is not in the indexing policy`);
  }

  if (shape.orderBy.length > 0) {
    // Real Cosmos refuses ORDER BY on several fields without a composite index; with equality
    // filters next to ORDER BY it needs one (filters first, then the order) not to scan.
    const keyFilters = new Set(options.crossPartition ? [] : keyPaths);
    const filters = [...shape.equalities.keys()].filter((p) => !keyFilters.has(p));
    if (shape.orderBy.length > 1 || filters.length > 0) {
      const composites = container.indexingPolicy?.compositeIndexes ?? [];
      const wanted = shape.orderBy;
      const found = composites.some((index) => {
        if (index.length !== filters.length + wanted.length) return false;
        const head = index.slice(0, filters.length).map((p) => p.path);
        const tail = index.slice(filters.length);
        const sameDirection = tail.every(
          (p, i) => p.path === wanted[i]!.path && (p.order ?? 'ascending') === wanted[i]!.order,
        );
        const reversed = tail.every(
          (p, i) => p.path === wanted[i]!.path && (p.order ?? 'ascending') !== wanted[i]!.order,
        );
        return [...head].sort().join() === [...filters].sort().join() && (sameDirection || reversed);
      });
      if (!found)
        problems.push(
          `needs a composite index (${[...filters.map((p) => `${p} ASC`), ...wanted.map((o) => `${o.path} ${o.order === 'ascending' ? 'ASC' : 'DESC'}`)].join(', ')})`,
        );
    }
  }
  return problems;
}
