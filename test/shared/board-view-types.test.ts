import { readFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(__dirname, '..', '..', 'shared', 'src', 'views', 'board-view.ts');

describe('the board view types', () => {
  it('are types only, derived from the zod schemas, so the tab can import them without loading zod', () => {
    const source = readFileSync(FILE, 'utf8');
    const imports = source.split('\n').filter((line) => /^import\b/.test(line));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports)
      expect({ line, typeOnly: /^import type\b/.test(line) }).toEqual({ line, typeOnly: true });
    expect(source).not.toMatch(/^export (const|function|class|let|enum)\b/m);
    expect(source).not.toMatch(/^export interface\b/m);
  });

  it('load nothing at run time', () => {
    const loaded = require(FILE) as Record<string, unknown>;
    expect(Object.keys(loaded).filter((key) => key !== '__esModule')).toEqual([]);
  });
});
