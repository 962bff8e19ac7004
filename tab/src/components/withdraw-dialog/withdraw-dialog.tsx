import { Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { WithdrawDialogProps } from './withdraw-dialog.types';
import { useWithdrawDialog } from './use-withdraw-dialog';
import { useWithdrawDialogStyles } from './withdraw-dialog.styles';

/** Leaders: confirm that an ambassador's role ends now, with the reason. */
export function WithdrawDialog(props: WithdrawDialogProps) {
  const view = useWithdrawDialog(props);
  const styles = useWithdrawDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('withdraw.title', { name: view.name })}
      submitLabel={t('withdraw.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
      intro={
        <MessageBar intent="warning" data-testid="withdraw-warning">
          <MessageBarBody>{t('withdraw.warning', { name: view.name })}</MessageBarBody>
        </MessageBar>
      }
    >
      <p className={styles.hint}>{t('withdraw.hint', { name: view.name })}</p>
      <Field {...fieldError('reason')} label={t('withdraw.reason')} hint={t('withdraw.reasonHint')} required>
        <Textarea
          value={view.reason}
          onChange={(_e, d) => view.setReason(d.value)}
          resize="vertical"
          rows={4}
          maxLength={2000}
        />
      </Field>
    </FormDialog>
  );
}
