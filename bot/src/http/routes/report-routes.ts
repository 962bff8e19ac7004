import { buildManagementReport, localDateOf } from '@ambassadors/shared';
import { renderReportCsv } from '../../report/report-csv';
import { renderReportHtml } from '../../report/report-html';
import { renderReportPdf } from '../../report/report-pdf';
import { programmeRoute, type ProgrammeScope } from './api-route';

/**
 * The page opens on its own too: its inline styles are allowed, nothing else (no scripts, no
 * requests), and only the app's own pages may frame it.
 */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

function reportOf(scope: ProgrammeScope<unknown>) {
  return buildManagementReport(scope.board, scope.locale, scope.now);
}

function attachment(scope: ProgrammeScope<unknown>, extension: string): Record<string, string> {
  const day = localDateOf(scope.now, scope.board.programme.timeZone);
  return {
    'Content-Disposition': `attachment; filename="ambassadors-report-${day}.${extension}"`,
  };
}

/**
 * The management team's report in three renderings of one shared report
 * (shared/src/report/management-report.ts), in the caller's language (`?lang=` or
 * Accept-Language): a print-ready page, a PDF and the non-personal data as CSV.
 */
export const reportRoutes = [
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/report/html',
    summary: 'The management report as one print-ready HTML page (da/en)',
    action: 'report:view',
    response: 'ReportHtml',
    status: 200,
    handler: async (scope) => ({
      status: 200,
      headers: { 'Content-Security-Policy': REPORT_CSP },
      raw: { contentType: 'text/html; charset=utf-8', data: renderReportHtml(reportOf(scope)) },
    }),
  }),
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/report/pdf',
    summary: 'The management report as a one-page PDF (da/en)',
    action: 'report:view',
    response: 'ReportPdf',
    status: 200,
    handler: async (scope) => ({
      status: 200,
      headers: attachment(scope, 'pdf'),
      raw: { contentType: 'application/pdf', data: await renderReportPdf(reportOf(scope)) },
    }),
  }),
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/report/csv',
    summary: "The programme's non-personal data of the report as CSV (no names or ids of people)",
    action: 'report:view',
    response: 'ReportCsv',
    status: 200,
    handler: async (scope) => ({
      status: 200,
      headers: attachment(scope, 'csv'),
      raw: { contentType: 'text/csv; charset=utf-8', data: renderReportCsv(reportOf(scope)) },
    }),
  }),
];
