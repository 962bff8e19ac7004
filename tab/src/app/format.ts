import { dateTimeFormat } from '@ambassadors/shared/i18n/date-time-format';
import type { Locale, LocalizedText } from '@ambassadors/shared/i18n/locale';

const TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** A card text in the UI language (the card's own Danish wording for Danish users). */
export function cardText(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/** A calendar day ("2026-11-27") as a day, never shifted by the viewer's time zone. */
export function formatDate(isoDate: string | null | undefined, locale: Locale): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant in the programme's time zone (meetings are planned in it). */
export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Today as a calendar day in a zone, for date inputs' defaults. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Lets a long Danish compound break where its parts join ("Forventnings-afstemning") when a
 * narrow card needs it: a soft hyphen (invisible unless the line breaks there) after the parts
 * the card's titles are built from. Browsers without a Danish hyphenation dictionary would
 * otherwise break such a word anywhere.
 */
export function compoundBreaks(text: string): string {
  return text.replace(/(ambassadør|forventnings|arbejds|fællesskabs|uddannelses)(?=\p{L}{3})/giu, '$1\u00ad');
}
