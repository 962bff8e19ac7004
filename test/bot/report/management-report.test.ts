import fc from 'fast-check';
import {
  answerManagementQuestion,
  buildManagementReport,
  closeProgramme,
  recordDecision,
  type BoardData,
  type Locale,
} from '@ambassadors/shared';
import { renderReportCsv } from '../../../bot/src/report/report-csv';
import { renderReportHtml } from '../../../bot/src/report/report-html';
import { renderReportPdf } from '../../../bot/src/report/report-pdf';
import { pdfText } from '../../support/pdf-text';
import {
  ANNA,
  BO,
  CARL,
  LEADER,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeCheckIn,
  makeProgramme,
} from '../../shared/fixtures';

const d = (iso: string) => new Date(iso);
const now = d('2026-04-20T10:00:00Z');
const HIDDEN = { da: 'Vises ikke (færre end 5 personer)', en: 'Not shown (fewer than 5 people)' };
const AVERAGE = { da: 'Gennemsnitlig samstemthed (1–5)', en: 'Average alignment (1–5)' };
const CHECK_INS = { da: 'Check-ins', en: 'Check-ins' };

/** A programme with check-ins by `alignments.length` different people, all naming "workload". */
function boardWith(alignments: number[]): BoardData {
  const programme = answerManagementQuestion(
    makeProgramme({ locale: 'en', steps: { agreement: { template: TERMS } } }),
    'scopeOfRole',
    'After one term of twelve months',
    LEADER,
    d('2026-02-01T10:00:00Z'),
  );
  const checkIns = alignments.map((alignment, n) =>
    makeCheckIn({
      submittedAt: '2026-03-10T09:00:00.000Z',
      authorKey: `k-${n}`,
      alignment,
      situations: [{ theme: 'workload', description: 'A tense Monday meeting' }],
    }),
  );
  const board = makeBoard(programme, {
    ambassadorships: [
      makeActive(programme, ANNA, d('2026-02-02T10:00:00Z'), {
        term: { start: '2026-02-02', end: '2026-12-31' },
      }),
      makeActive(programme, BO, d('2026-02-02T10:00:00Z'), {
        term: { start: '2026-02-02', end: '2026-12-31' },
      }),
    ],
    checkIns,
  });
  const decision = recordDecision({
    board,
    input: { outcome: 'changeCourse', theme: 'workload', explanation: 'Fewer meetings on Mondays' },
    by: LEADER,
    now: d('2026-03-20T10:00:00Z'),
    id: 'dec-1',
  });
  return { ...board, decisions: [decision] };
}

async function renderings(board: BoardData, locale: Locale) {
  const report = buildManagementReport(board, locale, now);
  return {
    report,
    html: renderReportHtml(report),
    csv: renderReportCsv(report),
    pdf: pdfText(await renderReportPdf(report, { compress: true })),
  };
}

/** The value each rendering shows for the participation figure `label`. */
function shownFor(label: string, r: Awaited<ReturnType<typeof renderings>>) {
  const html = new RegExp(`<dt>${label.replace(/[()]/g, '\\$&')}</dt><dd>([^<]*)</dd>`).exec(r.html)?.[1];
  const csvRow = r.csv
    .split('\r\n')
    .find((row) => row.startsWith('participation,') && row.includes(`,${label},`));
  const csv = csvRow?.slice(csvRow.indexOf(`,${label},`) + label.length + 2);
  const pdfLine = r.pdf.split('\n').findIndex((line) => line.startsWith(label));
  const pdfRest = r.pdf.split('\n')[pdfLine]!.slice(label.length);
  const pdf = pdfRest || r.pdf.split('\n')[pdfLine + 1];
  return { html, csv, pdf };
}

describe('the management report: one content, three renderings', () => {
  it.each(['da', 'en'] as const)(
    'under the threshold (four people) every feedback figure is hidden in HTML, PDF and CSV (%s)',
    async (locale) => {
      const r = await renderings(boardWith([5, 5, 4, 4]), locale);
      for (const label of [AVERAGE[locale], CHECK_INS[locale]]) {
        expect(shownFor(label, r)).toEqual({
          html: HIDDEN[locale],
          csv: HIDDEN[locale],
          pdf: HIDDEN[locale],
        });
      }
      // The average 4.5 and the theme's count of four appear nowhere.
      for (const text of [r.html, r.csv, r.pdf]) {
        expect(text).not.toMatch(/4[.,]5/);
        expect(text).toContain(HIDDEN[locale]);
      }
      expect(r.report.themes).toEqual([
        expect.objectContaining({ theme: 'workload', checkIns: HIDDEN[locale] }),
      ]);
    },
  );

  it('from five people the same figures are shown, alike in all three', async () => {
    const r = await renderings(boardWith([5, 5, 4, 4, 4]), 'en');
    expect(shownFor(AVERAGE.en, r)).toEqual({ html: '4.4', csv: '4.4', pdf: '4.4' });
    expect(shownFor(CHECK_INS.en, r)).toEqual({ html: '5', csv: '5', pdf: '5' });
  });

  it('law: for any check-ins by fewer than five people, no rendering shows a feedback figure', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Locale>('da', 'en'),
        async (alignments, locale) => {
          const r = await renderings(boardWith(alignments), locale);
          const figures = r.report.participation.filter(
            (f) =>
              ['checkIns', 'alignmentAverage'].includes(f.key) ||
              f.key.startsWith('changeCourse') ||
              f.key.startsWith('checkIns.'),
          );
          for (const figure of figures)
            expect([figure.key, figure.value]).toEqual([figure.key, HIDDEN[locale]]);
          expect(shownFor(AVERAGE[locale], r)).toEqual({
            html: HIDDEN[locale],
            csv: HIDDEN[locale],
            pdf: HIDDEN[locale],
          });
        },
      ),
      { numRuns: 12 },
    );
  });

  it('has the steps, terms and exits, the themes with the answers and the card’s questions, in Danish', async () => {
    const r = await renderings(boardWith([4, 4, 4, 4, 4]), 'da');
    for (const text of [
      'Rapport til ledelsen',
      '1. Plan for ambassadøropgaver',
      'Perioder og afslutninger',
      'Anna Andersen',
      'Vi ændrer kurs',
      'Fewer meetings on Mondays',
      'Hvornår trækker vi ambassadørerne tilbage?',
      'After one term of twelve months',
    ]) {
      expect({ text, html: r.html.includes(text), pdf: r.pdf.includes(text) }).toEqual({
        text,
        html: true,
        pdf: true,
      });
    }
  });

  it('after a close, an active ambassador’s exit reads as open and a lapsed candidate has none', () => {
    const board = boardWith([4, 4, 4, 4, 4]);
    const withCandidate = {
      ...board,
      ambassadorships: [
        ...board.ambassadorships,
        makeCandidate(board.programme, CARL, d('2026-03-01T10:00:00Z')),
      ],
    };
    const closed = closeProgramme(withCandidate, LEADER, now);
    const after = { ...withCandidate, programme: closed.programme, ambassadorships: closed.ambassadorships };
    const exits = (locale: Locale) =>
      Object.fromEntries(buildManagementReport(after, locale, now).terms.rows.map((r) => [r.person, r.exit]));
    expect(exits('en')).toEqual({
      [ANNA.displayName]: 'open: nothing recorded yet',
      [BO.displayName]: 'open: nothing recorded yet',
      [CARL.displayName]: '–',
    });
    expect(exits('da')[ANNA.displayName]).toBe('åben: intet registreret endnu');
  });

  it('the CSV carries no names and no ids of people', async () => {
    const board = boardWith([4, 4, 4, 4, 4]);
    const { csv } = await renderings(board, 'en');
    const people = [ANNA, BO, LEADER];
    for (const person of people) {
      expect(csv).not.toContain(person.displayName);
      expect(csv).not.toContain(person.userId);
    }
    for (const amb of board.ambassadorships) expect(csv).not.toContain(amb.id);
    expect(csv).toContain('terms,ambassadorship.1.term,Term,2026-02-02 – 2026-12-31');
  });

  it('a closed programme reports the figures kept at the close after its check-ins have expired', async () => {
    const board = boardWith([5, 5, 4, 4, 4]);
    const closed = closeProgramme(board, LEADER, d('2026-04-01T10:00:00Z'));
    const later = { ...board, programme: closed.programme, checkIns: [] };
    const r = await renderings(later, 'en');
    expect(r.report.programme.status).toBe('Closed on 2026-04-01');
    expect(shownFor(AVERAGE.en, r)).toEqual({ html: '4.4', csv: '4.4', pdf: '4.4' });
    expect(r.report.themes[0]!.checkIns).toBe('5');
  });

  it('the PDF is one A4 page, written with the standard Helvetica font only', async () => {
    const report = buildManagementReport(boardWith([4, 4, 4, 4, 4]), 'en', now);
    const pdf = (await renderReportPdf(report, { compress: false })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect([...new Set(pdf.match(/\/BaseFont \/[\w-]+/g))].sort()).toEqual(
      expect.arrayContaining(['/BaseFont /Helvetica']),
    );
    expect(pdf).not.toMatch(/FontFile/);
  });
});
