import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBASSADORS_CARD, type ManagementQuestionKey } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import { cardText, formatDate } from '../../app/format';
import type { ManagementQuestionsProps } from './management-questions.types';

/** Answers are appended (who, when, what); a draft survives a failed or conflicting save. */
export function useManagementQuestions({ board, onSaved, onReload, onConfirm }: ManagementQuestionsProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [drafts, setDrafts] = useState<Partial<Record<ManagementQuestionKey, string>>>({});
  const [saving, setSaving] = useState<ManagementQuestionKey | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ManagementQuestionKey, string>>>({});

  async function save(key: ManagementQuestionKey) {
    const text = drafts[key]?.trim();
    if (!text) return;
    setSaving(key);
    setErrors((e) => ({ ...e, [key]: undefined }));
    try {
      const saved = await api.answerManagementQuestion({
        params: { id: board.programme.id, key },
        body: { text },
        ifMatch: board.programme.etag,
      });
      setDrafts((d) => ({ ...d, [key]: '' }));
      onSaved(saved.data);
      onConfirm(t('confirm.answerAdded'));
    } catch (e) {
      const message = isApiError(e)
        ? e.isConflict
          ? t('errors.conflictKept')
          : e.message
        : t('errors.unexpected');
      setErrors((errs) => ({ ...errs, [key]: message }));
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
      questions: group.questions.map((q) => cardText(q, locale)),
      answers: (board.managementAnswers?.[group.key as ManagementQuestionKey] ?? []).map((a) => ({
        ...a,
        date: formatDate(a.at, locale),
      })),
    })),
    drafts,
    setDraft: (key: ManagementQuestionKey, text: string) => setDrafts((d) => ({ ...d, [key]: text })),
    save: (key: ManagementQuestionKey) => void save(key),
    saving,
    errors,
  };
}
