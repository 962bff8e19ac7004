import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD, type ManagementQuestionKey } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import { cardText, formatDate } from '../../app/format';
import type { ManagementQuestionsProps } from './management-questions.types';

/** Answers are appended (who, when, what); a draft survives a failed or conflicting save. */
export function useManagementQuestions({ board, onSaved, onReload, onConfirm }: ManagementQuestionsProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  // One draft, error and save per question: `${group key}:${question index}`.
  const [drafts, setDrafts] = useState<Partial<Record<string, string>>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  async function save(slot: string) {
    const [key, index] = slot.split(':') as [ManagementQuestionKey, string];
    const text = drafts[slot]?.trim();
    if (!text) return;
    setSaving(slot);
    setErrors((e) => ({ ...e, [slot]: undefined }));
    try {
      const saved = await api.answerManagementQuestion({
        params: { id: board.programme.id, key },
        body: { text, question: Number(index) },
        ifMatch: board.programme.etag,
      });
      setDrafts((d) => ({ ...d, [slot]: '' }));
      onSaved(saved.data);
      onConfirm(t('confirm.answerAdded'));
    } catch (e) {
      const message = isApiError(e)
        ? e.isConflict
          ? t('errors.conflictKept')
          : e.message
        : t('errors.unexpected');
      setErrors((errs) => ({ ...errs, [slot]: message }));
      if (isApiError(e) && e.isConflict) await onReload();
    } finally {
      setSaving(null);
    }
  }

  return {
    t,
    groups: AMBASSADORS_CARD.managementQuestions.map((group) => ({
      key: group.key as ManagementQuestionKey,
      title: cardText(group.title, locale),
      questions: group.questions.map((q, index) => ({
        slot: `${group.key}:${index}`,
        text: cardText(q, locale),
        // Each question's own history, oldest first (older answers without an index: the first).
        answers: (board.managementAnswers?.[group.key as ManagementQuestionKey] ?? [])
          .filter((a) => (a.question ?? 0) === index)
          .map((a) => ({ ...a, date: formatDate(a.at, locale) })),
      })),
    })),
    drafts,
    setDraft: (slot: string, text: string) => setDrafts((d) => ({ ...d, [slot]: text })),
    save: (slot: string) => void save(slot),
    saving,
    errors,
  };
}
