import type { Locale } from '@ambassadors/shared/i18n/locale';

/**
 * Dates as the app's language writes them, for the date fields. Chromium draws a native
 * `<input type="date">` in the browser's locale and ignores `lang` (a Danish UI in an English
 * browser showed "03/05/2026" for 5 March), so the fields are text fields that format and read
 * dates themselves: Danish "05.03.2026", English (en-GB) "05/03/2026". The value stays ISO.
 */
export const DATE_PATTERNS: Readonly<Record<Locale, { separator: string; placeholder: string }>> = {
  da: { separator: '.', placeholder: 'dd.mm.åååå' },
  en: { separator: '/', placeholder: 'dd/mm/yyyy' },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO day ("2026-03-05") as the language writes it; anything else is shown as it is. */
export function formatLocalDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const sep = DATE_PATTERNS[locale].separator;
  return `${match[3]}${sep}${match[2]}${sep}${match[1]}`;
}

/**
 * What a person typed as a day, in either language's way (day first: "5.3.2026", "05/03/2026",
 * "5-3-2026") or ISO ("2026-03-05"): the ISO day, '' for an empty field, null when it is no real
 * day (31.02.2026 included).
 */
export function parseLocalDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A time of day as typed ("9:00", "09.00", "14:30"): "HH:mm" in 24 hours, '' when empty, null when no time. */
export function parseLocalTime(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}
