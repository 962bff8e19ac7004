import { Field, Textarea } from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { ApplyDialogProps } from './apply-dialog.types';
import { useApplyDialog } from './use-apply-dialog';
import { useApplyDialogStyles } from './apply-dialog.styles';

export function ApplyDialog(props: ApplyDialogProps) {
  const view = useApplyDialog(props);
  const styles = useApplyDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('apply.title', { title: props.board.posting.posting?.title ?? '' })}
      submitLabel={t('apply.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
    >
      <p className={styles.hint}>{t('apply.hint')}</p>
      <Field
        hint={t('apply.motivationHint', { min: view.minChars })}
        {...fieldError('motivation')}
        label={t('apply.motivation')}
        required
      >
        <Textarea
          value={view.motivation}
          onChange={(_e, d) => view.setMotivation(d.value)}
          resize="vertical"
          rows={5}
        />
      </Field>
    </FormDialog>
  );
}
