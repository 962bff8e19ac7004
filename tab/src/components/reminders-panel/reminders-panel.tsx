import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { ReminderReportView } from '@ambassadors/shared/schedule/reminder-report-view';
import type { RemindersPanelProps } from './reminders-panel.types';
import { useRemindersPanel } from './use-reminders-panel';
import { useRemindersPanelStyles } from './reminders-panel.styles';

const COUNTS = ['targeted', 'delivered', 'failed', 'unreachable', 'unknown', 'actedOn'] as const;

/** Leaders: what the bot will send in the coming two weeks, and how the sent reminders fared. */
export function RemindersPanel(props: RemindersPanelProps) {
  const view = useRemindersPanel(props);
  const styles = useRemindersPanelStyles();
  const { t } = view;
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface} data-testid="reminders-panel">
        <DialogBody>
          <DialogTitle>{t('reminders.title')}</DialogTitle>
          <DialogContent>
            {view.error && (
              <MessageBar intent="error" data-testid="reminders-error">
                <MessageBarBody>{view.error}</MessageBarBody>
              </MessageBar>
            )}
            <section className={styles.section} aria-labelledby="reminders-preview-heading">
              <h2 id="reminders-preview-heading" className={styles.heading}>
                {t('reminders.previewHeading')}
              </h2>
              {view.preview === null && !view.error && <Spinner size="small" label={t('common.loading')} />}
              {view.preview && (
                <p className={styles.hint}>
                  {t('reminders.previewHint', { timeZone: view.preview.timeZone })}
                </p>
              )}
              {view.preview?.explanation && (
                <p data-testid="reminders-preview-empty">
                  {t(`reminders.empty.${view.preview.explanation}`)}
                </p>
              )}
              {view.preview && view.preview.items.length > 0 && (
                <ul className={styles.list} data-testid="reminders-preview">
                  {view.preview.items.map((item) => (
                    <li key={`${item.at} ${item.reminderId}`} className={styles.item} data-kind={item.kind}>
                      <span className={styles.when}>{view.when(item.at)}</span>
                      <span className={styles.kind}>{view.kind(item.kind)}</span>
                      <span className={styles.people}>
                        {t('reminders.to', { names: item.recipients.map((r) => r.displayName).join(', ') })}
                        {item.paused.length > 0 &&
                          ` · ${t('reminders.paused', { names: item.paused.map((r) => r.displayName).join(', ') })}`}
                        {item.alsoListed.length > 0 &&
                          ` · ${t('reminders.alsoListed', { kinds: item.alsoListed.map(view.kind).join(', ') })}`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className={styles.section} aria-labelledby="reminders-report-heading">
              <h2 id="reminders-report-heading" className={styles.heading}>
                {t('reminders.reportHeading')}
              </h2>
              {view.report === null && !view.error && <Spinner size="small" label={t('common.loading')} />}
              {view.report?.length === 0 && <p>{t('reminders.reportEmpty')}</p>}
              {view.report && view.report.length > 0 && (
                <ul className={styles.list} data-testid="reminders-report">
                  {view.report.map((row) => (
                    <ReportRow key={row.reminderId} row={row} view={view} styles={styles} />
                  ))}
                </ul>
              )}
            </section>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function ReportRow({
  row,
  view,
  styles,
}: {
  row: ReminderReportView;
  view: ReturnType<typeof useRemindersPanel>;
  styles: ReturnType<typeof useRemindersPanelStyles>;
}) {
  const { t } = view;
  return (
    <li className={styles.item} data-testid="reminders-report-row" data-reminder={row.reminderId}>
      <span className={styles.when}>{view.when(row.dueAt)}</span>
      <span className={styles.kind}>{view.kind(row.kind)}</span>
      <dl className={styles.counts}>
        {COUNTS.map((key) => (
          <div key={key} className={styles.count} data-count={key}>
            <dt>{t(`reminders.count.${key}`)}</dt>
            <dd className={styles.countValue}>{row[key]}</dd>
          </div>
        ))}
        {row.pending > 0 && (
          <div className={styles.count} data-count="pending">
            <dt>{t('reminders.count.pending')}</dt>
            <dd className={styles.countValue}>{row.pending}</dd>
          </div>
        )}
        {row.cancelled > 0 && (
          <div className={styles.count} data-count="cancelled">
            <dt>{t('reminders.count.cancelled')}</dt>
            <dd className={styles.countValue}>{row.cancelled}</dd>
          </div>
        )}
      </dl>
      {row.unknownRecipients.length > 0 && (
        <div className={styles.unknown}>
          <span>
            {t('reminders.unknownWho', { names: row.unknownRecipients.map((r) => r.displayName).join(', ') })}
          </span>
          {!view.readOnly && (
            <Button
              size="small"
              onClick={() => view.resend(row)}
              disabled={view.resending !== null}
              data-testid="reminders-resend"
            >
              {view.resending === row.reminderId ? t('reminders.resending') : t('reminders.resend')}
            </Button>
          )}
          {!view.readOnly && <span className={styles.hint}>{t('reminders.resendHint')}</span>}
        </div>
      )}
      {view.resent?.reminderId === row.reminderId && (
        <span className={styles.people} role="status" data-testid="reminders-resent">
          {t('reminders.resent', { count: view.resent.count })}
        </span>
      )}
    </li>
  );
}
