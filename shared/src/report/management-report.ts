import { AMBASSADORS_CARD, MANAGEMENT_QUESTION_KEYS, STEP_KEYS } from '../card/ambassadors-card';
import type { Locale } from '../i18n/locale';
import type { BoardData } from '../model/board';
import type { FeedbackSnapshot } from '../model/closure';
import type { Decision } from '../model/decision';
import type { StepStatus } from '../model/step';
import { isOpenAmbassadorship, withTermsEnded } from '../rules/ambassadorship-lifecycle';
import { localDateOf } from '../rules/calendar';
import { feedbackSnapshotOf, closedOn } from '../rules/programme-closure';
import { describeSteps } from '../rules/step-status';
import { termHasEnded } from '../rules/term';
import { youSaidWeDid } from '../rules/feedback/decisions';

/**
 * The management team's one-page report: what the card asks the team to follow (the five steps,
 * terms and exits, the themes and what leaders did about them, the answers to the card's three
 * questions) and participation figures. It is built once, as data with every text already in
 * the reader's language, and the HTML page, the PDF and the CSV only lay it out — so the three
 * cannot disagree, and a figure hidden by the anonymity thresholds is absent from all three.
 *
 * Feedback figures come only from the thresholded overview (live while the programme runs, the
 * snapshot kept at the close once it is closed): a figure fewer than `minimumAnswers` different
 * people stand behind is `null` here and rendered as the hidden text, never as a number.
 */
export interface ManagementReport {
  locale: Locale;
  title: string;
  programme: {
    name: string;
    purpose: string;
    targetGroup: string;
    period: string;
    /** "Running" or "Closed on …". */
    status: string;
    closed: boolean;
  };
  generatedOn: string;
  labels: ReportLabels;
  steps: { key: string; title: string; status: string; progress: string; dueDate: string }[];
  /** Ambassadors' terms and exits. `person` is the one personal field: the CSV leaves it out. */
  terms: {
    rows: { person: string; start: string; end: string; state: string; exit: string }[];
    summary: ReportFigure[];
  };
  themes: { theme: string; outcome: string; explanation: string; on: string; checkIns: string }[];
  questions: { key: string; title: string; questions: string[]; answers: { text: string; on: string }[] }[];
  participation: ReportFigure[];
  /** Explains the hidden figures: "Figures from fewer than 5 people are not shown." */
  thresholdNote: string;
}

/** One figure: a stable key (CSV), its label and its value as text. `hidden` marks a gated one. */
export interface ReportFigure {
  key: string;
  label: string;
  value: string;
  hidden: boolean;
}

export interface ReportLabels {
  steps: string;
  step: string;
  status: string;
  progress: string;
  dueDate: string;
  terms: string;
  person: string;
  term: string;
  state: string;
  exit: string;
  themes: string;
  theme: string;
  outcome: string;
  explanation: string;
  answeredOn: string;
  checkIns: string;
  questions: string;
  noAnswer: string;
  participation: string;
  none: string;
  generated: string;
}

const T = {
  da: {
    title: 'Rapport til ledelsen',
    running: 'I gang',
    closedOn: 'Lukket {date}',
    hidden: 'Vises ikke (færre end {n} personer)',
    thresholdNote:
      'Tal fra feedback vises kun, når mindst {n} forskellige personer står bag; færre vises som "vises ikke".',
    snapshotNote: 'Feedbacktallene er dem, der var synlige, da programmet blev lukket {date}.',
    stepStatus: { notStarted: 'Ikke startet', inProgress: 'I gang', done: 'Færdig' },
    ambState: { candidate: 'Kandidat', active: 'Aktiv', ended: 'Afsluttet', withdrawn: 'Trukket tilbage' },
    exit: {
      debriefHeld: 'afrunding holdt',
      thanked: 'takket',
      handover: 'overdragelse skrevet',
      none: 'åben: intet registreret endnu',
    },
    outcome: { changeCourse: 'Vi ændrer kurs', keepCourse: 'Vi holder kursen', explain: 'Vi forklarer' },
    figures: {
      ambassadorsNow: 'Ambassadører nu',
      ambassadorsEver: 'Ambassadørforløb i alt',
      ended: 'Afsluttede forløb',
      withdrawn: 'Trukket tilbage før tid',
      applications: 'Ansøgninger',
      meetingsHeld: 'Møder holdt',
      checkIns: 'Check-ins',
      alignmentAverage: 'Gennemsnitlig samstemthed (1–5)',
      changeCourseYes: 'Foreslår at ændre kurs: ja',
      changeCourseNo: 'Foreslår at ændre kurs: nej',
      changeCourseUnsure: 'Foreslår at ændre kurs: usikker',
      month: 'Check-ins {month}',
    },
    labels: {
      steps: 'De fem trin',
      step: 'Trin',
      status: 'Status',
      progress: 'Fremdrift',
      dueDate: 'Frist',
      terms: 'Perioder og afslutninger',
      person: 'Ambassadør',
      term: 'Periode',
      state: 'Tilstand',
      exit: 'Afslutning',
      themes: 'Temaer og ledernes svar (I sagde, vi gjorde)',
      theme: 'Tema',
      outcome: 'Svar',
      explanation: 'Forklaring',
      answeredOn: 'Dato',
      checkIns: 'Check-ins',
      questions: 'Ledelsens spørgsmål',
      noAnswer: 'Ikke besvaret endnu',
      participation: 'Deltagelse',
      none: 'Ingen endnu',
      generated: 'Udarbejdet',
    },
  },
  en: {
    title: 'Report for the management team',
    running: 'Running',
    closedOn: 'Closed on {date}',
    hidden: 'Not shown (fewer than {n} people)',
    thresholdNote:
      'Feedback figures are shown only when at least {n} different people stand behind them; fewer are shown as "not shown".',
    snapshotNote: 'The feedback figures are those that were visible when the programme was closed on {date}.',
    stepStatus: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' },
    ambState: { candidate: 'Candidate', active: 'Active', ended: 'Ended', withdrawn: 'Withdrawn' },
    exit: {
      debriefHeld: 'debrief held',
      thanked: 'thanked',
      handover: 'hand-over written',
      none: 'open: nothing recorded yet',
    },
    outcome: { changeCourse: 'We change course', keepCourse: 'We keep course', explain: 'We explain' },
    figures: {
      ambassadorsNow: 'Ambassadors now',
      ambassadorsEver: 'Ambassadorships in all',
      ended: 'Ended terms',
      withdrawn: 'Withdrawn early',
      applications: 'Applications',
      meetingsHeld: 'Meetings held',
      checkIns: 'Check-ins',
      alignmentAverage: 'Average alignment (1–5)',
      changeCourseYes: 'Suggest changing course: yes',
      changeCourseNo: 'Suggest changing course: no',
      changeCourseUnsure: 'Suggest changing course: unsure',
      month: 'Check-ins {month}',
    },
    labels: {
      steps: 'The five steps',
      step: 'Step',
      status: 'Status',
      progress: 'Progress',
      dueDate: 'Due',
      terms: 'Terms and exits',
      person: 'Ambassador',
      term: 'Term',
      state: 'State',
      exit: 'Exit',
      themes: 'Themes and the leaders’ answers (you said, we did)',
      theme: 'Theme',
      outcome: 'Answer',
      explanation: 'Explanation',
      answeredOn: 'Date',
      checkIns: 'Check-ins',
      questions: 'The management team’s questions',
      noAnswer: 'Not answered yet',
      participation: 'Participation',
      none: 'None yet',
      generated: 'Prepared',
    },
  },
} as const;

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }).format(
    value,
  );
}

/**
 * The feedback figures the report may show: the snapshot kept at the close for a closed
 * programme, else the live thresholded overview reduced the same way (hidden → null).
 */
function feedbackFigures(board: BoardData, now: Date): FeedbackSnapshot {
  return board.programme.closure?.feedbackSnapshot ?? feedbackSnapshotOf(board, now);
}

/** Builds the report for `locale` at `now` (pure: the same board and time give the same report). */
export function buildManagementReport(stored: BoardData, locale: Locale, now: Date): ManagementReport {
  const board = withTermsEnded(stored, now);
  const { programme } = board;
  const t = T[locale];
  const tz = programme.timeZone;
  const closedDay = closedOn(programme);
  const feedback = feedbackFigures(board, now);
  const hiddenText = fill(t.hidden, { n: feedback.minimumAnswers });
  const gatedFigure = (key: string, label: string, value: number | null): ReportFigure =>
    value === null
      ? { key, label, value: hiddenText, hidden: true }
      : { key, label, value: formatNumber(value, locale), hidden: false };
  const plain = (key: string, label: string, value: number): ReportFigure => ({
    key,
    label,
    value: formatNumber(value, locale),
    hidden: false,
  });

  const steps = describeSteps(board, now).map((step) => {
    const index = STEP_KEYS.indexOf(step.key);
    return {
      key: step.key,
      title: `${index + 1}. ${AMBASSADORS_CARD.steps[index]!.title[locale]}`,
      status: t.stepStatus[step.status as StepStatus],
      progress: step.progress.total > 0 ? `${step.progress.done}/${step.progress.total}` : '–',
      dueDate: step.dueDate ?? '–',
    };
  });

  const ambassadorships = board.ambassadorships
    .filter((a) => a.programmeId === programme.id)
    .sort((a, b) => a.term.start.localeCompare(b.term.start) || a.id.localeCompare(b.id));
  const current = ambassadorships.filter((a) => isOpenAmbassadorship(a) && !termHasEnded(a.term, now, tz));
  const rows = ambassadorships.map((a) => {
    const done = [
      a.exit.debriefHeldAt ? t.exit.debriefHeld : null,
      a.exit.thankedAt ? t.exit.thanked : null,
      a.exit.handoverNotes ? t.exit.handover : null,
    ].filter((x): x is NonNullable<typeof x> => x !== null);
    const over = a.state === 'ended' || a.state === 'withdrawn';
    return {
      person: a.person.displayName,
      start: a.term.start,
      end: a.state === 'withdrawn' && a.endedAt ? localDateOf(new Date(a.endedAt), tz) : a.term.end,
      state: t.ambState[a.state],
      // Only someone who was active has an exit (debrief, thanks, hand-over); a candidate lapses.
      exit: done.length > 0 ? done.join(', ') : over && a.activatedAt ? t.exit.none : '–',
    };
  });

  const snapshotThemes = new Map(feedback.themes.map((x) => [x.theme.trim().toLocaleLowerCase(), x.count]));
  const themes = youSaidWeDid(board, now).map((entry) => {
    // Live while check-ins are kept; the kept figure once the programme is closed.
    const count = programme.closure
      ? snapshotThemes.get(entry.theme.trim().toLocaleLowerCase())
      : entry.checkInCount;
    return {
      theme: entry.theme,
      outcome: t.outcome[entry.outcome as Decision['outcome']],
      explanation: entry.explanation,
      on: localDateOf(new Date(entry.at), tz),
      checkIns: count === undefined ? hiddenText : formatNumber(count, locale),
    };
  });

  const questions = MANAGEMENT_QUESTION_KEYS.map((key) => {
    const card = AMBASSADORS_CARD.managementQuestions.find((q) => q.key === key)!;
    return {
      key,
      title: card.title[locale],
      questions: card.questions.map((q) => q[locale]),
      answers: programme.managementAnswers[key].map((answer) => ({
        text: answer.text,
        on: localDateOf(new Date(answer.at), tz),
      })),
    };
  });

  const f = t.figures;
  const participation: ReportFigure[] = [
    plain('ambassadorsNow', f.ambassadorsNow, current.filter((a) => a.state === 'active').length),
    plain('ambassadorsEver', f.ambassadorsEver, ambassadorships.length),
    plain(
      'applications',
      f.applications,
      board.applications.filter((a) => a.programmeId === programme.id).length,
    ),
    plain('meetingsHeld', f.meetingsHeld, board.meetings.filter((m) => m.held).length),
    gatedFigure('checkIns', f.checkIns, feedback.checkIns),
    gatedFigure('alignmentAverage', f.alignmentAverage, feedback.alignmentAverage),
    gatedFigure('changeCourseYes', f.changeCourseYes, feedback.changeCourse?.yes ?? null),
    gatedFigure('changeCourseNo', f.changeCourseNo, feedback.changeCourse?.no ?? null),
    gatedFigure('changeCourseUnsure', f.changeCourseUnsure, feedback.changeCourse?.unsure ?? null),
    ...feedback.months.map((m) =>
      plain(`checkIns.${m.month}`, fill(f.month, { month: m.month }), m.checkIns),
    ),
  ];

  const notes = [fill(t.thresholdNote, { n: feedback.minimumAnswers })];
  if (programme.closure && closedDay) notes.push(fill(t.snapshotNote, { date: closedDay }));

  return {
    locale,
    title: t.title,
    programme: {
      name: programme.name,
      purpose: programme.purpose,
      targetGroup: programme.targetGroup,
      period: `${programme.startDate} – ${programme.endDate ?? '…'}`,
      status: closedDay ? fill(t.closedOn, { date: closedDay }) : t.running,
      closed: closedDay !== null,
    },
    generatedOn: localDateOf(now, tz),
    labels: t.labels,
    steps,
    terms: {
      rows,
      summary: [
        plain('ambassadorsNow', f.ambassadorsNow, current.filter((a) => a.state === 'active').length),
        plain('ended', f.ended, ambassadorships.filter((a) => a.state === 'ended').length),
        plain('withdrawn', f.withdrawn, ambassadorships.filter((a) => a.state === 'withdrawn').length),
      ],
    },
    themes,
    questions,
    participation,
    thresholdNote: notes.join(' '),
  };
}
