/**
 * The import graph of the repo's source, built with the TypeScript compiler's own import scanner
 * (ts.preProcessFile), and the cycles in it. Every kind of import counts — `import type` too,
 * and `export … from` — since a type-only cycle still ties two modules into one unit a reader
 * must take in whole. Relative paths and the shared package's exports map are resolved; packages
 * from node_modules are leaves and left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;
const CANDIDATE_ENDINGS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function existingSource(base: string): string | undefined {
  return CANDIDATE_ENDINGS.map((ending) => base + ending).find(
    (candidate) => SOURCE.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

/** `@ambassadors/shared` → its index, `@ambassadors/shared/<path>` → src/<path>.ts (the exports map). */
function resolveImport(from: string, specifier: string, sharedSrc: string): string | undefined {
  if (specifier.startsWith('.')) return existingSource(path.resolve(path.dirname(from), specifier));
  if (specifier === '@ambassadors/shared') return existingSource(path.join(sharedSrc, 'index'));
  if (specifier.startsWith('@ambassadors/shared/')) {
    return existingSource(path.join(sharedSrc, specifier.slice('@ambassadors/shared/'.length)));
  }
  return undefined;
}

/** Every source file under `roots` with the files it imports (paths relative to `repoRoot`). */
export function buildImportGraph(repoRoot: string, roots: string[]): ImportGraph {
  const sharedSrc = path.join(repoRoot, 'shared/src');
  const graph: ImportGraph = new Map();
  for (const file of roots.flatMap((root) => sourceFilesUnder(path.join(repoRoot, root)))) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => resolveImport(file, imported.fileName, sharedSrc))
      .filter((target): target is string => target !== undefined)
      .map((target) => path.relative(repoRoot, target));
    graph.set(path.relative(repoRoot, file), [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components of the graph (Tarjan), each as a list of files. */
function components(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      found.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** The shortest path of imports from `from` to `to` inside one component (both ends included). */
function shortestPath(graph: ImportGraph, from: string, to: string, members: Set<string>): string[] {
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) break;
    for (const target of graph.get(node) ?? []) {
      if (members.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  const path = [to];
  for (let step = to; step !== from; step = cameFrom.get(step)!) path.unshift(cameFrom.get(step)!);
  return path;
}

/** A cycle written from its smallest file name, so the same cycle found twice reads the same. */
function rotated(cycle: string[]): string {
  const start = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(start), ...cycle.slice(0, start), cycle[start]!].join(' → ');
}

/**
 * Every import that closes a cycle, as the shortest cycle through it: "a → b → … → a", from the
 * cycle's first file by name. A file that imports itself counts too.
 */
export function importCycles(graph: ImportGraph): string[] {
  const cycles = new Set<string>();
  for (const component of components(graph)) {
    const members = new Set(component);
    for (const from of component) {
      for (const to of graph.get(from) ?? []) {
        if (!members.has(to)) continue;
        // the import from → to, closed by the shortest way back from `to` to `from`
        const back = from === to ? [from] : shortestPath(graph, to, from, members);
        cycles.add(rotated(from === to ? [from] : [from, ...back.slice(0, -1)]));
      }
    }
  }
  return [...cycles].sort();
}
