import { AMBASSADORS_CARD } from '../card/ambassadors-card';
import type { LocalizedText } from '../i18n/locale';
import type { WorkshopItemKey } from '../model/workshop';

/**
 * An agenda item's title and the card's own words for it: the purpose with the card's
 * explanation, a step's description, a watch-out's description, a question group's questions.
 * Free of schemas, so the tab shows the same guidance the summary card names.
 */
export function workshopItemGuidance(key: WorkshopItemKey): {
  title: LocalizedText;
  guidance: LocalizedText[];
} {
  if (key === 'purpose')
    return {
      title: { da: 'Formål', en: 'Purpose' },
      guidance: [AMBASSADORS_CARD.purpose, ...AMBASSADORS_CARD.explanation],
    };
  const step = AMBASSADORS_CARD.steps.find((s) => s.key === key);
  if (step) return { title: step.title, guidance: [step.description] };
  const watchOut = AMBASSADORS_CARD.watchOuts.find((w) => w.key === key);
  if (watchOut) return { title: watchOut.title, guidance: [watchOut.description] };
  const group = AMBASSADORS_CARD.managementQuestions.find((g) => g.key === key)!;
  return { title: group.title, guidance: [...group.questions] };
}
