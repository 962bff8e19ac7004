import { Field, Textarea } from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { KeyMessageDialogProps } from './key-message-dialog.types';
import { useKeyMessageDialog } from './use-key-message-dialog';
import { useKeyMessageDialogStyles } from './key-message-dialog.styles';

export function KeyMessageDialog(props: KeyMessageDialogProps) {
  const view = useKeyMessageDialog(props);
  const styles = useKeyMessageDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('keyMessage.title')}
      submitLabel={t('keyMessage.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onReloadLatest={view.reloadLatest}
      onSubmit={view.submit}
      onClose={props.onClose}
    >
      <p className={styles.hint}>{t('keyMessage.hint')}</p>
      <Field {...fieldError('text')} label={t('watchOuts.keyMessage')} required>
        <Textarea value={view.text} onChange={(_e, d) => view.setText(d.value)} resize="vertical" rows={3} />
      </Field>
    </FormDialog>
  );
}
