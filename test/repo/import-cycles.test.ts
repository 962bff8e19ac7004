/**
 * No two modules of the server, the domain or the tab import each other, even through a chain
 * and even for types only: each can be read, tested and moved on its own.
 */
import path from 'node:path';
import { buildImportGraph, importCycles } from '../support/import-graph';

const ROOT = path.resolve(__dirname, '../..');

describe('import cycles', () => {
  it('are found with their path, type-only ones included', () => {
    const graph = buildImportGraph(ROOT, ['test/fixtures/import-cycle']);
    expect(importCycles(graph)).toEqual([
      'test/fixtures/import-cycle/first.ts → test/fixtures/import-cycle/second.ts → test/fixtures/import-cycle/first.ts',
    ]);
  });

  it('resolve the shared package through its exports map', () => {
    const graph = buildImportGraph(ROOT, ['bot/src']);
    const targets = [...graph.values()].flat();
    expect(targets).toEqual(expect.arrayContaining([expect.stringMatching(/^shared\/src\/.+\.ts$/)]));
  });

  it('are none in bot/src, shared/src and tab/src', () => {
    const graph = buildImportGraph(ROOT, ['bot/src', 'shared/src', 'tab/src']);
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });
});
