import { Button, Spinner } from '@fluentui/react-components';
import type { StatusMessageProps } from './status-message.types';
import { useStatusMessage } from './use-status-message';
import { useStatusMessageStyles } from './status-message.styles';

/** Loading, empty and error states: always say what is going on and what to do next. */
export function StatusMessage(props: StatusMessageProps) {
  const { kind, title, message, action, children } = props;
  const { role, busy } = useStatusMessage(props);
  const styles = useStatusMessageStyles();
  return (
    <section className={styles.root} role={role} aria-busy={busy || undefined} data-state={kind}>
      {kind === 'loading' && <Spinner size="medium" />}
      <h2 className={styles.title}>{title}</h2>
      {message && <p className={styles.message}>{message}</p>}
      {action && (
        <Button appearance="primary" onClick={action.onClick}>
          {action.label}
        </Button>
      )}
      {children}
    </section>
  );
}
