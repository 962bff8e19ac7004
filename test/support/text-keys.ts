/** Every text key of a locale file, dotted (`board.error.NETWORK`), for the locale files' tests. */
export function textKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => textKeys(child, prefix ? `${prefix}.${key}` : key));
}
