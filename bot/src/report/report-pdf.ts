import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { ManagementReport, ReportFigure } from '@ambassadors/shared';

/**
 * The PDF standard fonts: built into every PDF reader and into pdfkit (its AFM metrics), so
 * rendering reads no font file and downloads nothing. WinAnsi covers Danish (æ, ø, å).
 */
const STANDARD_FONTS = {
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
};
const STANDARD_FONT_NAMES = new Set(Object.values(STANDARD_FONTS.Helvetica));

let configured = false;

/** pdfmake is one shared instance: fonts and policies are set once, and nothing else may be read. */
function printer(): typeof pdfmake {
  if (!configured) {
    pdfmake.setFonts(STANDARD_FONTS);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
    configured = true;
  }
  return pdfmake;
}

function table(headings: string[], rows: string[][], widths: (string | number)[]): Content {
  const head: TableCell[] = headings.map((h) => ({ text: h, bold: true, fillColor: '#f0f0f0' }));
  return {
    table: { headerRows: 1, widths, body: [head, ...rows.map((row) => row.map((text) => ({ text })))] },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 4],
  };
}

function figures(items: readonly ReportFigure[]): Content {
  return {
    table: {
      widths: ['*', 'auto'],
      body: items.map((f) => [
        { text: f.label },
        f.hidden ? { text: f.value, italics: true, color: '#555555' } : { text: f.value, bold: true },
      ]),
    },
    layout: 'noBorders',
  };
}

const heading = (text: string): Content => ({ text, style: 'h2' });

/** The document definition: the same sections in the same order as the HTML page. */
export function reportDocument(report: ManagementReport): TDocumentDefinitions {
  const l = report.labels;
  const p = report.programme;
  const none = (rows: unknown[], content: Content): Content =>
    rows.length === 0 ? { text: l.none } : content;
  const questions: Content[] = report.questions.map((q) => ({
    stack: [
      { text: q.title, bold: true },
      ...q.questions.map((text) => ({ text, italics: true, color: '#444444' })),
      ...(q.answers.length === 0
        ? [{ text: l.noAnswer }]
        : q.answers.map((a) => ({ text: `${a.text} (${a.on})` }))),
    ],
    margin: [0, 0, 0, 4],
  }));
  return {
    pageSize: 'A4',
    pageMargins: [32, 32, 32, 32],
    info: { title: `${report.title} – ${p.name}`, subject: report.title },
    defaultStyle: { font: 'Helvetica', fontSize: 8, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 14, bold: true, margin: [0, 0, 0, 2] },
      h2: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      meta: { color: '#444444' },
    },
    content: [
      { text: `${report.title}: ${p.name}`, style: 'h1' },
      {
        text: [
          `${p.period} · `,
          { text: p.status, bold: true, color: p.closed ? '#8a1c1c' : '#111111' },
          ` · ${l.generated} ${report.generatedOn}`,
        ],
        style: 'meta',
      },
      ...(p.purpose ? [{ text: p.purpose, margin: [0, 2, 0, 0] } as Content] : []),
      heading(l.steps),
      table(
        [l.step, l.status, l.progress, l.dueDate],
        report.steps.map((s) => [s.title, s.status, s.progress, s.dueDate]),
        ['*', 'auto', 'auto', 'auto'],
      ),
      heading(l.terms),
      none(
        report.terms.rows,
        table(
          [l.person, l.term, l.state, l.exit],
          report.terms.rows.map((r) => [r.person, `${r.start} – ${r.end}`, r.state, r.exit]),
          ['*', 'auto', 'auto', '*'],
        ),
      ),
      figures(report.terms.summary),
      heading(l.themes),
      none(
        report.themes,
        table(
          [l.theme, l.outcome, l.explanation, l.answeredOn, l.checkIns],
          report.themes.map((x) => [x.theme, x.outcome, x.explanation, x.on, x.checkIns]),
          ['auto', 'auto', '*', 'auto', 'auto'],
        ),
      ),
      {
        columns: [
          { width: '*', stack: [heading(l.questions), ...questions] },
          { width: '*', stack: [heading(l.participation), figures(report.participation)] },
        ],
        columnGap: 16,
      },
      { text: report.thresholdNote, fontSize: 7, color: '#444444', margin: [0, 6, 0, 0] },
    ],
  };
}

/** The report as PDF bytes (server-side; `compress: false` leaves the text readable in the bytes). */
export async function renderReportPdf(
  report: ManagementReport,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const definition = { ...reportDocument(report), compress: options.compress ?? true };
  return printer().createPdf(definition).getBuffer();
}
