import type { ManagementReport, ReportFigure } from '@ambassadors/shared';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every text of the report is people's input somewhere: escaped, never markup. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function table(headings: string[], rows: string[][]): string {
  const head = headings.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function figures(items: readonly ReportFigure[]): string {
  return `<dl class="figures">${items
    .map(
      (f) =>
        `<div${f.hidden ? ' class="hidden"' : ''}><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`,
    )
    .join('')}</dl>`;
}

/**
 * Print CSS for one A4 page: small type, two columns for the short sections, nothing that
 * breaks inside a table row. The page also reads on screen (the tab shows it before printing).
 */
const STYLE = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 10px/1.35 "Segoe UI", Helvetica, Arial, sans-serif; color: #111; margin: 0; padding: 12px; background: #fff; }
h1 { font-size: 17px; margin: 0 0 2px; }
h2 { font-size: 12px; margin: 10px 0 4px; border-bottom: 1px solid #999; padding-bottom: 1px; }
p { margin: 2px 0; }
.meta { color: #444; }
.status { font-weight: 600; }
.status.closed { color: #8a1c1c; }
table { width: 100%; border-collapse: collapse; margin: 2px 0; }
th, td { text-align: left; vertical-align: top; padding: 2px 4px; border-bottom: 1px solid #ddd; }
th { font-weight: 600; background: #f3f3f3; }
tr { break-inside: avoid; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.figures { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 16px; margin: 0; }
.figures div { display: flex; justify-content: space-between; border-bottom: 1px solid #eee; }
.figures dt { margin: 0; }
.figures dd { margin: 0; font-weight: 600; }
.figures .hidden dd { font-weight: 400; font-style: italic; color: #555; }
.question { margin: 2px 0 6px; }
.question .asked { color: #444; font-style: italic; }
.note { color: #444; font-size: 9px; margin-top: 8px; }
@media print { body { padding: 0; } }
`;

/** The report as one self-contained, print-ready HTML page (no scripts, no external resources). */
export function renderReportHtml(report: ManagementReport): string {
  const l = report.labels;
  const p = report.programme;
  const themes =
    report.themes.length === 0
      ? `<p>${esc(l.none)}</p>`
      : table(
          [l.theme, l.outcome, l.explanation, l.answeredOn, l.checkIns],
          report.themes.map((x) => [x.theme, x.outcome, x.explanation, x.on, x.checkIns]),
        );
  const terms =
    report.terms.rows.length === 0
      ? `<p>${esc(l.none)}</p>`
      : table(
          [l.person, l.term, l.state, l.exit],
          report.terms.rows.map((r) => [r.person, `${r.start} – ${r.end}`, r.state, r.exit]),
        );
  const questions = report.questions
    .map(
      (q) =>
        `<div class="question"><strong>${esc(q.title)}</strong>${q.questions
          .map((text) => `<p class="asked">${esc(text)}</p>`)
          .join('')}${
          q.answers.length === 0
            ? `<p>${esc(l.noAnswer)}</p>`
            : q.answers.map((a) => `<p>${esc(a.text)} <span class="meta">(${esc(a.on)})</span></p>`).join('')
        }</div>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${report.locale}">
<head>
<meta charset="utf-8">
<title>${esc(report.title)} – ${esc(p.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(report.title)}: ${esc(p.name)}</h1>
<p class="meta">${esc(p.period)} · <span class="status${p.closed ? ' closed' : ''}" data-testid="report-status">${esc(p.status)}</span> · ${esc(l.generated)} ${esc(report.generatedOn)}</p>
${p.purpose ? `<p>${esc(p.purpose)}</p>` : ''}
</header>
<section><h2>${esc(l.steps)}</h2>${table(
    [l.step, l.status, l.progress, l.dueDate],
    report.steps.map((s) => [s.title, s.status, s.progress, s.dueDate]),
  )}</section>
<section><h2>${esc(l.terms)}</h2>${terms}${figures(report.terms.summary)}</section>
<section><h2>${esc(l.themes)}</h2>${themes}</section>
<div class="columns">
<section><h2>${esc(l.questions)}</h2>${questions}</section>
<section><h2>${esc(l.participation)}</h2>${figures(report.participation)}</section>
</div>
<p class="note">${esc(report.thresholdNote)}</p>
</body>
</html>
`;
}
