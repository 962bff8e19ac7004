import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FormDialog } from '../form-dialog';
import type { CloseProgrammeDialogProps } from './close-programme-dialog.types';
import { useCloseProgrammeDialog } from './use-close-programme-dialog';
import { useCloseProgrammeDialogStyles } from './close-programme-dialog.styles';

/** Leaders: confirm closing the programme, knowing what follows. */
export function CloseProgrammeDialog(props: CloseProgrammeDialogProps) {
  const view = useCloseProgrammeDialog(props);
  const styles = useCloseProgrammeDialogStyles();
  const { t } = view;
  return (
    <FormDialog
      title={t('closure.dialogTitle', { name: view.name })}
      submitLabel={t('closure.submit')}
      saving={view.saving}
      canSubmit
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
      intro={
        <MessageBar intent="warning">
          <MessageBarBody>{t('closure.warning')}</MessageBarBody>
        </MessageBar>
      }
    >
      <ul className={styles.list}>
        <li>{t('closure.effectAmbassadors', { count: view.ambassadors })}</li>
        <li>{t('closure.effectReminders')}</li>
        <li>{t('closure.effectReadOnly')}</li>
        <li>{t('closure.effectReopen')}</li>
      </ul>
    </FormDialog>
  );
}
