import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { DateInput } from '../date-input';
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
  const when = (
    <div className={styles.row}>
      <Field
        {...fieldError('scheduledAt')}
        label={t('meetingDialog.start')}
        hint={t('meetingDialog.startHint', { zone: view.zone })}
      >
        <Input
          type="datetime-local"
          value={view.start}
          disabled={!view.isNew && !view.canMove}
          onChange={(_e, d) => view.setStart(d.value)}
        />
      </Field>
      <Field {...fieldError('durationMinutes')} label={t('meetingDialog.duration')}>
        <Input
          type="number"
          min={15}
          max={480}
          step={15}
          disabled={!view.isNew && !view.canMove}
          value={String(view.duration)}
          onChange={(_e, d) => view.setDuration(Math.max(15, Number(d.value) || 60))}
        />
      </Field>
    </div>
  );
  return (
    <FormDialog
      title={view.isNew ? t('meetingDialog.planTitle') : t('meetingDialog.editTitle')}
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
          {when}
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
          {view.cancelled && <p>{t('meetings.cancelledNote')}</p>}
          {when}
          <Field hint={view.started ? undefined : t('meetingDialog.heldAfterStart')}>
            <Checkbox
              label={t('meetingDialog.held')}
              checked={view.held}
              disabled={view.cancelled || (!view.started && !view.held)}
              onChange={(_e, d) => view.setHeld(!!d.checked)}
            />
          </Field>
          {view.started && !view.cancelled && (
            <fieldset className={styles.fieldset} data-testid="meeting-attendance">
              <legend className={styles.legend}>{t('meetingDialog.attended')}</legend>
              {view.people.map((p) => (
                <Checkbox
                  key={p.userId}
                  label={p.displayName}
                  checked={view.attended.includes(p.userId)}
                  onChange={(_e, d) => view.toggleAttended(p.userId, !!d.checked)}
                />
              ))}
            </fieldset>
          )}
          {board.meetingPlan.agenda.map((heading) => (
            <Field key={heading} label={t(`agenda.${heading}`)}>
              <Textarea
                value={view.notes[heading] ?? ''}
                onChange={(_e, d) => view.setNote(heading, d.value)}
                resize="vertical"
              />
            </Field>
          ))}
          <fieldset className={styles.fieldset} data-testid="meeting-action-items">
            <legend className={styles.legend}>{t('meetingDialog.actionItems')}</legend>
            {view.items.map((item, index) => (
              <div key={item.id ?? `new-${index}`} className={styles.row}>
                <Field
                  label={`${t('meetingDialog.actionText', { n: index + 1 })} – ${t('meetingDialog.actionWhat')}`}
                >
                  <Input value={item.text} onChange={(_e, d) => view.setItem(index, { text: d.value })} />
                </Field>
                <Field label={t('meetingDialog.actionOwner', { n: index + 1 })}>
                  <Select
                    value={item.ownerId}
                    onChange={(_e, d) => view.setItem(index, { ownerId: d.value })}
                  >
                    {view.people.map((p) => (
                      <option key={p.userId} value={p.userId}>
                        {p.displayName}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('meetingDialog.actionDue', { n: index + 1 })}>
                  <DateInput
                    value={item.dueDate}
                    onValueChange={(v) => view.setItem(index, { dueDate: v })}
                  />
                </Field>
                <div className={styles.itemEnd}>
                  <Checkbox
                    label={t('meetingDialog.actionDone')}
                    checked={item.done}
                    onChange={(_e, d) => view.setItem(index, { done: !!d.checked })}
                  />
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t('meetingDialog.actionRemove', { n: index + 1 })}
                    onClick={() => view.removeItem(index)}
                  >
                    {t('meetingDialog.actionRemoveShort')}
                  </Button>
                </div>
              </div>
            ))}
            <div>
              <Button size="small" onClick={view.addItem}>
                {t('meetingDialog.actionAdd')}
              </Button>
            </div>
          </fieldset>
        </>
      )}
    </FormDialog>
  );
}
