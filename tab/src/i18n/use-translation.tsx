import { createContext, useContext, type ReactNode } from 'react';
import type { TFunction, Translator } from './translator';

const TranslatorContext = createContext<Translator | null>(null);

/** Gives every component below the app's translator (one language, fixed for the page). */
export function TranslationProvider({ i18n, children }: { i18n: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={i18n}>{children}</TranslatorContext.Provider>;
}

/** The texts in the person's language: `t` reads one, `i18n` adds a lazy chunk's texts. */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const i18n = useContext(TranslatorContext);
  if (!i18n) throw new Error('useTranslation outside TranslationProvider');
  return { t: i18n.t, i18n };
}
