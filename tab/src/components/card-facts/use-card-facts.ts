import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { cardText } from '../../app/format';

/** The card's own texts in the UI language (Danish exactly as printed on the card). */
export function useCardFacts() {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const card = AMBASSADORS_CARD;
  const text = (value: { da: string; en: string }) => cardText(value, locale);
  return {
    t,
    title: text(card.title),
    headline: text(card.headline),
    subtitle: text(card.subtitle),
    purpose: text(card.purpose),
    explanation: card.explanation.map(text),
    quote: text(card.quote.text),
    attribution: text(card.quote.attribution),
    duration: t('card.minutes', { count: card.facts.durationMinutes }),
    participants: text(card.facts.participants),
    tags: card.facts.tags.join(' '),
    factBoxTitle: text(card.factBox.title),
    factBoxText: text(card.factBox.text),
  };
}
