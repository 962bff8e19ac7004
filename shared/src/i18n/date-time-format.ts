const FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat for a language tag and options, made once and kept: building one costs
 * far more than formatting with it (tens of microseconds against one or two), and the board,
 * every card and every reminder format many dates with the same few shapes. The options are few
 * and fixed in code, so the cache stays small.
 */
export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    FORMATS.set(key, format);
  }
  return format;
}
