import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { CreateProgrammeFormProps } from './create-programme-form.types';

/**
 * Creates a programme; the caller becomes its owner (leader) on the server. The purpose starts as
 * the card's, as in the guided form, so a programme started from an empty board says what it is
 * for; leaders change it in the settings.
 */
export function useCreateProgrammeForm({ onCreated }: CreateProgrammeFormProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [name, setName] = useState('');
  const { saving, problem, save } = useSave();
  const submit = async () => {
    let created: { id: string; name: string } | null = null;
    const ok = await save(async () => {
      created = (
        await api.createProgramme({
          body: { name: name.trim(), locale, purpose: AMBASSADORS_CARD.purpose[locale] },
        })
      ).data;
    });
    if (ok && created) onCreated((created as { id: string }).id, (created as { name: string }).name);
  };
  return {
    t,
    name,
    setName,
    saving,
    problem,
    canSubmit: name.trim().length > 0,
    submit: () => void submit(),
  };
}
