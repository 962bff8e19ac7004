import { Checkbox, Field, Textarea } from '@fluentui/react-components';
import { DateInput } from '../date-input';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { ExitPlanDialogProps } from './exit-plan-dialog.types';
import { useExitPlanDialog } from './use-exit-plan-dialog';
import { useExitPlanDialogStyles } from './exit-plan-dialog.styles';

/** Leaders: plan or record an ambassador's exit (debrief, thanks, hand-over). */
export function ExitPlanDialog(props: ExitPlanDialogProps) {
  const view = useExitPlanDialog(props);
  const styles = useExitPlanDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('exit.title', { name: view.name })}
      submitLabel={t('exit.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
    >
      <p className={styles.hint}>{t('exit.hint')}</p>
      <Field {...fieldError('debriefDate')} label={t('exit.debriefDate')}>
        <DateInput value={view.debriefDate} onValueChange={view.setDebriefDate} />
      </Field>
      <Checkbox
        label={t('exit.debriefHeld')}
        checked={view.debriefHeld}
        onChange={(_e, d) => view.setDebriefHeld(d.checked === true)}
      />
      <Checkbox
        label={t('exit.thanked')}
        checked={view.thanked}
        onChange={(_e, d) => view.setThanked(d.checked === true)}
      />
      <Field {...fieldError('handoverNotes')} label={t('exit.handoverNotes')} hint={t('exit.handoverHint')}>
        <Textarea
          value={view.handoverNotes}
          onChange={(_e, d) => view.setHandoverNotes(d.value)}
          resize="vertical"
          rows={4}
        />
      </Field>
    </FormDialog>
  );
}
