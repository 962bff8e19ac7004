/**
 * Graph and Entra ask a throttled client to wait with `Retry-After`: seconds, or an HTTP date.
 * Missing or unreadable → `fallbackSeconds`; never negative.
 */
export function retryAfterSeconds(header: string | null, now: Date, fallbackSeconds = 1): number {
  if (header === null || header.trim() === '') return fallbackSeconds;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return fallbackSeconds;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
