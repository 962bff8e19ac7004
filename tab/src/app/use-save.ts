import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { FieldProblem } from '@ambassadors/shared/errors/validation-messages';
import { isApiError, type ApiError } from '../api/api-error';

export interface SaveProblem {
  /** Someone else saved first: the form keeps the user's input and offers to load the latest. */
  conflict: boolean;
  message: string;
  /** The fields at fault, for the form to mark and focus (validation failures only). */
  fields: readonly FieldProblem[];
}

/**
 * The fields a failure names: the validation list, or the one field a rule named (a value out
 * of a programme's bounds), so every form marks and focuses it the same way.
 */
function fieldsAtFault(error: ApiError): readonly FieldProblem[] {
  if (error.fields.length > 0 || !error.field) return error.fields;
  return [{ path: error.field, label: '', message: error.message }];
}

/**
 * The save cycle every form shares: busy flag, the server's message on failure (in the user's
 * language), and conflicts singled out so the form can keep the input and explain.
 */
export function useSave() {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  /** Runs one save; on success its answer (wrapped, so a void answer is still "saved"), else null. */
  async function save<T>(action: () => Promise<T>): Promise<{ value: T } | null> {
    setSaving(true);
    setProblem(null);
    try {
      return { value: await action() };
    } catch (error) {
      if (isApiError(error)) {
        const conflict =
          error.status === 409 && (error.code === 'CONFLICT' || error.code === 'AGREEMENT_VERSION_STALE');
        setProblem({
          conflict,
          message: conflict ? t('errors.conflictKept') : error.message,
          fields: fieldsAtFault(error),
        });
      } else {
        setProblem({ conflict: false, message: t('errors.unexpected'), fields: [] });
      }
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { saving, problem, save, clearProblem: () => setProblem(null) };
}
