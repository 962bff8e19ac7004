import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { DateInput } from '../date-input';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { StepUpdateInputs } from '@ambassadors/shared/views/api-inputs';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { EditStepDialogProps } from './edit-step-dialog.types';
import { useEditStepDialog } from './use-edit-step-dialog';
import { useEditStepDialogStyles } from './edit-step-dialog.styles';
import { TaskPlanEditor } from './editors/task-plan-editor';
import { PostingEditor } from './editors/posting-editor';
import { AgreementEditor } from './editors/agreement-editor';
import { TrainingEditor } from './editors/training-editor';
import { MeetingsEditor } from './editors/meetings-editor';

/** A leader edits one step: owner, due date, notes and the step's own content. */
export function EditStepDialog(props: EditStepDialogProps) {
  const { board, step } = props;
  const view = useEditStepDialog(props);
  const styles = useEditStepDialogStyles();
  const { t, draft } = view;
  const fieldError = fieldErrorsOf(view.problem);
  const owners = [...board.programme.owners, ...board.ambassadors.map((a) => a.person)].filter(
    (p, i, all) => all.findIndex((q) => q.userId === p.userId) === i,
  );
  const update = (patch: Partial<StepUpdateInputs[StepKey]>) =>
    view.setDraft({ ...draft, ...patch } as typeof draft);
  return (
    <FormDialog
      title={view.title}
      submitLabel={t('common.save')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onReloadLatest={view.reloadLatest}
      onSubmit={view.submit}
      onClose={props.onClose}
      wide
    >
      <div className={styles.row}>
        <Field {...fieldError('owner')} label={t('step.owner')}>
          <Select
            value={draft.owner?.userId ?? ''}
            onChange={(_e, data) => update({ owner: owners.find((o) => o.userId === data.value) ?? null })}
          >
            <option value="">{t('step.noOwner')}</option>
            {owners.map((o) => (
              <option key={o.userId} value={o.userId}>
                {o.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Field {...fieldError('dueDate')} label={t('step.dueDate')}>
          <DateInput value={draft.dueDate ?? ''} onValueChange={(v) => update({ dueDate: v || null })} />
        </Field>
      </div>
      <Field {...fieldError('notes')} label={t('editStep.notes')}>
        <Textarea
          value={draft.notes ?? ''}
          onChange={(_e, data) => update({ notes: data.value })}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Field
          label={t('editStep.status')}
          hint={t('editStep.statusHint', { status: t(`status.${view.derivedStatus}`) })}
        >
          <Select value={view.status} onChange={(_e, d) => view.setStatus(d.value as typeof view.status)}>
            <option value="auto">
              {t('editStep.statusAuto', { status: t(`status.${view.derivedStatus}`) })}
            </option>
            <option value="notStarted">{t('status.notStarted')}</option>
            <option value="inProgress">{t('status.inProgress')}</option>
            <option value="done">{t('status.done')}</option>
          </Select>
        </Field>
        {view.status !== 'auto' && (
          <Field {...fieldError('note')} label={t('editStep.statusNote')} required>
            <Input value={view.statusNote} onChange={(_e, d) => view.setStatusNote(d.value)} />
          </Field>
        )}
      </div>
      {step === 'taskPlan' && (
        <TaskPlanEditor
          board={board}
          value={draft as StepUpdateInputs['taskPlan']}
          onChange={view.setDraft}
        />
      )}
      {step === 'posting' && (
        <PostingEditor board={board} value={draft as StepUpdateInputs['posting']} onChange={view.setDraft} />
      )}
      {step === 'agreement' && (
        <AgreementEditor
          board={board}
          value={draft as StepUpdateInputs['agreement']}
          onChange={view.setDraft}
        />
      )}
      {step === 'training' && (
        <TrainingEditor
          board={board}
          value={draft as StepUpdateInputs['training']}
          onChange={view.setDraft}
        />
      )}
      {step === 'meetings' && (
        <MeetingsEditor
          board={board}
          value={draft as StepUpdateInputs['meetings']}
          onChange={view.setDraft}
        />
      )}
    </FormDialog>
  );
}
