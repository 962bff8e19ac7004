/** The two languages the product speaks. Danish is the card's original and the default. */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';

/** A text in both product languages. Danish follows the card's own wording. */
export interface LocalizedText {
  da: string;
  en: string;
}

/**
 * Picks a supported locale from a BCP 47 tag or an Accept-Language header ("en-GB,da;q=0.8").
 * Teams sends tags like "da-dk"; anything we do not speak falls back to Danish.
 */
export function pickLocale(
  tagOrHeader: string | undefined | null,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  if (!tagOrHeader) return fallback;
  const tags = tagOrHeader
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const primary = tag.split('-')[0];
    if (primary === 'da' || primary === 'en') return primary;
    if (primary === 'nb' || primary === 'no' || primary === 'sv') return 'da';
  }
  return fallback;
}
