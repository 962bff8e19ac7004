import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReminderPreview } from '@ambassadors/shared/schedule/reminder-preview';
import type { ReminderReportView } from '@ambassadors/shared/schedule/reminder-report-view';
import { isApiError } from '../../api/api-error';
import { useAppContext } from '../../app/app-context';
import { formatDateTime } from '../../app/format';
import type { RemindersPanelProps } from './reminders-panel.types';

/**
 * The leaders' view of the bot's reminders: what it will send in the coming two weeks (the
 * server runs the scheduler's own decision forward, so the tab computes nothing) and, per
 * reminder sent, how delivery went, with a resend for the recipients whose delivery is unknown.
 */
export function useRemindersPanel({ board }: RemindersPanelProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const id = board.programme.id;
  const [preview, setPreview] = useState<ReminderPreview | null>(null);
  const [report, setReport] = useState<ReminderReportView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const [resent, setResent] = useState<{ reminderId: string; count: number } | null>(null);

  const fail = useCallback((e: unknown) => setError(isApiError(e) ? e.message : t('errors.unexpected')), [t]);

  const loadReport = useCallback(
    (signal?: AbortSignal) =>
      api.reminderReport({ params: { id }, signal }).then(({ data }) => setReport(data.reminders)),
    [api, id],
  );

  useEffect(() => {
    const controller = new AbortController();
    const guard = (e: unknown) => !controller.signal.aborted && fail(e);
    api
      .reminderPreview({ params: { id }, signal: controller.signal })
      .then(({ data }) => setPreview(data))
      .catch(guard);
    loadReport(controller.signal).catch(guard);
    return () => controller.abort();
  }, [api, id, loadReport, fail]);

  const resend = async (row: ReminderReportView) => {
    setResending(row.reminderId);
    setError(null);
    try {
      const { data } = await api.resendReminders({
        params: { id },
        body: { outboxIds: row.unknownRecipients.map((r) => r.outboxId) },
      });
      // The report is read again first, so the message and the new counts show together.
      await loadReport();
      setResent({ reminderId: row.reminderId, count: data.requeued });
    } catch (e) {
      fail(e);
    } finally {
      setResending(null);
    }
  };

  const timeZone = preview?.timeZone ?? board.programme.timeZone;
  return {
    t,
    preview,
    report,
    error,
    resending,
    resent,
    resend: (row: ReminderReportView) => void resend(row),
    when: (iso: string) => formatDateTime(iso, locale, timeZone),
    kind: (kind: string) => t(`reminders.kind.${kind}`, { defaultValue: kind }),
    readOnly: board.closure !== null,
  };
}
