import type { ManagementReport } from '@ambassadors/shared';

/** RFC 4180 quoting, and a leading quote on anything a spreadsheet would run as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report's non-personal data as CSV, one row per figure or item: `section,key,label,value`.
 * No names and no ids of people: ambassadors' terms appear numbered in term order, and the
 * management answers as a count and a date. Figures hidden by the thresholds carry the hidden
 * text, as in the HTML and the PDF.
 */
export function renderReportCsv(report: ManagementReport): string {
  const rows: string[][] = [['section', 'key', 'label', 'value']];
  const p = report.programme;
  rows.push(['programme', 'name', report.title, p.name]);
  rows.push(['programme', 'period', p.period, p.period]);
  rows.push(['programme', 'status', p.status, p.closed ? 'closed' : 'open']);
  rows.push(['programme', 'generatedOn', report.labels.generated, report.generatedOn]);
  for (const s of report.steps) {
    rows.push(['steps', `${s.key}.status`, s.title, s.status]);
    rows.push(['steps', `${s.key}.progress`, s.title, s.progress]);
    rows.push(['steps', `${s.key}.dueDate`, s.title, s.dueDate]);
  }
  report.terms.rows.forEach((r, index) => {
    const key = `ambassadorship.${index + 1}`;
    rows.push(['terms', `${key}.term`, report.labels.term, `${r.start} – ${r.end}`]);
    rows.push(['terms', `${key}.state`, report.labels.state, r.state]);
    rows.push(['terms', `${key}.exit`, report.labels.exit, r.exit]);
  });
  for (const f of report.terms.summary) rows.push(['terms', f.key, f.label, f.value]);
  report.themes.forEach((x, index) => {
    const key = `theme.${index + 1}`;
    rows.push(['themes', `${key}.theme`, report.labels.theme, x.theme]);
    rows.push(['themes', `${key}.outcome`, report.labels.outcome, x.outcome]);
    rows.push(['themes', `${key}.explanation`, report.labels.explanation, x.explanation]);
    rows.push(['themes', `${key}.on`, report.labels.answeredOn, x.on]);
    rows.push(['themes', `${key}.checkIns`, report.labels.checkIns, x.checkIns]);
  });
  // How many answers and when the last came; their text stays in the page and the PDF, since an
  // answer to "why these ambassadors?" names people.
  for (const q of report.questions) {
    rows.push(['questions', `${q.key}.answers`, q.title, String(q.answers.length)]);
    rows.push(['questions', `${q.key}.lastAnsweredOn`, q.title, q.answers.at(-1)?.on ?? '']);
  }
  for (const f of report.participation) rows.push(['participation', f.key, f.label, f.value]);
  rows.push(['notes', 'thresholds', report.labels.participation, report.thresholdNote]);
  // A byte-order mark, so spreadsheet programs read æ, ø and å as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
