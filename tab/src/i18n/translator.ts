import type { Locale } from '@ambassadors/shared/i18n/locale';
import type { Texts } from './load-texts';

/** What a text may be given: values for its `{{placeholders}}`, `count` for plurals, a default. */
export type TOptions = Record<string, unknown> & {
  count?: number;
  /** Said when the key has no text (a code the texts do not know yet). */
  defaultValue?: string;
  lng?: Locale;
};

export type TFunction = (key: string, options?: TOptions) => string;

/**
 * The tab's texts in one or both languages, and the one way to read them. It does what the tab
 * uses of i18next and no more — nested keys (`board.error.NETWORK`), `{{name}}` placeholders,
 * plurals by `count` (`_one` / `_other`, chosen by Intl.PluralRules for the language), a default,
 * English as the fallback — in a few hundred bytes instead of i18next's 40 KB in the first view.
 */
export interface Translator {
  readonly language: Locale;
  readonly t: TFunction;
  exists(key: string, options?: { lng?: Locale }): boolean;
  hasResourceBundle(lng: Locale, namespace: 'translation'): boolean;
  /** Adds texts (a lazy chunk's) to a language; `overwrite: false` keeps texts already there. */
  addResourceBundle(
    lng: Locale,
    namespace: 'translation',
    texts: Texts,
    deep?: boolean,
    overwrite?: boolean,
  ): void;
}

const FALLBACK: Locale = 'en';

function lookup(texts: Texts | undefined, key: string): unknown {
  let node: unknown = texts;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function merge(target: Texts, source: Texts, overwrite: boolean): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (value && typeof value === 'object' && existing && typeof existing === 'object') {
      merge(existing as Texts, value as Texts, overwrite);
    } else if (overwrite || existing === undefined) {
      target[key] = value && typeof value === 'object' ? structuredClone(value) : value;
    }
  }
}

/** `{{name}}` → the option's value; a placeholder with no value is left as it is, to be seen. */
function interpolate(text: string, options: TOptions): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function createTranslator(locale: Locale, texts: Partial<Record<Locale, Texts>>): Translator {
  const bundles: Partial<Record<Locale, Texts>> = {};
  for (const [lng, bundle] of Object.entries(texts) as [Locale, Texts][])
    bundles[lng] = structuredClone(bundle);
  const plurals = new Map<Locale, Intl.PluralRules>();
  const pluralOf = (lng: Locale, count: number) => {
    let rules = plurals.get(lng);
    if (!rules) {
      rules = new Intl.PluralRules(lng);
      plurals.set(lng, rules);
    }
    return rules.select(count);
  };
  const languages = (lng: Locale) => (lng === FALLBACK ? [lng] : [lng, FALLBACK]);

  const resolve = (key: string, options: TOptions): string | undefined => {
    for (const lng of languages(options.lng ?? locale)) {
      const bundle = bundles[lng];
      if (typeof options.count === 'number') {
        const plural = lookup(bundle, `${key}_${pluralOf(lng, options.count)}`);
        if (typeof plural === 'string') return plural;
      }
      const text = lookup(bundle, key);
      if (typeof text === 'string') return text;
    }
    return undefined;
  };

  const t: TFunction = (key, options = {}) => {
    const text = resolve(key, options) ?? options.defaultValue ?? key;
    return interpolate(text, options);
  };

  return {
    language: locale,
    t,
    exists: (key, options = {}) => resolve(key, options) !== undefined,
    hasResourceBundle: (lng) => bundles[lng] !== undefined,
    addResourceBundle(lng, _namespace, added, _deep = true, overwrite = false) {
      const bundle = (bundles[lng] ??= {});
      merge(bundle, added, overwrite);
    },
  };
}
