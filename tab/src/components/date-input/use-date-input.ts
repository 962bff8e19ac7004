import { useEffect, useState } from 'react';
import { useAppContext } from '../../app/app-context';
import { DATE_PATTERNS, formatLocalDate, parseLocalDate, parseLocalTime } from '../../app/local-date';
import type { DateInputProps } from './date-input.types';

/**
 * The field's text in the app's language, kept apart from its ISO value while the person types;
 * a finished day (or time) is passed on, and leaving the field shows the value formatted again.
 */
export function useDateInput({ kind = 'date', value, onValueChange }: DateInputProps) {
  const { locale } = useAppContext();
  const format = (v: string) => (kind === 'date' ? formatLocalDate(v, locale) : v);
  const [text, setText] = useState(() => format(value));
  useEffect(() => {
    setText((current) => {
      const parsed = kind === 'date' ? parseLocalDate(current) : parseLocalTime(current);
      return parsed === value ? current : format(value);
    });
    // Only a value from outside (or the language) replaces what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, locale, kind]);
  const change = (next: string) => {
    setText(next);
    const parsed = kind === 'date' ? parseLocalDate(next) : parseLocalTime(next);
    if (parsed !== null && parsed !== value) onValueChange(parsed);
  };
  return {
    text,
    change,
    blur: () => setText(format(value)),
    placeholder: kind === 'date' ? DATE_PATTERNS[locale].placeholder : locale === 'da' ? 'tt:mm' : 'hh:mm',
    lang: locale,
  };
}
