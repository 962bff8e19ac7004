import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '@ambassadors/shared/errors/validation-messages';
import { isApiError } from '../api/api-error';

export interface SaveProblem {
  /** Someone else saved first: the form keeps the user's input and offers to load the latest. */
  conflict: boolean;
  message: string;
  /** The fields at fault, for the form to mark and focus (validation failures only). */
  fields: readonly FieldProblem[];
}

/**
 * The save cycle every form shares: busy flag, the server's message on failure (in the user's
 * language), and conflicts singled out so the form can keep the input and explain.
 */
export function useSave() {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  async function save(action: () => Promise<unknown>): Promise<boolean> {
    setSaving(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      if (isApiError(error)) {
        const conflict =
          error.status === 409 && (error.code === 'CONFLICT' || error.code === 'AGREEMENT_VERSION_STALE');
        setProblem({
          conflict,
          message: conflict ? t('errors.conflictKept') : error.message,
          fields: error.fields,
        });
      } else {
        setProblem({ conflict: false, message: t('errors.unexpected'), fields: [] });
      }
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { saving, problem, save, clearProblem: () => setProblem(null) };
}
