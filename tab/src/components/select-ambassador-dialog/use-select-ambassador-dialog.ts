import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { applicantMessageOf } from '@ambassadors/shared/rules/application-round';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { SelectAmbassadorDialogProps } from './select-ambassador-dialog.types';

/**
 * Select (or decline) an applicant — always with a reason: the management team's "why have we
 * chosen these particular ambassadors?" is answered at the moment of choosing. A decline has two
 * texts: the internal note stays with the leaders; the applicant reads only their message (or
 * the kind default), previewed here exactly as they will see it.
 */
export function useSelectAmbassadorDialog({
  board,
  application,
  onSaved,
  onClose,
}: SelectAmbassadorDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [outcome, setOutcome] = useState<'selected' | 'declined'>('selected');
  const [reason, setReason] = useState('');
  const [applicantMessage, setApplicantMessage] = useState('');
  // Exactly what the applicant will read: the same shared rule the board, export and bot card use.
  const preview = applicantMessageOf(
    { outcome, applicantMessage: applicantMessage.trim() || undefined },
    board.programme.locale,
  );
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const saved = await save(() =>
      api.decideApplication({
        params: { id: board.programme.id, appId: application.id },
        body:
          outcome === 'declined'
            ? { outcome, reason: reason.trim(), applicantMessage: applicantMessage.trim() }
            : { outcome, reason: reason.trim() },
      }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    outcome,
    setOutcome,
    reason,
    setReason,
    applicantMessage,
    setApplicantMessage,
    preview,
    saving,
    problem,
    canSubmit: reason.trim().length > 0,
    submit: () => void submit(),
  };
}
