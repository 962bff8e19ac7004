import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { WithdrawBody } from '@ambassadors/shared/views/api-inputs';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { WithdrawDialogProps } from './withdraw-dialog.types';

/**
 * Ends an ambassador's role before the term is over. The reason is required (the server keeps
 * it with who and when) and the dialog says plainly that the role ends now and that a planned
 * exit — debrief, thanks, hand-over — follows, so leaders do not mistake it for a pause.
 */
export function useWithdrawDialog({ board, ambassador, onSaved, onClose }: WithdrawDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [reason, setReason] = useState('');
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const body: WithdrawBody = { reason: reason.trim() };
    const saved = await save(() =>
      api.withdraw({
        params: { id: board.programme.id, ambId: ambassador.id },
        body,
        ifMatch: ambassador.etag ?? null,
      }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    name: ambassador.person.displayName,
    reason,
    setReason,
    saving,
    problem,
    canSubmit: reason.trim().length > 0 && reason.trim().length <= 2000,
    submit: () => void submit(),
  };
}
