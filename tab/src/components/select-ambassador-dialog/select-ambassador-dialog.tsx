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
      <Field
        {...fieldError('reason')}
        label={view.outcome === 'declined' ? t('select.internalNote') : t('select.reason')}
        hint={view.outcome === 'declined' ? t('select.internalNoteHint') : t('select.reasonHint')}
        required
      >
        <Textarea value={view.reason} onChange={(_e, d) => view.setReason(d.value)} resize="vertical" />
      </Field>
      {view.outcome === 'declined' && (
        <>
          <Field
            {...fieldError('applicantMessage')}
            label={t('select.applicantMessage')}
            hint={t('select.applicantMessageHint')}
          >
            <Textarea
              value={view.applicantMessage}
              onChange={(_e, d) => view.setApplicantMessage(d.value)}
              resize="vertical"
            />
          </Field>
          <section aria-labelledby="applicant-preview-title" data-testid="applicant-preview">
            <h4 id="applicant-preview-title" className={styles.previewTitle}>
              {t('select.preview', { name })}
            </h4>
            <p className={styles.preview}>{view.preview}</p>
          </section>
        </>
      )}
    </FormDialog>
  );
}
