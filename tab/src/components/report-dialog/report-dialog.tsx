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
import type { ReportDialogProps } from './report-dialog.types';
import { useReportDialog } from './use-report-dialog';
import { useReportDialogStyles } from './report-dialog.styles';

/** Leaders: the one-page report for the management team, to print or download. */
export function ReportDialog(props: ReportDialogProps) {
  const view = useReportDialog(props);
  const styles = useReportDialogStyles();
  const { t } = view;
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('report.title')}</DialogTitle>
          <DialogContent>
            <p>{t('report.intro')}</p>
            {view.error && (
              <MessageBar intent="error" data-testid="report-error">
                <MessageBarBody>{view.error}</MessageBarBody>
              </MessageBar>
            )}
            {view.html === null && !view.error && <Spinner label={t('common.loading')} />}
            {view.html !== null && (
              <iframe
                ref={view.frame}
                className={styles.frame}
                title={t('report.frameTitle')}
                srcDoc={view.html}
                sandbox="allow-same-origin allow-modals"
                data-testid="report-frame"
              />
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button
              className={styles.action}
              appearance="primary"
              onClick={view.print}
              disabled={view.html === null}
            >
              {t('report.print')}
            </Button>
            <Button
              className={styles.action}
              onClick={view.downloadPdf}
              disabled={view.busy !== null}
              data-testid="report-pdf"
            >
              {t('report.pdf')}
            </Button>
            <Button
              className={styles.action}
              onClick={view.downloadCsv}
              disabled={view.busy !== null}
              data-testid="report-csv"
            >
              {t('report.csv')}
            </Button>
            <Button className={styles.action} appearance="secondary" onClick={props.onClose}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
