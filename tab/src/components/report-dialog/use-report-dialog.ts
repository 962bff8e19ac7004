import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { isApiError } from '../../api/api-error';
import { useAppContext } from '../../app/app-context';
import type { ReportDialogProps } from './report-dialog.types';

type Format = 'pdf' | 'csv';

/**
 * The management report as the server renders it, in the tab's language: the print-ready page
 * shown in a sandboxed frame (no scripts run in it) and printed from there, the PDF and the CSV
 * downloaded. The tab computes nothing of the report itself, so what is shown, printed and
 * downloaded is the same report.
 */
export function useReportDialog({ board }: ReportDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const frame = useRef<HTMLIFrameElement | null>(null);
  const id = board.programme.id;

  useEffect(() => {
    const controller = new AbortController();
    api
      .reportHtml({ params: { id }, signal: controller.signal })
      .then(({ data }) => data.text())
      .then(setHtml)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(isApiError(e) ? e.message : t('errors.unexpected'));
      });
    return () => controller.abort();
  }, [api, id, t]);

  const download = async (format: Format) => {
    setBusy(format);
    setError(null);
    try {
      const { data: blob } = await (format === 'pdf' ? api.reportPdf : api.reportCsv)({ params: { id } });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${t('report.fileName')}.${format}`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('errors.unexpected'));
    } finally {
      setBusy(null);
    }
  };

  return {
    t,
    html,
    error,
    busy,
    frame,
    print: () => frame.current?.contentWindow?.print(),
    downloadPdf: () => void download('pdf'),
    downloadCsv: () => void download('csv'),
  };
}
