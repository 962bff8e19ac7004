/**
 * Wall-clock times in a named IANA zone with nothing but `Intl`: meetings are planned in the
 * PROGRAMME's zone, whatever zone the leader's browser is in (a leader travelling, or a shared
 * programme across sites), so `<input type="datetime-local">` values must not go through the
 * browser's own zone. Kept i18n-free and dependency-free so the first view's bundle stays small.
 */

const PARTS_FORMAT = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = PARTS_FORMAT.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    PARTS_FORMAT.set(timeZone, format);
  }
  return format;
}

function wallParts(instant: Date, timeZone: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') result[part.type] = Number(part.value);
  }
  return result;
}

/** The zone's offset from UTC at an instant, in milliseconds (CEST: +7 200 000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "2026-12-01T10:00" — the wall-clock time in `timeZone`, as a datetime-local input wants it. */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const p = wallParts(instant, timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The instant at which the wall clock in `timeZone` shows `wallTime` ("YYYY-MM-DDTHH:mm"), or
 * null when the text is not such a time. A time that does not exist (skipped by a DST change)
 * lands just after the gap; a repeated one takes its first occurrence.
 */
export function instantFromWallTime(wallTime: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // Two passes settle the offset, also on the days the zone changes it.
  const first = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
  const second = asUtc - zoneOffsetMs(new Date(first), timeZone);
  const earlier = Math.min(first, second);
  return new Date(wallTimeIn(new Date(earlier), timeZone) === wallTime ? earlier : Math.max(first, second));
}

/**
 * The zone as people read it next to a field: its IANA id and its current offset, e.g.
 * "Europe/Copenhagen (GMT+1)". The offset uses the given instant so summer time shows as such.
 */
export function describeZone(timeZone: string, localeTag: string, at: Date = new Date()): string {
  const offset = new Intl.DateTimeFormat(localeTag, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return offset ? `${timeZone} (${offset})` : timeZone;
}
