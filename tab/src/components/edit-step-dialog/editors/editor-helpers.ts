/** One list item per line: how leaders type responsibilities, expectations and themes. */
export function toLines(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

export function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A new, URL-safe id for a task or module the leader adds. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export function toNumber(text: string, fallback = 0): number {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : fallback;
}
