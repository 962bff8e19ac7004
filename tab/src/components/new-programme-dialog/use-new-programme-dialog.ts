import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import { DEFAULT_SETTINGS } from '@ambassadors/shared/model/settings';
import { isApiError } from '../../api/api-error';
import { useAppContext } from '../../app/app-context';
import { todayIn } from '../../app/format';
import { useSave } from '../../app/use-save';
import { useMayCreateProgramme } from '../../app/use-may-create-programme';
import type { NewProgrammeDialogProps, NewProgrammeFields } from './new-programme-dialog.types';

const ZONE = 'Europe/Copenhagen';

function freshKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The short guided form that starts a programme: what the card asks for first, its purpose
 * prefilled from the card. The form makes one idempotency key, so a double click or a retry
 * after a lost answer creates one programme; after creating, the form is gone and the new
 * programme opens.
 */
export function useNewProgrammeDialog({ onCreated, onClose }: NewProgrammeDialogProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [key] = useState(freshKey);
  const refused = useMayCreateProgramme() === false;
  const [fields, setFields] = useState<NewProgrammeFields>({
    name: '',
    purpose: AMBASSADORS_CARD.purpose[locale],
    targetGroup: '',
    startDate: todayIn(ZONE),
    endDate: '',
    locale,
    timeZone: ZONE,
    termMonthsDefault: String(DEFAULT_SETTINGS.termMonthsDefault),
    hoursPerMonth: String(DEFAULT_SETTINGS.hoursPerMonth),
  });
  const [fieldProblem, setFieldProblem] = useState<{ field: string; message: string } | null>(null);
  const { saving, problem, save } = useSave();

  const submit = async () => {
    let createdId: string | null = null;
    setFieldProblem(null);
    const ok = await save(async () => {
      try {
        const response = await api.createProgramme({
          body: {
            name: fields.name.trim(),
            locale: fields.locale,
            purpose: fields.purpose.trim(),
            targetGroup: fields.targetGroup.trim(),
            startDate: fields.startDate,
            timeZone: fields.timeZone.trim(),
            ...(fields.endDate ? { endDate: fields.endDate } : {}),
            settings: {
              termMonthsDefault: Number(fields.termMonthsDefault),
              hoursPerMonth: Number(fields.hoursPerMonth),
            },
          },
          idempotencyKey: key,
        });
        createdId = response.data.id;
      } catch (error) {
        if (isApiError(error) && error.field) setFieldProblem({ field: error.field, message: error.message });
        throw error;
      }
    });
    if (ok && createdId) {
      // Close first: the board then loads the new programme with no dialog left over it.
      onClose();
      onCreated(createdId);
    }
  };

  return {
    t,
    fields,
    set: <K extends keyof NewProgrammeFields>(name: K, value: NewProgrammeFields[K]) =>
      setFields((current) => ({ ...current, [name]: value })),
    problemOf: (field: string) => (fieldProblem?.field === field ? fieldProblem.message : undefined),
    saving,
    problem,
    /** The tenant's creation policy does not allow the caller: the dialog says so, no form. */
    refused,
    canSubmit: !refused && fields.name.trim().length > 0,
    submit: () => void submit(),
  };
}
