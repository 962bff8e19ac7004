/**
 * The README's configuration table is the operator's manual: it must name every environment
 * variable the server reads, with the default the schema really applies, and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { configSchema } from '../../bot/src/runtime/app-config';

const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

interface Row {
  variable: string;
  defaultCell: string;
}

/** The rows of the first table under "## Configuration": `VARIABLE` | default | meaning. */
function configurationRows(markdown: string): Row[] {
  const section = markdown.split(/^## Configuration$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [variable = '', defaultCell = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return { variable: variable.replace(/`/g, ''), defaultCell };
    });
}

/** What the schema gives a variable that is not set: its default, or undefined. */
function schemaDefault(variable: keyof typeof configSchema.shape): unknown {
  const result = configSchema.shape[variable].safeParse(undefined);
  return result.success ? result.data : undefined;
}

describe('the README configuration table', () => {
  const rows = configurationRows(README);
  const variables = Object.keys(configSchema.shape) as (keyof typeof configSchema.shape)[];

  it('lists every variable of the schema once, and no other', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect([...rows.map((row) => row.variable)].sort()).toEqual([...variables].sort());
  });

  it.each(variables)('gives %s the default the schema applies', (variable) => {
    const row = rows.find((candidate) => candidate.variable === variable);
    expect(row).toBeDefined();
    const fallback = schemaDefault(variable);
    if (fallback === undefined) {
      // No default in the schema: the cell says what happens instead, never a bare value.
      expect(row?.defaultCell).not.toMatch(/^`[^`]*`$/);
    } else {
      expect(row?.defaultCell).toBe(`\`${String(fallback)}\``);
    }
  });
});
