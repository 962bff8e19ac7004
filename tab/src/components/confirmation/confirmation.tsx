import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from '../../i18n/use-translation';
import { useConfirmationStyles } from './confirmation.styles';
import type { ConfirmationProps } from './confirmation.types';

/**
 * The one place the board says "done": a polite live region that is always in the page (so
 * screen readers announce what appears in it), kept in view at the bottom of the window, and
 * showing only the confirmation of the last action. While the act may still be undone it offers
 * "Undo"; the button goes by itself when the time is up.
 */
export function Confirmation({ confirmation, onDismiss, onUndo }: ConfirmationProps) {
  const { t } = useTranslation();
  const styles = useConfirmationStyles();
  const undo = confirmation?.undo;
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (!undo || !confirmation) return undefined;
    const id = confirmation.id;
    const timer = setTimeout(() => setExpired(id), Math.max(0, undo.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [undo, confirmation]);
  const canUndo = Boolean(undo && onUndo && expired !== confirmation?.id);
  return (
    <div
      className={styles.region}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="confirmation"
    >
      {confirmation && (
        <MessageBar key={confirmation.id} intent={confirmation.intent ?? 'success'} className={styles.bar}>
          <MessageBarBody>{confirmation.text}</MessageBarBody>
          <MessageBarActions>
            {canUndo && undo && onUndo && (
              <Button size="small" appearance="primary" onClick={() => onUndo(undo.offer)} data-testid="undo">
                {t('undo.action')}
              </Button>
            )}
            <Button size="small" onClick={onDismiss}>
              {t('common.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
