import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { idSchema } from '@ambassadors/shared/model/common';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';

/**
 * Erasing a person: a leader within the programme open on the board, or — ticking "whole
 * organisation" — a tenant administrator everywhere (the server decides from the token; anybody
 * else gets its refusal in their language). Asks once more before it erases.
 */
export function useErasePerson(programmeId: string | null) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [userId, setUserId] = useState('');
  const [tenantWide, setTenantWide] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const valid = idSchema.safeParse(userId.trim()).success;
  const erase = async () => {
    if (!valid) return;
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const body = { userId: userId.trim() };
      const { data } = tenantWide
        ? await api.eraseInTenant({ body })
        : await api.eraseInProgramme({ params: { id: programmeId ?? '' }, body });
      setOutcome({ ok: true, message: t('privacy.erase.done', { ...data }) });
      setUserId('');
    } catch (error) {
      setOutcome({ ok: false, message: isApiError(error) ? error.message : t('privacy.erase.failed') });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return {
    userId,
    setUserId: (value: string) => {
      setUserId(value);
      setConfirming(false);
    },
    tenantWide,
    setTenantWide,
    confirming,
    busy,
    valid,
    outcome,
    erase,
  };
}
