import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { TrainingSessionDialogProps } from './training-session-dialog.types';
import { useTrainingSessionDialog } from './use-training-session-dialog';
import { useTrainingSessionDialogStyles } from './training-session-dialog.styles';

/** Leaders add or change a step 4 session (the edit-step dialogs' form pattern). */
export function TrainingSessionDialog(props: TrainingSessionDialogProps) {
  const view = useTrainingSessionDialog(props);
  const styles = useTrainingSessionDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={view.isNew ? t('trainingSession.addTitle') : t('trainingSession.editTitle')}
      submitLabel={t('trainingSession.save')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onReloadLatest={view.reloadLatest}
      onSubmit={view.submit}
      onClose={props.onClose}
    >
      <Field {...fieldError('title')} label={t('trainingSession.title')} required>
        <Input value={view.title} onChange={(_e, d) => view.setTitle(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field {...fieldError('date')} label={t('trainingSession.date')} required>
          <Input type="date" value={view.date} onChange={(_e, d) => view.setDate(d.value)} />
        </Field>
        <Field {...fieldError('time')} label={t('trainingSession.time')} required>
          <Input type="time" value={view.time} onChange={(_e, d) => view.setTime(d.value)} />
        </Field>
        <Field {...fieldError('durationMinutes')} label={t('meetingDialog.duration')}>
          <Input
            type="number"
            min={15}
            max={480}
            step={15}
            value={String(view.duration)}
            onChange={(_e, d) => view.setDuration(Math.max(15, Number(d.value) || 60))}
          />
        </Field>
      </div>
      <p className={styles.hint}>{t('trainingSession.timeZoneHint', { zone: view.zone })}</p>
      <Field
        {...fieldError('place')}
        label={t('trainingSession.place')}
        hint={t('trainingSession.whereHint')}
      >
        <Input value={view.place} onChange={(_e, d) => view.setPlace(d.value)} />
      </Field>
      <Field {...fieldError('onlineUrl')} label={t('trainingSession.onlineUrl')}>
        <Input
          type="url"
          placeholder="https://"
          value={view.onlineUrl}
          onChange={(_e, d) => view.setOnlineUrl(d.value)}
        />
      </Field>
      <Field {...fieldError('description')} label={t('trainingSession.description')}>
        <Textarea value={view.description} onChange={(_e, d) => view.setDescription(d.value)} />
      </Field>
      <Checkbox
        label={t('trainingSession.required')}
        checked={view.required}
        onChange={(_e, d) => view.setRequired(!!d.checked)}
      />
    </FormDialog>
  );
}
