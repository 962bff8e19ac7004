import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD, type StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { StepUpdateInputs } from '@ambassadors/shared/views/api-inputs';
import type { Posting } from '@ambassadors/shared/model/programme';
import type { StepStatus } from '@ambassadors/shared/model/step';
import { useAppContext } from '../../app/app-context';
import { cardText } from '../../app/format';
import { useSave } from '../../app/use-save';
import type { EditStepDialogProps } from './edit-step-dialog.types';

function withoutPublishedAt(posting: Posting): Omit<Posting, 'publishedAt'> {
  const { publishedAt: _published, ...rest } = posting;
  return rest;
}

/** The draft a leader starts from: what the board shows now. */
export function initialDraft<K extends StepKey>(board: BoardView, step: K): StepUpdateInputs[K] {
  const state = board.steps.find((s) => s.key === step);
  const meta = { owner: state?.owner ?? null, dueDate: state?.dueDate ?? null, notes: state?.notes ?? '' };
  const byStep: StepUpdateInputs = {
    taskPlan: { ...meta, tasks: board.taskPlan.tasks.map((task) => ({ ...task })) },
    posting: {
      ...meta,
      posting: board.posting.posting ? withoutPublishedAt(board.posting.posting) : null,
      publish: !!board.posting.posting?.publishedAt,
      // Leaders only (the view has them): the list is sent whole; the server keeps old stamps.
      invitations: board.posting.invitations?.map((i) => ({ invitee: { ...i.invitee }, note: i.note })),
    },
    agreement: { ...meta, template: board.agreementTemplate ?? null },
    training: { ...meta, modules: board.trainingModules.map((m) => ({ ...m })) },
    meetings: { ...meta, cadence: board.meetingPlan.cadence, agenda: [...board.meetingPlan.agenda] },
  };
  return byStep[step];
}

/**
 * Editing one step. The draft lives here, not in the board, so a conflict (someone else saved
 * first) or a reload never throws the leader's typing away: "load latest" refreshes the board
 * and its ETag, and saving again sends the same draft.
 */
export function useEditStepDialog({ board, step, onSaved, onReload, onClose }: EditStepDialogProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [draft, setDraft] = useState(() => initialDraft(board, step));
  const current = board.steps.find((s) => s.key === step)?.override ?? null;
  const [status, setStatus] = useState<StepStatus | 'auto'>(current?.status ?? 'auto');
  const [statusNote, setStatusNote] = useState(current?.note ?? '');
  const { saving, problem, save, clearProblem } = useSave();
  const params = { id: board.programme.id, stepKey: step };

  const submit = async () => {
    const saved = await save(async () => {
      const updated = await api.updateStep({ params, body: draft, ifMatch: board.programme.etag });
      // The status override is its own small write, made right after with the new ETag; the
      // board shown afterwards is the last write's answer.
      const etag = updated.etag ?? updated.data.programme.etag;
      if (status === 'auto' && current) return api.clearStepOverride({ params, ifMatch: etag });
      if (status !== 'auto' && (status !== current?.status || statusNote.trim() !== current?.note))
        return api.overrideStepStatus({ params, body: { status, note: statusNote.trim() }, ifMatch: etag });
      return updated;
    });
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };

  return {
    t,
    title: t('editStep.title', {
      step: cardText(AMBASSADORS_CARD.steps.find((s) => s.key === step)!.title, locale),
    }),
    draft,
    setDraft,
    status,
    setStatus,
    statusNote,
    setStatusNote,
    derivedStatus: board.steps.find((s) => s.key === step)?.derivedStatus ?? 'notStarted',
    canSubmit: status === 'auto' || statusNote.trim().length > 0,
    saving,
    problem,
    submit: () => void submit(),
    reloadLatest: () => {
      clearProblem();
      void onReload();
    },
  };
}
