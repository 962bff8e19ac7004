import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { MeetingDialogProps } from './meeting-dialog.types';
import { useMeetingDialog } from './use-meeting-dialog';
import { useMeetingDialogStyles } from './meeting-dialog.styles';

export function MeetingDialog(props: MeetingDialogProps) {
  const view = useMeetingDialog(props);
  const styles = useMeetingDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  const { board } = props;
  return (
    <FormDialog
      title={view.isNew ? t('meetingDialog.planTitle') : t('meetingDialog.notesTitle')}
      submitLabel={view.isNew ? t('meetingDialog.plan') : t('common.save')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onReloadLatest={view.reloadLatest}
      onSubmit={view.submit}
      onClose={props.onClose}
      wide
    >
      {view.isNew ? (
        <>
          <Field {...fieldError('kind')} label={t('meetingDialog.kind')}>
            <RadioGroup
              layout="horizontal"
              value={view.kind}
              onChange={(_e, d) => view.setKind(d.value as 'regular' | 'alignment')}
            >
              <Radio value="regular" label={t('meetings.kind.regular')} />
              <Radio value="alignment" label={t('meetings.kind.alignment')} />
            </RadioGroup>
          </Field>
          <div className={styles.row}>
            <Field
              {...fieldError('scheduledAt')}
              label={t('meetingDialog.start')}
              hint={t('meetingDialog.startHint', { zone: view.zone })}
            >
              <Input type="datetime-local" value={view.start} onChange={(_e, d) => view.setStart(d.value)} />
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
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('meetingDialog.attendees')}</legend>
            {board.ambassadors.map((a) => (
              <Checkbox
                key={a.id}
                label={a.person.displayName}
                checked={view.attendees.includes(a.person.userId)}
                onChange={(_e, d) => view.toggleAttendee(a.person.userId, !!d.checked)}
              />
            ))}
          </fieldset>
        </>
      ) : (
        <>
          <Checkbox
            label={t('meetingDialog.held')}
            checked={view.held}
            onChange={(_e, d) => view.setHeld(!!d.checked)}
          />
          {board.meetingPlan.agenda.map((heading) => (
            <Field key={heading} label={t(`agenda.${heading}`)}>
              <Textarea
                value={view.notes[heading] ?? ''}
                onChange={(_e, d) => view.setNote(heading, d.value)}
                resize="vertical"
              />
            </Field>
          ))}
        </>
      )}
    </FormDialog>
  );
}
