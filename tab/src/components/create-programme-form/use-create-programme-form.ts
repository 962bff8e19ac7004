import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import { useMayCreateProgramme } from '../../app/use-may-create-programme';
import type { CreateProgrammeFormProps } from './create-programme-form.types';

/** One key per form: a double click or a retry after a lost answer creates one programme. */
function freshKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates a programme; the caller becomes its owner (leader) on the server. The purpose starts as
 * the card's, as in the guided form, so a programme started from an empty board says what it is
 * for; leaders change it in the settings. Someone the tenant's creation policy does not allow is
 * told so, and gets no form to fill in.
 */
export function useCreateProgrammeForm({ onCreated }: CreateProgrammeFormProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [name, setName] = useState('');
  const [key, setKey] = useState(freshKey);
  const mayCreate = useMayCreateProgramme();
  const { saving, problem, save } = useSave();
  const submit = async () => {
    let created: { id: string; name: string } | null = null;
    const ok = await save(async () => {
      created = (
        await api.createProgramme({
          body: { name: name.trim(), locale, purpose: AMBASSADORS_CARD.purpose[locale], idempotencyKey: key },
        })
      ).data;
    });
    if (ok && created) {
      // The next programme from this form is a new one: a fresh key, an empty name.
      setKey(freshKey());
      setName('');
      onCreated((created as { id: string }).id, (created as { name: string }).name);
    }
  };
  return {
    t,
    name,
    setName,
    saving,
    problem,
    canSubmit: name.trim().length > 0,
    /** False only when the server said the policy does not allow the caller. */
    refused: mayCreate === false,
    submit: () => void submit(),
  };
}
