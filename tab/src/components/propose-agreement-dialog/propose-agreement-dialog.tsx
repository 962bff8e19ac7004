import { Field, Input, Textarea } from '@fluentui/react-components';
import { useAppContext } from '../../app/app-context';
import { formatDate } from '../../app/format';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { ProposeAgreementDialogProps } from './propose-agreement-dialog.types';
import { useProposeAgreementDialog } from './use-propose-agreement-dialog';
import { useProposeAgreementDialogStyles } from './propose-agreement-dialog.styles';

/** Leaders: the prefilled agreement for one candidate, adjusted within the programme's bounds, then proposed. */
export function ProposeAgreementDialog(props: ProposeAgreementDialogProps) {
  const view = useProposeAgreementDialog(props);
  const styles = useProposeAgreementDialogStyles();
  const { locale } = useAppContext();
  const { t, bounds } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('adjustAgreement.title', { name: view.name })}
      submitLabel={t('adjustAgreement.submit')}
      saving={view.saving}
      canSubmit
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
      intro={<p className={styles.hint}>{t('adjustAgreement.intro', { name: view.name })}</p>}
    >
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('agreement.role')}</dt>
        <dd className={styles.value}>{view.template.role}</dd>
        <dt className={styles.term}>{t('agreement.expectations')}</dt>
        <dd className={styles.value}>{view.template.expectations.join(' · ') || '–'}</dd>
      </dl>
      <div className={styles.row}>
        <Field
          {...fieldError('terms.hoursPerMonth')}
          label={t('editStep.hoursPerMonth')}
          hint={t('adjustAgreement.hoursHint', bounds.hoursPerMonth)}
          required
        >
          <Input inputMode="decimal" value={view.hours} onChange={(_e, d) => view.setHours(d.value)} />
        </Field>
        <Field
          {...fieldError('termMonths')}
          label={t('editStep.termMonths')}
          hint={t('adjustAgreement.monthsHint', {
            ...bounds.termMonths,
            start: formatDate(view.start, locale),
          })}
          required
        >
          <Input inputMode="numeric" value={view.months} onChange={(_e, d) => view.setMonths(d.value)} />
        </Field>
      </div>
      <Field
        {...fieldError('terms.responsibilities')}
        label={t('adjustAgreement.tasks')}
        hint={t('adjustAgreement.tasksHint', bounds.tasks)}
        required
      >
        <Textarea
          value={view.tasks}
          onChange={(_e, d) => view.setTasks(d.value)}
          resize="vertical"
          rows={Math.min(8, Math.max(3, view.tasks.split('\n').length + 1))}
        />
      </Field>
    </FormDialog>
  );
}
