import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { SelectAmbassadorDialogProps } from './select-ambassador-dialog.types';
import { useSelectAmbassadorDialog } from './use-select-ambassador-dialog';
import { useSelectAmbassadorDialogStyles } from './select-ambassador-dialog.styles';

export function SelectAmbassadorDialog(props: SelectAmbassadorDialogProps) {
  const view = useSelectAmbassadorDialog(props);
  const styles = useSelectAmbassadorDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  const name = props.application.applicant.displayName;
  return (
    <FormDialog
      title={t('select.title', { name })}
      submitLabel={view.outcome === 'selected' ? t('select.submitSelect') : t('select.submitDecline')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
    >
      <p className={styles.motivation}>{props.application.motivation}</p>
      <Field {...fieldError('outcome')} label={t('select.decision')}>
        <RadioGroup
          value={view.outcome}
          onChange={(_e, d) => view.setOutcome(d.value as 'selected' | 'declined')}
        >
          <Radio value="selected" label={t('select.select')} />
          <Radio value="declined" label={t('select.decline')} />
        </RadioGroup>
      </Field>
      <Field {...fieldError('reason')} label={t('select.reason')} hint={t('select.reasonHint')} required>
        <Textarea value={view.reason} onChange={(_e, d) => view.setReason(d.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
