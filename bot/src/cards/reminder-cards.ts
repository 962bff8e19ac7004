import {
  CHANGE_COURSE_DEFAULT,
  applicantMessageOf,
  REMINDER_KINDS,
  describeNextAction,
  nextActionSchema,
  type Locale,
  type ReminderKind,
} from '@ambassadors/shared';
import { dateTimeFormat } from '@ambassadors/shared/i18n/date-time-format';
import {
  CARD_REF_TEMPLATE,
  cardShell,
  expandCard,
  headingBlock,
  openUrlAction,
  recordAction,
  textBlock,
  type CardJson,
} from './card-template';
import { cardText, cardTexts, safeLinkUrl } from './card-markdown';
import { text, textBundle, type TextKey } from './card-texts';

/** Every kind of the domain's schedule has a template: the Record type makes that a compile error. */
export { REMINDER_KINDS };
type CardReminderKind = ReminderKind;

/**
 * Ties an action to the card it came from. `cardId` is unique per card sent (the outbox record
 * id for reminders, a fresh id for cards a command shows); `outboxId` is '' for command cards.
 */
export interface CardRef {
  cardId: string;
  outboxId: string;
  reminderId: string;
  programmeId: string;
}

export interface CardContext {
  locale: Locale;
  /** Deep link to the programme in the tab. */
  tabUrl: string;
  timeZone: string;
  ref: CardRef;
  /** Held-back reminders this card lists under its own (the nudge cap merges them). */
  merged?: ReadonlyArray<{ kind: string; data: Record<string, unknown> }>;
}

/** Card verbs: what an action on a card records. */
export const VERBS = {
  apply: 'posting.apply',
  acceptAgreement: 'agreement.accept',
  completeTraining: 'training.complete',
  checkIn: 'checkIn.submit',
  acknowledge: 'reminder.ack',
} as const;

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

export function formatInstant(iso: unknown, ctx: Pick<CardContext, 'locale' | 'timeZone'>): string {
  const date = typeof iso === 'string' ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '–';
  return dateTimeFormat(ctx.locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: iso && String(iso).length > 10 ? 'short' : undefined,
    timeZone: ctx.timeZone,
  }).format(date);
}

export function formatDay(isoDate: unknown, locale: Locale): string {
  if (typeof isoDate !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(isoDate)) return '–';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return dateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

const title = (key: string) => headingBlock(`\${t.${key}}`);
const ack = (verb = VERBS.acknowledge) => recordAction('${t.gotIt}', verb, { ...CARD_REF_TEMPLATE });
const openBoard = openUrlAction('${t.openBoard}', '${tabUrl}');

const AGENDA_KEYS: Record<string, TextKey> = {
  progress: 'agendaProgress',
  challenges: 'agendaChallenges',
  successes: 'agendaSuccesses',
  keyMessage: 'agendaKeyMessage',
};

/** Templates, one per reminder kind; `t` = texts in the recipient's language, `d` = the data. */
const TEMPLATES: Record<CardReminderKind, CardJson> = {
  postingAnnouncement: cardShell(
    [
      title('postingTitle'),
      textBlock('${t.postingBody}'),
      textBlock('${t.postingInvitedBy}', { weight: 'Bolder', spacing: 'Medium', $when: "${d.note != ''}" }),
      textBlock('${d.note}', { isSubtle: true, spacing: 'Small', $when: "${d.note != ''}" }),
      {
        type: 'Input.Text',
        id: 'motivation',
        label: '${t.postingMotivation}',
        isMultiline: true,
        isRequired: true,
        maxLength: 4000,
        errorMessage: '${t.postingMotivation}',
      },
    ],
    [recordAction('${t.apply}', VERBS.apply, { ...CARD_REF_TEMPLATE }, 'positive'), openBoard],
  ),
  postingDeadline: cardShell(
    [title('postingDeadlineTitle'), textBlock('${t.postingDeadlineBody}')],
    [openBoard, ack()],
  ),
  applicationOutcome: cardShell(
    [
      title('applicationOutcomeTitle'),
      textBlock('${d.applicantMessage}'),
      textBlock('${t.applicationOutcomeSelectedNext}', {
        isSubtle: true,
        $when: "${d.outcome == 'selected'}",
      }),
    ],
    [openBoard, ack()],
  ),
  agreementAcceptance: cardShell(
    [
      title('agreementTitle'),
      textBlock('${t.agreementBody}'),
      { type: 'TextBlock', text: '${d.role}', wrap: true, isSubtle: true, $when: "${d.role != ''}" },
      { type: 'TextBlock', $data: '${d.responsibilities}', text: '• ${$data}', wrap: true, spacing: 'None' },
      textBlock('${t.agreementTerms}', { $when: "${d.termStart != ''}" }),
    ],
    [
      recordAction(
        '${t.accept}',
        VERBS.acceptAgreement,
        {
          ...CARD_REF_TEMPLATE,
          ambassadorshipId: '${d.ambassadorshipId}',
          version: '${d.version}',
          side: '${d.side}',
        },
        'positive',
      ),
      openBoard,
    ],
  ),
  trainingModule: cardShell(
    [
      title('trainingTitle'),
      textBlock('${d.description}', { $when: "${d.description != ''}" }),
      textBlock('${t.trainingBody}'),
    ],
    [
      recordAction(
        '${t.trainingDone}',
        VERBS.completeTraining,
        {
          ...CARD_REF_TEMPLATE,
          ambassadorshipId: '${d.ambassadorshipId}',
          moduleId: '${d.moduleId}',
        },
        'positive',
      ),
      {
        type: 'Action.OpenUrl',
        title: '${t.openResource}',
        url: '${d.resourceUrl}',
        $when: "${d.resourceUrl != ''}",
      },
    ],
  ),
  trainingSession: cardShell(
    [
      title('trainingSessionTitle'),
      textBlock('${t.trainingSessionWhen}'),
      textBlock('${d.place}', { $when: "${d.place != ''}" }),
    ],
    [
      { type: 'Action.OpenUrl', title: '${t.join}', url: '${d.joinUrl}', $when: "${d.joinUrl != ''}" },
      openBoard,
      ack(),
    ],
  ),
  meeting: cardShell(
    [
      title('meetingTitle'),
      { type: 'TextBlock', text: '${t.meetingAgenda}', weight: 'Bolder', spacing: 'Medium' },
      { type: 'TextBlock', $data: '${d.agenda}', text: '• ${$data}', wrap: true, spacing: 'None' },
      {
        type: 'FactSet',
        $when: "${d.keyMessage != ''}",
        facts: [{ title: '${t.keyMessage}', value: '${d.keyMessage}' }],
      },
    ],
    [
      { type: 'Action.OpenUrl', title: '${t.join}', url: '${d.joinUrl}', $when: "${d.joinUrl != ''}" },
      openBoard,
      ack(),
    ],
  ),
  alignmentMeeting: cardShell([title('alignmentTitle'), textBlock('${t.alignmentBody}')], [openBoard, ack()]),
  checkInRequest: cardShell(
    [
      title('checkInTitle'),
      textBlock('${t.checkInBody}', { isSubtle: true }),
      textBlock('${t.checkInPrivacy}', { isSubtle: true }),
      {
        type: 'FactSet',
        $when: "${d.keyMessage != ''}",
        facts: [{ title: '${t.keyMessage}', value: '${d.keyMessage}' }],
      },
      {
        type: 'Input.Text',
        id: 'progress',
        label: '${t.checkInProgress}',
        isMultiline: true,
        maxLength: 2000,
      },
      {
        type: 'Input.Text',
        id: 'challenges',
        label: '${t.checkInChallenges}',
        isMultiline: true,
        maxLength: 2000,
      },
      {
        type: 'Input.Text',
        id: 'successes',
        label: '${t.checkInSuccesses}',
        isMultiline: true,
        maxLength: 2000,
      },
      {
        type: 'Input.ChoiceSet',
        id: 'agreedTheme',
        label: '${t.checkInAgreedTheme}',
        style: 'compact',
        $when: '${d.hasAgreedThemes}',
        choices: [{ $data: '${d.agreedThemes}', title: '${$data}', value: '${$data}' }],
      },
      {
        type: 'Input.Text',
        id: 'theme',
        label: '${if(d.hasAgreedThemes, t.checkInOtherTheme, t.checkInTheme)}',
        maxLength: 100,
      },
      {
        type: 'Input.ChoiceSet',
        id: 'alignment',
        label: '${t.checkInAlignment}',
        style: 'expanded',
        isRequired: true,
        errorMessage: '${t.checkInAlignment}',
        choices: [1, 2, 3, 4, 5].map((n) => ({ title: String(n), value: String(n) })),
      },
      {
        type: 'Input.ChoiceSet',
        id: 'changeCourse',
        label: '${t.checkInChangeCourse}',
        isRequired: true,
        errorMessage: '${t.checkInChangeCourse}',
        value: CHANGE_COURSE_DEFAULT,
        choices: [
          { title: '${t.no}', value: 'no' },
          { title: '${t.yes}', value: 'yes' },
          { title: '${t.unsure}', value: 'unsure' },
        ],
      },
      {
        type: 'Input.Text',
        id: 'changeCourseSuggestion',
        label: '${t.checkInSuggestion}',
        isMultiline: true,
        maxLength: 2000,
      },
    ],
    [
      recordAction(
        '${t.send}',
        VERBS.checkIn,
        {
          ...CARD_REF_TEMPLATE,
          ambassadorshipId: '${d.ambassadorshipId}',
        },
        'positive',
      ),
    ],
  ),
  termEnding30: cardShell([title('termEndingTitle'), textBlock('${t.termEndingBody}')], [openBoard, ack()]),
  termEnding7: cardShell([title('termEndingTitle'), textBlock('${t.termEndingBody}')], [openBoard, ack()]),
  termEndedExit: cardShell([title('termEndedTitle'), textBlock('${t.termEndedBody}')], [openBoard, ack()]),
  leaderDigest: cardShell(
    [
      title('digestTitle'),
      textBlock('${t.digestBody}', { $when: '${d.hasCheckIns}' }),
      { type: 'TextBlock', $data: '${d.themes}', text: '• ${$data}', wrap: true, spacing: 'None' },
      {
        type: 'TextBlock',
        text: '${d.termsHeading}',
        weight: 'Bolder',
        spacing: 'Medium',
        $when: '${d.hasTermLines}',
      },
      { type: 'TextBlock', $data: '${d.termLines}', text: '• ${$data}', wrap: true, spacing: 'None' },
    ],
    [openUrlAction('${t.decide}', '${tabUrl}'), ack()],
  ),
  themeAnswered: cardShell(
    [
      title('themeAnsweredTitle'),
      textBlock('${d.answerSource}', { isSubtle: true }),
      textBlock('${d.answerOutcome}', { weight: 'Bolder' }),
      textBlock('${d.explanation}'),
    ],
    [openBoard, ack()],
  ),
};

/** What the leaders do about a theme, as the answer card says it. */
const ANSWER_OUTCOME_KEYS: Record<string, TextKey> = {
  changeCourse: 'themeAnsweredChangeCourse',
  keepCourse: 'themeAnsweredKeepCourse',
  explain: 'themeAnsweredExplain',
};

/** Where the answered theme came from: the reader's own named situation, the group's, or the pulse. */
function answerSourceKey(openSituation: unknown): TextKey {
  if (openSituation === 'named') return 'themeAnsweredNamed';
  if (openSituation === 'group') return 'themeAnsweredGroup';
  return 'themeAnsweredPulse';
}

/** The exit written for a withdrawal: no "your term has ended" for someone who stepped down. */
const WITHDRAWN_EXIT = cardShell(
  [title('termWithdrawnTitle'), textBlock('${t.termWithdrawnBody}')],
  [openBoard, ack()],
);

/** Own-property lookup: a kind such as "constructor" has no template. */
function templateFor(kind: string, data: Record<string, unknown>): CardJson | undefined {
  if (kind === 'termEndedExit' && data.reason === 'withdrawn') return WITHDRAWN_EXIT;
  return Object.hasOwn(TEMPLATES, kind) ? TEMPLATES[kind as CardReminderKind] : undefined;
}

/** The leaders' digest lines about terms ending soon and exits still to hold. */
function digestTermLines(data: Record<string, unknown>, locale: Locale): string[] {
  const rows = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
      : [];
  const person = (row: Record<string, unknown>) => cardText(str(row.ambassadorName, '–'));
  return [
    ...rows(data.termsEnding).map((row) =>
      text('digestTermEnding', locale, {
        person: person(row),
        days: num(row.daysLeft),
        end: formatDay(row.termEnd, locale),
      }),
    ),
    ...rows(data.exits).map((row) =>
      text(row.reason === 'withdrawn' ? 'digestExitWithdrawn' : 'digestExitEnded', locale, {
        person: person(row),
        end: formatDay(row.endedOn, locale),
      }),
    ),
  ].slice(0, 30);
}

/**
 * The board's "what now" list in a digest (`nextActions`, put there by the scheduler), worded as
 * the board words it; null for a digest queued before it carried the list (then the term lines).
 */
function digestActionLines(data: Record<string, unknown>, ctx: CardContext): string[] | null {
  if (!Array.isArray(data.nextActions)) return null;
  return data.nextActions
    .flatMap((raw) => {
      const parsed = nextActionSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    })
    .map((action) => {
      const { text: line, due } = describeNextAction(action, ctx.locale, ctx.timeZone);
      return cardText(due ? `${line} · ${due}` : line);
    })
    .slice(0, 10);
}

/** Builds the card for one reminder occurrence in the recipient's language. */
export function reminderCard(kind: string, data: Record<string, unknown>, ctx: CardContext): CardJson {
  const template = templateFor(kind, data);
  if (!template) throw new Error(`no card template for reminder kind ${kind}`);
  const when =
    typeof data.dueDate === 'string' && kind === 'alignmentMeeting'
      ? formatDay(data.dueDate, ctx.locale)
      : formatInstant(data.startsAt ?? data.scheduledAt ?? data.nextAt, ctx);
  const params: Record<string, string | number> = {
    title: cardText(str(data.title ?? data.moduleTitle, '–')),
    hours: num(data.hoursPerMonth, 3),
    months: num(data.termMonths, 12),
    deadline: formatDay(data.applicationDeadline, ctx.locale),
    applications: num(data.applications),
    version: num(data.version, 1),
    person: cardText(str(data.ambassadorName ?? data.personName, '–')),
    inviter: cardText(str(data.invitedBy, '–')),
    when,
    days: num(data.daysLeft ?? data.days, kind === 'termEnding7' ? 7 : 30),
    end: formatDay(data.termEnd, ctx.locale),
    count: typeof data.newCheckIns === 'number' ? data.newCheckIns : num(data.count, 0) || '–',
    // The check-in card's privacy note (`checkInPrivacy` in the data); the floors if absent.
    answers: num(data.minimumAnswers, 5),
    freeText: num(data.minimumFreeText, 10),
    retention: num(data.retentionMonthsAfterTerm, 12),
    interval: num(data.intervalDays, 14),
    theme: cardText(str(data.theme, '–')),
    start: formatDay(data.termStart, ctx.locale),
  };
  const agenda = Array.isArray(data.agenda)
    ? data.agenda.map(String)
    : ['progress', 'challenges', 'successes', 'keyMessage'];
  const d = {
    role: cardText(str(data.role)),
    responsibilities: Array.isArray(data.responsibilities)
      ? cardTexts(data.responsibilities.map(String).slice(0, 30))
      : [],
    ambassadorshipId: str(data.ambassadorshipId),
    termStart: str(data.termStart),
    version: num(data.version, 1),
    side: str(data.side, 'ambassador'),
    moduleId: str(data.moduleId),
    description: cardText(str(data.description)),
    resourceUrl: safeLinkUrl(data.resourceUrl, { httpsOnly: false }),
    joinUrl: safeLinkUrl(data.joinUrl),
    agenda: cardTexts(agenda.map((key) => (AGENDA_KEYS[key] ? text(AGENDA_KEYS[key], ctx.locale) : key))),
    keyMessage: cardText(str(data.keyMessage)),
    themes: Array.isArray(data.themes) ? cardTexts(data.themes.map(String).slice(0, 10)) : [],
    agreedThemes: Array.isArray(data.agreedThemes) ? data.agreedThemes.map(String).slice(0, 20) : [],
    hasAgreedThemes: Array.isArray(data.agreedThemes) && data.agreedThemes.length > 0,
    note: cardText(str(data.note).trim()),
    hasCheckIns: data.newCheckIns !== 0,
    termLines: [] as string[],
    termsHeading: text('digestTermsHeading', ctx.locale),
    hasTermLines: false,
    outcome: str(data.outcome),
    answerOutcome: text(ANSWER_OUTCOME_KEYS[str(data.outcome)] ?? 'themeAnsweredExplain', ctx.locale),
    answerSource: text(answerSourceKey(data.openSituation), ctx.locale),
    explanation: cardText(str(data.explanation)),
    place: cardText(str(data.place)),
    // Only the message meant for the applicant: the data never carries the leaders' note.
    applicantMessage:
      kind === 'applicationOutcome'
        ? cardText(
            applicantMessageOf(
              {
                outcome: data.outcome === 'selected' ? 'selected' : 'declined',
                applicantMessage: typeof data.message === 'string' ? data.message : undefined,
              },
              ctx.locale,
            ),
          )
        : '',
  };
  if (kind === 'leaderDigest') {
    const actions = digestActionLines(data, ctx);
    d.termLines = actions ?? digestTermLines(data, ctx.locale);
    if (actions) d.termsHeading = text('digestNextHeading', ctx.locale);
  }
  d.hasTermLines = d.termLines.length > 0;
  const card = expandCard(template, {
    t: textBundle(ctx.locale, params),
    d,
    ref: ctx.ref,
    tabUrl: ctx.tabUrl,
  });
  const merged = (ctx.merged ?? []).map((m) => cardText(reminderSummary(m.kind, m.data, ctx.locale)));
  const lines = [...new Set(merged)].slice(0, 20);
  if (lines.length === 0) return card;
  // Appended after expansion: the lines are final text, not template expressions.
  const body = Array.isArray(card.body) ? card.body : [];
  return {
    ...card,
    body: [
      ...body,
      {
        type: 'TextBlock',
        text: text('mergedHeading', ctx.locale),
        weight: 'Bolder',
        spacing: 'Medium',
        wrap: true,
      },
      ...lines.map((line) => ({ type: 'TextBlock', text: `• ${line}`, wrap: true, spacing: 'None' })),
    ],
  };
}

/** The one-line text shown in notifications and by clients that cannot show cards. */
export function reminderSummary(kind: string, data: Record<string, unknown>, locale: Locale): string {
  const keys: Record<CardReminderKind, TextKey> = {
    postingAnnouncement: 'postingTitle',
    postingDeadline: 'postingDeadlineTitle',
    applicationOutcome: 'applicationOutcomeTitle',
    agreementAcceptance: 'agreementTitle',
    trainingModule: 'trainingTitle',
    meeting: 'meetingAgenda',
    alignmentMeeting: 'alignmentTitle',
    checkInRequest: 'checkInTitle',
    termEnding30: 'termEndingTitle',
    termEnding7: 'termEndingTitle',
    termEndedExit: 'termEndedTitle',
    leaderDigest: 'digestTitle',
    themeAnswered: 'themeAnsweredTitle',
    trainingSession: 'trainingSessionTitle',
  };
  const key: TextKey =
    kind === 'termEndedExit' && data.reason === 'withdrawn'
      ? 'termWithdrawnTitle'
      : Object.hasOwn(keys, kind)
        ? keys[kind as CardReminderKind]
        : 'appName';
  return text(key, locale, {
    title: str(data.title ?? data.moduleTitle, ''),
    theme: str(data.theme, ''),
    days: num(data.daysLeft ?? data.days, kind === 'termEnding7' ? 7 : 30),
    when: '',
  });
}
