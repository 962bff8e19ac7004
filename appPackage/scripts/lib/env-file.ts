/**
 * Reads the Agents Toolkit's `env/.env.<env>` files (dotenv syntax) plus the documented example
 * values this project keeps in comments: a `# example: VALUE` line right above `KEY=` gives the
 * value `npm run package` uses while KEY is still empty. Keeping examples in comments lets the
 * Toolkit see the keys as empty (so `provision` still creates the resources) while a fresh
 * clone can already build and inspect the package.
 */
export interface EnvFile {
  /** Keys with their values as written (empty string when `KEY=`). */
  values: Map<string, string>;
  /** Keys with the value of their `# example:` comment. */
  examples: Map<string, string>;
}

const KEY_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const EXAMPLE_LINE = /^#\s*example:\s*(.*)$/i;

/** Removes matching surrounding quotes and, for unquoted values, a trailing ` # comment`. */
function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    const inner = value.slice(1, -1);
    return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\"/g, '"') : inner;
  }
  const comment = value.search(/\s#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

export function parseEnvFile(text: string): EnvFile {
  const values = new Map<string, string>();
  const examples = new Map<string, string>();
  let pendingExample: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      pendingExample = undefined;
      continue;
    }
    if (line.startsWith('#')) {
      const example = EXAMPLE_LINE.exec(line);
      if (example) pendingExample = example[1]!.trim();
      continue;
    }
    const match = KEY_LINE.exec(line);
    if (!match) {
      pendingExample = undefined;
      continue;
    }
    const key = match[1]!;
    values.set(key, unquote(match[2]!));
    if (pendingExample !== undefined) examples.set(key, pendingExample);
    pendingExample = undefined;
  }
  return { values, examples };
}
