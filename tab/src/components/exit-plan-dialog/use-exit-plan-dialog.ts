import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ExitPlanBody } from '@ambassadors/shared/views/api-inputs';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { ExitPlanDialogProps } from './exit-plan-dialog.types';

/**
 * The planned exit: a debrief date, whether the debrief was held, whether thanks were sent, and
 * the hand-over notes. The route stamps nothing itself, so "held" and "thanked" keep their first
 * timestamp while still ticked and become null when unticked. Only what the form knows is sent:
 * for a current ambassador (no plan on the board yet) empty fields are left out, so saving never
 * wipes a plan the board did not show.
 */
export function useExitPlanDialog({ board, target, onSaved, onClose }: ExitPlanDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const exit = target.exit;
  const [debriefDate, setDebriefDate] = useState(exit?.debriefDate ?? '');
  const [debriefHeld, setDebriefHeld] = useState(!!exit?.debriefHeldAt);
  const [thanked, setThanked] = useState(!!exit?.thankedAt);
  const [handoverNotes, setHandoverNotes] = useState(exit?.handoverNotes ?? '');
  const { saving, problem, save } = useSave();

  function body(now: string): ExitPlanBody {
    const known = exit !== null;
    const result: ExitPlanBody = {};
    if (debriefDate) result.debriefDate = debriefDate;
    if (known || debriefHeld) result.debriefHeldAt = debriefHeld ? (exit?.debriefHeldAt ?? now) : null;
    if (known || thanked) result.thankedAt = thanked ? (exit?.thankedAt ?? now) : null;
    if (known || handoverNotes.trim()) result.handoverNotes = handoverNotes.trim();
    return result;
  }

  const submit = async () => {
    const saved = await save(() =>
      api.planExit({
        params: { id: board.programme.id, ambId: target.id },
        body: body(new Date().toISOString()),
        ifMatch: target.etag,
      }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    name: target.name,
    debriefDate,
    setDebriefDate,
    debriefHeld,
    setDebriefHeld,
    thanked,
    setThanked,
    handoverNotes,
    setHandoverNotes,
    saving,
    problem,
    canSubmit: Object.keys(body(new Date(0).toISOString())).length > 0,
    submit: () => void submit(),
  };
}
