import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useConfirmationStyles } from './confirmation.styles';
import type { ConfirmationProps } from './confirmation.types';

/**
 * The one place the board says "done": a polite live region that is always in the page (so
 * screen readers announce what appears in it), kept in view at the bottom of the window, and
 * showing only the confirmation of the last action.
 */
export function Confirmation({ confirmation, onDismiss }: ConfirmationProps) {
  const { t } = useTranslation();
  const styles = useConfirmationStyles();
  return (
    <div
      className={styles.region}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="confirmation"
    >
      {confirmation && (
        <MessageBar key={confirmation.id} intent="success" className={styles.bar}>
          <MessageBarBody>{confirmation.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              {t('common.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
