import {
  LOCALES,
  REMINDER_KINDS,
  type Locale,
  type ReminderDataMap,
  type ReminderKind,
  answerManagementQuestion,
  markWorkshopCapture,
  newProgramme,
  prepareWorkshop,
} from '@ambassadors/shared';
import type { CardJson } from '../../../bot/src/cards/card-template';
import { workshopSummaryCard } from '../../../bot/src/cards/workshop-summary-card';
import { reminderCard } from '../../../bot/src/cards/reminder-cards';
import {
  errorCard,
  greetCard,
  helpCard,
  noticeCard,
  statusCard,
  thanksCard,
} from '../../../bot/src/cards/system-cards';

/** Display data as the domain's schedule produces it, one sample per kind. */
export const SAMPLE_DATA: { [K in ReminderKind]: ReminderDataMap[K] } = {
  postingAnnouncement: {
    audience: 'everyone',
    title: 'Ambassadør for arbejdsfællesskabet',
    applicationDeadline: '2026-12-15',
    hoursPerMonth: 3,
    termMonths: 12,
    note: 'Du ville være *rigtig* god til det – se [opslaget](https://evil.example) {{DATE(2026-01-01T00:00:00Z, SHORT)}}',
    invitedBy: 'Lene Leder',
  },
  postingDeadline: {
    title: 'Ambassadør for arbejdsfællesskabet',
    applicationDeadline: '2026-12-15',
    applications: 4,
  },
  applicationOutcome: {
    applicationId: 'app-1',
    title: 'Ambassadør for arbejdsfællesskabet',
    outcome: 'declined',
    message: 'Tak for din *ansøgning* – vi håber, du søger igen.',
  },
  agreementAcceptance: {
    ambassadorshipId: 'amb-2',
    ambassadorName: 'Aisha Khan',
    version: 2,
    side: 'ambassador',
    nudge: 0,
    role: 'Ambassadør for arbejdsfællesskabet',
    responsibilities: ['Tag imod spørgsmål fra kollegerne'],
    hoursPerMonth: 3,
    termStart: '2026-12-01',
    termEnd: '2027-11-30',
  },
  trainingModule: {
    ambassadorshipId: 'amb-1',
    moduleId: 'mod-1',
    moduleTitle: 'Forandringens psykologi',
    resourceUrl: 'https://learn.example.test/module-1',
    dueDate: '2026-12-01',
    overdue: false,
  },
  meeting: {
    meetingId: 'm-1',
    meetingKind: 'regular',
    startsAt: '2026-12-03T09:00:00.000Z',
    durationMinutes: 60,
    joinUrl: 'https://teams.example.test/l/meetup-join/1',
    agenda: ['progress', 'challenges', 'successes', 'keyMessage'],
    keyMessage: 'Vi bygger fællesskabet sammen',
  },
  alignmentMeeting: {
    dueDate: '2026-12-10',
    activeAmbassadors: 3,
    keyMessage: 'Vi bygger fællesskabet sammen',
  },
  checkInRequest: {
    ambassadorshipId: 'amb-1',
    afterMeetingId: 'm-0',
    keyMessageVersion: 2,
    agreedThemes: ['Travlhed', 'Samarbejde på tværs'],
    visibleTo: 'leaders',
    minimumAnswers: 6,
    minimumFreeText: 12,
    retentionMonthsAfterTerm: 9,
    deletedBy: '2027-12-31T23:00:00.000Z',
    intervalDays: 21,
  },
  termEnding30: {
    ambassadorshipId: 'amb-3',
    ambassadorName: 'Lars Mikkelsen',
    termEnd: '2026-12-20',
    daysLeft: 30,
  },
  termEnding7: {
    ambassadorshipId: 'amb-3',
    ambassadorName: 'Lars Mikkelsen',
    termEnd: '2026-12-20',
    daysLeft: 7,
  },
  termEndedExit: {
    ambassadorshipId: 'amb-3',
    ambassadorName: 'Lars Mikkelsen',
    termEnd: '2026-12-20',
    reason: 'termEnded',
    debriefDate: null,
  },
  leaderDigest: {
    since: '2026-11-20T08:00:00.000Z',
    until: '2026-11-27T08:00:00.000Z',
    newCheckIns: 6,
    termsEnding: [{ ambassadorName: 'Lars Mikkelsen', termEnd: '2026-12-20', daysLeft: 23 }],
    exits: [{ ambassadorName: 'Aisha Khan', reason: 'withdrawn', endedOn: '2026-11-18' }],
  },
  themeAnswered: {
    decisionId: 'd-1',
    theme: 'Travlhed i *hverdagen*',
    outcome: 'changeCourse',
    explanation: 'Vi flytter to møder til [næste kvartal](https://evil.example).',
    openSituation: 'named',
  },
  trainingSession: {
    sessionId: 'session-1',
    title: 'Kick-off for ambassadørerne',
    startsAt: '2026-12-08T08:00:00.000Z',
    durationMinutes: 90,
    place: 'Mødelokale 4',
    joinUrl: 'https://teams.example.test/l/meetup-join/2',
    required: true,
  },
};

const TAB = 'https://ambassadors.example.test/tab/';
const ref = { cardId: 'ob-123', outboxId: 'ob-123', reminderId: 'p:meeting:m-1:x', programmeId: 'p' };

/** Every card the bot sends, in both languages: name → card JSON. */
export function allCards(): Array<{ name: string; locale: Locale; card: CardJson }> {
  const out: Array<{ name: string; locale: Locale; card: CardJson }> = [];
  for (const locale of LOCALES) {
    for (const kind of REMINDER_KINDS) {
      out.push({
        name: `reminder:${kind}`,
        locale,
        card: reminderCard(kind, SAMPLE_DATA[kind] as unknown as Record<string, unknown>, {
          locale,
          tabUrl: TAB,
          timeZone: 'Europe/Copenhagen',
          ref,
        }),
      });
    }
    const ctx = { locale, tabUrl: TAB, timeZone: 'Europe/Copenhagen', ref };
    out.push({
      name: 'reminder:termEndedExit:withdrawn',
      locale,
      card: reminderCard('termEndedExit', { ...SAMPLE_DATA.termEndedExit, reason: 'withdrawn' }, ctx),
    });
    out.push({
      name: 'reminder:leaderDigest:terms-only',
      locale,
      card: reminderCard('leaderDigest', { ...SAMPLE_DATA.leaderDigest, newCheckIns: 0 }, ctx),
    });
    out.push({
      name: 'reminder:agreementAcceptance:merged',
      locale,
      card: reminderCard(
        'agreementAcceptance',
        SAMPLE_DATA.agreementAcceptance as unknown as Record<string, unknown>,
        {
          ...ctx,
          merged: [
            {
              kind: 'trainingModule',
              data: SAMPLE_DATA.trainingModule as unknown as Record<string, unknown>,
            },
            {
              kind: 'checkInRequest',
              data: SAMPLE_DATA.checkInRequest as unknown as Record<string, unknown>,
            },
          ],
        },
      ),
    });
    out.push({ name: 'greet', locale, card: greetCard(locale, TAB) });
    out.push({ name: 'help', locale, card: helpCard(locale, TAB) });
    out.push({ name: 'help:unknown-text', locale, card: helpCard(locale, TAB, { unknownText: true }) });
    out.push({ name: 'notice', locale, card: noticeCard(locale, TAB, 'Reminders are paused.') });
    out.push({
      name: 'status',
      locale,
      card: statusCard(
        locale,
        TAB,
        {
          role: 'Ambassador',
          term: '1 Jan – 31 Dec',
          daysLeft: '34',
          nextMeeting: 'Thu 3 Dec 10:00',
          openTraining: 'None',
        },
        true,
      ),
    });
    out.push({ name: 'status:no-programme', locale, card: statusCard(locale, TAB, null, false) });
    out.push({
      name: 'thanks',
      locale,
      card: thanksCard(locale, TAB, [{ label: 'What', value: 'Accepted' }], '27/11 10:00', false),
    });
    out.push({ name: 'thanks:duplicate', locale, card: thanksCard(locale, TAB, [], '27/11 10:00', true) });
    out.push({ name: 'error', locale, card: errorCard(locale, TAB, 'This card is out of date.') });
    out.push({
      name: 'workshopSummary',
      locale,
      card: workshopSummaryCard(workshopProgramme(locale, true), TAB).card,
    });
    out.push({
      name: 'workshopSummary:nothing',
      locale,
      card: workshopSummaryCard(workshopProgramme(locale, false), TAB).card,
    });
  }
  return out;
}

/** A programme whose workshop captured a task plan and an answer (or nothing), for the summary card. */
function workshopProgramme(locale: Locale, captured: boolean) {
  const now = new Date('2026-12-01T09:00:00Z');
  const owner = { userId: 'leader-1', displayName: 'Lene Leder' };
  let p = prepareWorkshop(
    newProgramme({ id: 'prog-ws', tenantId: 't', name: 'Arbejdsfællesskab *nu*', locale, owner, now }),
    'ws-1',
    now,
  );
  if (!captured) return p;
  p = {
    ...p,
    steps: {
      ...p.steps,
      taskPlan: {
        ...p.steps.taskPlan,
        tasks: [
          {
            id: 't1',
            title: '3. Skub til [dialogen](https://evil.example)',
            description: '',
            hoursPerMonth: 4,
          },
        ],
      },
    },
  };
  p = markWorkshopCapture(p, 'taskPlan', now);
  p = answerManagementQuestion(p, 'scopeOfRole', 'Efter 12 måneder ${t.title}', owner, now);
  return markWorkshopCapture(p, 'scopeOfRole', now);
}
