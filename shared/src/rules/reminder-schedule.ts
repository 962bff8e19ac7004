import { DateTime } from 'luxon';
import type { Ambassadorship } from '../model/ambassadorship';
import type { BoardData } from '../model/board';
import type { UserRef } from '../model/common';
import type { Meeting } from '../model/meeting';
import type { AgendaHeading, Programme, TrainingModule } from '../model/programme';
import type { Locale } from '../i18n/locale';
import {
  addDays,
  atLocalTime,
  DAY_MS,
  daysBetween,
  HOUR_MS,
  isoWeekdayOf,
  localDateOf,
  workingDayOnOrBefore,
} from './calendar';
import type { AgreementSide } from './agreement';
import { agreementStatus, currentAgreementVersion } from './agreement';
import { alignmentDueDate, alignmentRequiredSince, currentKeyMessage } from './key-messages';
import { meetingOccurrences, type MeetingCalendar } from './meeting-cadence';
import { checkInPrivacy, visibleCheckInCount, type CheckInPrivacy } from './feedback';
import { termEndInstant, termEndInstantOf } from './term';
import { trainingDueDay } from './training';
import { nextWorkingInstant } from './working-hours';

/**
 * The reminder schedule: a pure function from a programme's board and a time window to the
 * reminders due in it. Nothing is stored about what was planned — the bot re-plans overlapping
 * windows and de-duplicates on the reminder id, which is deterministic:
 * `${programmeId}:${kind}:${subjectId}:${occurrenceKey}`.
 *
 * Day-based reminders ("30 days before the end") fall on local days in the programme's zone at
 * the start of its working hours; instant-based ones (24 h before a meeting, at publication,
 * after a meeting) keep their instant. Withdrawn and ended ambassadors get nothing but their exit.
 *
 * Subject and occurrence keys per kind (the last two parts of the id):
 * - postingAnnouncement `posting:<publishedAt>.<invitee userId>` (one per invitation, at
 *   publication or when invited later) · postingDeadline `posting:<deadline day>`
 * - agreementAcceptance `<ambassadorshipId>:v<version>.<side>.<nudge>`
 * - trainingModule `<ambassadorshipId>:<moduleId>.<0 = before due, 1.. = overdue>`
 * - meeting `cadence:<local day>` for cadence meetings (also when a meeting document fills in
 *   the details), `<meetingId>:<start>` for other planned meetings
 * - alignmentMeeting `alignment:<due day>` · leaderDigest `digest:<local day>`
 * - checkInRequest `<ambassadorshipId>:<meetingId>`
 * - termEnding30/7 `<ambassadorshipId>:<last day>` · termEndedExit `<ambassadorshipId>:end.<last day>|withdrawn`
 */
export const REMINDER_KINDS = [
  'postingAnnouncement',
  'postingDeadline',
  'agreementAcceptance',
  'trainingModule',
  'meeting',
  'alignmentMeeting',
  'checkInRequest',
  'termEnding30',
  'termEnding7',
  'termEndedExit',
  'leaderDigest',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type ReminderSubjectType = 'posting' | 'ambassadorship' | 'meeting' | 'programme';

/** What each kind's card needs to show without loading anything else. */
export interface ReminderDataMap {
  postingAnnouncement: {
    audience: 'everyone';
    title: string;
    applicationDeadline: string;
    hoursPerMonth: number;
    termMonths: number;
    /** The inviting leader's personal note ('' for none) and name. */
    note: string;
    invitedBy: string | null;
  };
  postingDeadline: { title: string; applicationDeadline: string; applications: number };
  agreementAcceptance: {
    ambassadorshipId: string;
    ambassadorName: string;
    version: number;
    side: AgreementSide;
    /** 0 for the first request, then 1, 2, … for each nudge. */
    nudge: number;
  };
  trainingModule: {
    ambassadorshipId: string;
    moduleId: string;
    moduleTitle: string;
    resourceUrl: string | null;
    dueDate: string;
    overdue: boolean;
  };
  meeting: {
    meetingId: string | null;
    meetingKind: Meeting['kind'];
    startsAt: string;
    durationMinutes: number;
    joinUrl: string | null;
    agenda: AgendaHeading[];
    keyMessage: string | null;
  };
  alignmentMeeting: { dueDate: string; activeAmbassadors: number; keyMessage: string | null };
  checkInRequest: {
    ambassadorshipId: string;
    afterMeetingId: string;
    keyMessageVersion: number | null;
  } & CheckInPrivacy;
  /** `daysLeft`: calendar days from the reminder's day to the term's last day (30 or 7). */
  /** To the ambassador only; leaders read term ends in their digest. */
  termEnding30: { ambassadorshipId: string; ambassadorName: string; termEnd: string; daysLeft: number };
  termEnding7: { ambassadorshipId: string; ambassadorName: string; termEnd: string; daysLeft: number };
  termEndedExit: {
    ambassadorshipId: string;
    ambassadorName: string;
    termEnd: string;
    reason: 'termEnded' | 'withdrawn';
    debriefDate: string | null;
  };
  leaderDigest: {
    since: string;
    until: string;
    /** The count, or null when below the anonymity threshold (the overview shows what it can). */
    newCheckIns: number | null;
    /** Active ambassadors whose term ends within DIGEST_TERM_ENDING_DAYS of the digest's day. */
    termsEnding: Array<{ ambassadorName: string; termEnd: string; daysLeft: number }>;
    /** Exits still to debrief: terms ended or withdrawn in the DIGEST_EXIT_DAYS before the digest. */
    exits: Array<{ ambassadorName: string; reason: 'termEnded' | 'withdrawn'; endedOn: string }>;
  };
}

interface ReminderBase<K extends ReminderKind> {
  id: string;
  kind: K;
  tenantId: string;
  programmeId: string;
  /** ISO instant (UTC). */
  dueAt: string;
  recipients: UserRef[];
  subject: { type: ReminderSubjectType; id: string };
  locale: Locale;
  data: ReminderDataMap[K];
}
export type Reminder = { [K in ReminderKind]: ReminderBase<K> }[ReminderKind];
/** One kind of reminder, with its data typed: `ReminderOf<'meeting'>`. */
export type ReminderOf<K extends ReminderKind> = Extract<Reminder, { kind: K }>;

export interface ReminderWindow {
  from: Date;
  to: Date;
}

/**
 * A meeting's reminder goes out one day before, at the same local time ("24 h before", which on
 * the night of a DST switch is 23 or 25 real hours: the reminder keeps the meeting's wall clock).
 */
export const MEETING_REMINDER_LEAD_DAYS = 1;
const MEETING_REMINDER_LEAD_MS = MEETING_REMINDER_LEAD_DAYS * DAY_MS;
/** The alignment-meeting call goes to leaders this many days before it is due, to plan it. */
export const ALIGNMENT_CALL_DAYS_BEFORE = 7;
/** Posting deadline reminder: days before the deadline. */
export const POSTING_DEADLINE_DAYS_BEFORE = 3;
/** A check-in request follows a meeting marked held up to this long after it ended. */
export const CHECK_IN_REQUEST_MAX_DELAY_MS = 7 * DAY_MS;
/** Overdue training nudges after the due date (then it is left to the leaders). */
export const TRAINING_OVERDUE_NUDGES = 2;
/**
 * Safety bound on agreement nudges: they repeat every `nudgeIntervalDays` until the side accepts
 * or the term ends (a 36-month term at one nudge a day is ~1,100).
 */
const MAX_AGREEMENT_NUDGES = 1200;
/** Leaders' digests list terms ending within this many days … */
export const DIGEST_TERM_ENDING_DAYS = 30;
/** … and exits not yet debriefed for this many days after the term ended or the withdrawal. */
export const DIGEST_EXIT_DAYS = 30;
/** Safety cap on loops over months (a term is at most 36 months; programmes run for years). */
const MAX_MONTHS = 240;

/** The kinds still sent after the programme's end date: each person's own term end and exit. */
const AFTER_PROGRAMME_END: ReadonlySet<ReminderKind> = new Set([
  'termEnding30',
  'termEnding7',
  'termEndedExit',
]);

export function reminderId(
  programmeId: string,
  kind: ReminderKind,
  subjectId: string,
  occurrenceKey: string,
): string {
  return `${programmeId}:${kind}:${subjectId}:${occurrenceKey}`;
}

interface Ctx {
  board: BoardData;
  programme: Programme;
  tz: string;
  start: string;
  owners: UserRef[];
  window: ReminderWindow;
  /** This programme's active ambassadorships and when each is current. */
  active: Ambassadorship[];
  activeSpans: Map<string, { from: number; until: number }>;
  /** The window's first and last local days: day-based reminders outside them are skipped early. */
  fromDay: string;
  toDay: string;
}

/** An instant as an id-safe key ("20260105T090000000Z"), the same however the ISO string was written. */
function instantKey(instant: Date): string {
  return instant.toISOString().replace(/[^0-9A-Za-z]/g, '');
}

function dedupe(people: readonly UserRef[]): UserRef[] {
  const seen = new Set<string>();
  return people
    .filter((p) => (seen.has(p.userId) ? false : (seen.add(p.userId), true)))
    .map((p) => ({ ...p }));
}

function make<K extends ReminderKind>(
  ctx: Ctx,
  kind: K,
  subject: { type: ReminderSubjectType; id: string },
  idSubject: string,
  occurrenceKey: string,
  dueAt: Date,
  recipients: readonly UserRef[],
  data: ReminderDataMap[K],
): ReminderBase<K> {
  return {
    id: reminderId(ctx.programme.id, kind, idSubject, occurrenceKey),
    kind,
    tenantId: ctx.programme.tenantId,
    programmeId: ctx.programme.id,
    dueAt: dueAt.toISOString(),
    recipients: dedupe(recipients),
    subject,
    locale: ctx.programme.locale,
    data,
  };
}

/**
 * Whether a local day can hold an instant of the window. A day before the window's first local
 * day ends before the window starts (and after its last day, starts after it ends), so skipping
 * those is exact — it only saves time-zone arithmetic, which dominates the planner's cost.
 */
function dayInWindow(ctx: Ctx, isoDate: string): boolean {
  return isoDate >= ctx.fromDay && isoDate <= ctx.toDay;
}

/** A local day at the start of working hours, in the programme's zone. */
function dayAt(ctx: Ctx, isoDate: string): Date {
  return atLocalTime(isoDate, ctx.start, ctx.tz);
}

/** Active at `t`: activated by then and inside the term. Ended/withdrawn people never are. */
function isCurrentAt(ctx: Ctx, amb: Ambassadorship, t: Date): boolean {
  const span = ctx.activeSpans.get(amb.id);
  return span !== undefined && span.from <= t.getTime() && t.getTime() < span.until;
}

function currentAt(ctx: Ctx, t: Date): Ambassadorship[] {
  const at = t.getTime();
  return ctx.active.filter((a) => {
    const span = ctx.activeSpans.get(a.id);
    return span !== undefined && span.from <= at && at < span.until;
  });
}

/** Activation-to-term-end spans of the active ambassadorships, computed once per plan (luxon is not free). */
function activeSpansOf(board: BoardData, tz: string): Map<string, { from: number; until: number }> {
  const spans = new Map<string, { from: number; until: number }>();
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== board.programme.id || amb.state !== 'active' || amb.activatedAt === null)
      continue;
    spans.set(amb.id, {
      from: new Date(amb.activatedAt).getTime(),
      until: termEndInstant(amb.term, tz).getTime(),
    });
  }
  return spans;
}

/**
 * Each invitee is told once: at publication when invited before, else when invited. The id is
 * per invitation, so a later invitation is never hidden behind the announcement already sent.
 */
function postingReminders(ctx: Ctx): Reminder[] {
  const { programme } = ctx;
  const posting = programme.steps.posting.posting;
  if (!posting?.publishedAt) return [];
  const publishedAt = new Date(posting.publishedAt);
  const out: Reminder[] = programme.steps.posting.invitations.map((inv) => {
    const invitedAt = new Date(inv.invitedAt);
    const at = invitedAt.getTime() > publishedAt.getTime() ? invitedAt : publishedAt;
    return make(
      ctx,
      'postingAnnouncement',
      { type: 'posting', id: programme.id },
      'posting',
      `${instantKey(publishedAt)}.${inv.invitee.userId}`,
      at,
      [inv.invitee],
      {
        audience: 'everyone',
        title: posting.title,
        applicationDeadline: posting.applicationDeadline,
        hoursPerMonth: posting.hoursPerMonth,
        termMonths: posting.termMonths,
        note: inv.note,
        invitedBy: inv.invitedBy.displayName,
      },
    );
  });
  // Three days before the deadline, or the working day before that.
  const callDay = workingDayOnOrBefore(
    addDays(posting.applicationDeadline, -POSTING_DEADLINE_DAYS_BEFORE),
    programme.settings.workingHours.days,
    programme.settings.country,
  );
  const deadlineCall = dayAt(ctx, callDay);
  if (deadlineCall.getTime() >= publishedAt.getTime()) {
    out.push(
      make(
        ctx,
        'postingDeadline',
        { type: 'posting', id: programme.id },
        'posting',
        posting.applicationDeadline,
        deadlineCall,
        ctx.owners,
        {
          title: posting.title,
          applicationDeadline: posting.applicationDeadline,
          applications: ctx.board.applications.filter((a) => a.programmeId === programme.id).length,
        },
      ),
    );
  }
  return out;
}

function agreementReminders(ctx: Ctx): Reminder[] {
  const { programme } = ctx;
  const nudgeDays = programme.settings.nudgeIntervalDays;
  const out: Reminder[] = [];
  for (const amb of ctx.board.ambassadorships) {
    if (amb.programmeId !== programme.id || (amb.state !== 'candidate' && amb.state !== 'active')) continue;
    const version = currentAgreementVersion(amb);
    if (!version) continue;
    const end = termEndInstant(amb.term, ctx.tz).getTime();
    const created = new Date(version.createdAt);
    const createdDay = localDateOf(created, ctx.tz);
    for (const side of agreementStatus(amb).pendingSides) {
      for (let n = 0; n <= MAX_AGREEMENT_NUDGES; n += 1) {
        const day = addDays(createdDay, n * nudgeDays);
        if (n > 0 && day > ctx.toDay) break;
        if (n > 0 && day < ctx.fromDay) continue;
        const t = n === 0 ? created : dayAt(ctx, day);
        if (t.getTime() >= end) break;
        out.push(
          make(
            ctx,
            'agreementAcceptance',
            { type: 'ambassadorship', id: amb.id },
            amb.id,
            `v${version.version}.${side}.${n}`,
            t,
            side === 'ambassador' ? [amb.person] : ctx.owners,
            {
              ambassadorshipId: amb.id,
              ambassadorName: amb.person.displayName,
              version: version.version,
              side,
              nudge: n,
            },
          ),
        );
      }
    }
  }
  return out;
}

function trainingReminders(ctx: Ctx): Reminder[] {
  const { programme } = ctx;
  const modules: TrainingModule[] = programme.steps.training.modules;
  const nudgeDays = programme.settings.nudgeIntervalDays;
  const out: Reminder[] = [];
  for (const amb of ctx.board.ambassadorships) {
    if (amb.programmeId !== programme.id || amb.state !== 'active' || !amb.activatedAt) continue;
    const completed = new Set(amb.training.map((c) => c.moduleId));
    const activationDay = localDateOf(new Date(amb.activatedAt), ctx.tz);
    for (const module of modules) {
      if (completed.has(module.id) || module.dueWithinDays === null) continue;
      // Same as moduleDueDate(), with the activation day computed once per ambassador.
      const due = trainingDueDay(activationDay, module.dueWithinDays, programme.settings);
      const days = [
        { day: addDays(due, -Math.min(3, module.dueWithinDays - 1)), n: 0 },
        ...Array.from({ length: TRAINING_OVERDUE_NUDGES }, (_, k) => ({
          day: addDays(due, 1 + k * nudgeDays),
          n: k + 1,
        })),
      ];
      for (const { day, n } of days) {
        if (!dayInWindow(ctx, day)) continue;
        const t = dayAt(ctx, day);
        if (!isCurrentAt(ctx, amb, t)) continue;
        out.push(
          make(
            ctx,
            'trainingModule',
            { type: 'ambassadorship', id: amb.id },
            amb.id,
            `${module.id}.${n}`,
            t,
            [amb.person],
            {
              ambassadorshipId: amb.id,
              moduleId: module.id,
              moduleTitle: module.title,
              resourceUrl: module.resourceUrl,
              dueDate: due,
              overdue: n > 0,
            },
          ),
        );
      }
    }
  }
  return out;
}

/** The programme's closed days for its cadence meetings: its country's public holidays. */
export function meetingCalendarOf(programme: Pick<Programme, 'settings'>): MeetingCalendar {
  return { country: programme.settings.country, workingDays: programme.settings.workingHours.days };
}

function meetingReminders(ctx: Ctx): Reminder[] {
  const { programme } = ctx;
  const settings = programme.steps.meetings;
  const keyMessage = currentKeyMessage(programme)?.text ?? null;
  const planned = ctx.board.meetings.filter(
    (m) => m.programmeId === programme.id && !m.held && m.cancelledAt === null,
  );
  // Rhythm days a generated meeting stands for (moved, cancelled or deleted): its document decides.
  const rhythmDays = new Set([
    ...settings.skippedOccurrences,
    ...ctx.board.meetings.filter((m) => m.programmeId === programme.id).flatMap((m) => m.occurrence ?? []),
  ]);
  // Meetings whose reminder can fall in the window, widened by a day for DST and moved documents.
  const from = new Date(ctx.window.from.getTime() + MEETING_REMINDER_LEAD_MS - DAY_MS);
  const to = new Date(ctx.window.to.getTime() + MEETING_REMINDER_LEAD_MS + DAY_MS);
  const out: Reminder[] = [];
  const usedDocs = new Set<string>();

  const push = (
    idSubject: string,
    key: string,
    startsAt: Date,
    doc: Meeting | null,
    kind: Meeting['kind'],
    duration: number,
  ) => {
    const dueAt = DateTime.fromJSDate(startsAt, { zone: ctx.tz })
      .minus({ days: MEETING_REMINDER_LEAD_DAYS })
      .toJSDate();
    const ambassadors = currentAt(ctx, dueAt);
    if (ambassadors.length === 0) return;
    out.push(
      make(
        ctx,
        'meeting',
        { type: doc ? 'meeting' : 'programme', id: doc?.id ?? programme.id },
        idSubject,
        key,
        dueAt,
        [...ambassadors.map((a) => a.person), ...ctx.owners],
        {
          meetingId: doc?.id ?? null,
          meetingKind: kind,
          startsAt: startsAt.toISOString(),
          durationMinutes: duration,
          joinUrl: doc?.joinUrl ?? null,
          agenda: [...settings.agenda],
          keyMessage,
        },
      ),
    );
  };

  if (settings.cadence) {
    for (const occurrence of meetingOccurrences(
      settings.cadence,
      ctx.tz,
      from,
      to,
      programme.startDate,
      meetingCalendarOf(programme),
    )) {
      const day = localDateOf(occurrence, ctx.tz);
      if (rhythmDays.has(day)) continue;
      // A planned regular meeting on the occurrence's day fills in its details; the id stays
      // the cadence's, so creating the meeting document after planning does not send twice.
      const doc = planned.find(
        (m) => m.kind === 'regular' && localDateOf(new Date(m.scheduledAt), ctx.tz) === day,
      );
      if (doc) usedDocs.add(doc.id);
      const startsAt = doc ? new Date(doc.scheduledAt) : occurrence;
      push(
        'cadence',
        day,
        startsAt,
        doc ?? null,
        'regular',
        doc?.durationMinutes ?? settings.cadence.durationMinutes,
      );
    }
  }
  for (const doc of planned) {
    if (usedDocs.has(doc.id)) continue;
    const startsAt = new Date(doc.scheduledAt);
    if (startsAt.getTime() < from.getTime() || startsAt.getTime() >= to.getTime()) continue;
    // A generated meeting still on its rhythm day keeps the rhythm's reminder id.
    if (doc.occurrence !== null) {
      const onItsDay = localDateOf(startsAt, ctx.tz) === doc.occurrence;
      if (onItsDay) push('cadence', doc.occurrence, startsAt, doc, doc.kind, doc.durationMinutes);
      else push(doc.id, instantKey(startsAt), startsAt, doc, doc.kind, doc.durationMinutes);
      continue;
    }
    // A cadence occurrence just outside the widened range must not be doubled by its own document.
    if (settings.cadence && doc.kind === 'regular') {
      const day = localDateOf(startsAt, ctx.tz);
      const sameDay = meetingOccurrences(
        settings.cadence,
        ctx.tz,
        atLocalTime(day, '00:00', ctx.tz),
        atLocalTime(addDays(day, 1), '00:00', ctx.tz),
        programme.startDate,
        meetingCalendarOf(programme),
      );
      if (sameDay.length > 0) {
        push('cadence', day, startsAt, doc, 'regular', doc.durationMinutes);
        continue;
      }
    }
    push(doc.id, instantKey(startsAt), startsAt, doc, doc.kind, doc.durationMinutes);
  }
  return out;
}

/**
 * Monthly alignment-meeting calls to the leaders, a week before each due date. The rhythm starts
 * when the requirement begins and restarts from every held alignment meeting; a due date is
 * skipped when an alignment meeting is already planned for it or fewer than two are current.
 */
function alignmentReminders(ctx: Ctx): Reminder[] {
  const { programme, board } = ctx;
  const since = alignmentRequiredSince(board);
  if (!since) return [];
  const alignment = board.meetings.filter((m) => m.programmeId === programme.id && m.kind === 'alignment');
  const heldDays = alignment
    .filter((m) => m.held)
    .map((m) => localDateOf(new Date(m.scheduledAt), ctx.tz))
    .sort();
  const keyMessage = currentKeyMessage(programme)?.text ?? null;
  const out: Reminder[] = [];
  let anchor = localDateOf(since, ctx.tz);
  let k = 1;
  for (let guard = 0; guard < MAX_MONTHS * 2; guard += 1) {
    const dueDate = alignmentDueDate(anchor, k, programme.settings);
    const callDay = addDays(dueDate, -ALIGNMENT_CALL_DAYS_BEFORE);
    if (callDay > ctx.toDay) break;
    const heldInPeriod = heldDays.find((day) => day > anchor && day <= dueDate);
    if (heldInPeriod) {
      anchor = heldInPeriod;
      k = 1;
      continue;
    }
    k += 1;
    if (callDay < ctx.fromDay) continue;
    const t = dayAt(ctx, callDay);
    if (currentAt(ctx, t).length < 2) continue;
    // Already planned: a not-yet-held alignment meeting still ahead at call time, around the due date.
    const planUntil = dayAt(ctx, addDays(dueDate, ALIGNMENT_CALL_DAYS_BEFORE)).getTime();
    const planned = alignment.some((m) => {
      const at = new Date(m.scheduledAt).getTime();
      return !m.held && m.cancelledAt === null && at >= t.getTime() && at <= planUntil;
    });
    if (planned) continue;
    out.push(
      make(
        ctx,
        'alignmentMeeting',
        { type: 'programme', id: programme.id },
        'alignment',
        dueDate,
        t,
        ctx.owners,
        {
          dueDate,
          activeAmbassadors: currentAt(ctx, t).length,
          keyMessage,
        },
      ),
    );
  }
  return out;
}

function checkInRequests(ctx: Ctx): Reminder[] {
  const { programme, board } = ctx;
  const intervalMs = programme.settings.checkInIntervalDays * DAY_MS;
  const held = board.meetings
    .filter((m) => m.programmeId === programme.id && m.held)
    .map((m) => {
      const endsAt = new Date(new Date(m.scheduledAt).getTime() + m.durationMinutes * 60_000);
      // Leaders often mark a meeting held afterwards: the request then goes out when they do
      // (the meeting's last update), unless that is more than a week late — then it is stale.
      const updated = new Date(m.updatedAt).getTime();
      const late = updated > endsAt.getTime() && updated <= endsAt.getTime() + CHECK_IN_REQUEST_MAX_DELAY_MS;
      return { meeting: m, endsAt, sendAt: late ? new Date(updated) : endsAt };
    })
    .filter((h) => h.endsAt.getTime() < ctx.window.to.getTime())
    .sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime() || a.meeting.id.localeCompare(b.meeting.id));
  const keyMessageVersion = currentKeyMessage(programme)?.version ?? null;
  const from = ctx.window.from.getTime();
  const out: Reminder[] = [];
  for (const amb of ctx.active) {
    // Walk the whole history in order, so whether a meeting triggers a request never depends
    // on which window is being planned (stable ids, no gaps between overlapping windows).
    // Check-ins name nobody (only a keyed pseudonym), so the planner cannot tell who sent
    // one: the requests themselves keep to at most one per interval.
    let lastContact = Number.NEGATIVE_INFINITY;
    for (const { meeting, endsAt, sendAt } of held) {
      const t = endsAt.getTime();
      if (!isCurrentAt(ctx, amb, endsAt)) continue;
      if (t - lastContact < intervalMs) continue;
      lastContact = t;
      if (sendAt.getTime() < from) continue;
      out.push(
        make(
          ctx,
          'checkInRequest',
          { type: 'ambassadorship', id: amb.id },
          amb.id,
          meeting.id,
          sendAt,
          [amb.person],
          {
            ambassadorshipId: amb.id,
            afterMeetingId: meeting.id,
            keyMessageVersion,
            ...checkInPrivacy(programme, amb),
          },
        ),
      );
    }
  }
  return out;
}

function termReminders(ctx: Ctx): Reminder[] {
  const { programme, board } = ctx;
  const out: Reminder[] = [];
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== programme.id) continue;
    // Term ends and exits are the ambassador's own; leaders read them in their digest.
    const recipients = [amb.person];
    const base = { ambassadorshipId: amb.id, ambassadorName: amb.person.displayName, termEnd: amb.term.end };
    if (amb.state === 'active') {
      for (const [kind, days] of [
        ['termEnding30', 30],
        ['termEnding7', 7],
      ] as const) {
        const day = addDays(amb.term.end, -days);
        if (!dayInWindow(ctx, day)) continue;
        const t = dayAt(ctx, day);
        if (!isCurrentAt(ctx, amb, t)) continue;
        out.push(
          make(ctx, kind, { type: 'ambassadorship', id: amb.id }, amb.id, amb.term.end, t, recipients, {
            ...base,
            daysLeft: days,
          }),
        );
      }
    }
    const exitDay = addDays(amb.term.end, 1);
    if (
      (amb.state === 'active' || amb.state === 'ended') &&
      amb.activatedAt &&
      !amb.exit.debriefHeldAt &&
      dayInWindow(ctx, exitDay)
    ) {
      const t = dayAt(ctx, exitDay);
      out.push(
        make(
          ctx,
          'termEndedExit',
          { type: 'ambassadorship', id: amb.id },
          amb.id,
          `end.${amb.term.end}`,
          t,
          recipients,
          {
            ...base,
            reason: 'termEnded',
            debriefDate: amb.exit.debriefDate,
          },
        ),
      );
    }
    if (amb.state === 'withdrawn' && amb.withdrawal && !amb.exit.debriefHeldAt) {
      const t = nextWorkingInstant(new Date(amb.withdrawal.at), programme.settings.workingHours, ctx.tz);
      out.push(
        make(
          ctx,
          'termEndedExit',
          { type: 'ambassadorship', id: amb.id },
          amb.id,
          'withdrawn',
          t,
          recipients,
          {
            ...base,
            reason: 'withdrawn',
            debriefDate: amb.exit.debriefDate,
          },
        ),
      );
    }
  }
  return out;
}

/** What the leaders' digest of a day says about terms: those ending soon, exits still to hold. */
function digestTerms(ctx: Ctx, day: string): Pick<ReminderDataMap['leaderDigest'], 'termsEnding' | 'exits'> {
  const termsEnding: ReminderDataMap['leaderDigest']['termsEnding'] = [];
  const exits: ReminderDataMap['leaderDigest']['exits'] = [];
  for (const amb of ctx.board.ambassadorships) {
    if (amb.programmeId !== ctx.programme.id || !amb.activatedAt || amb.exit.debriefHeldAt) continue;
    const name = amb.person.displayName;
    if (amb.state === 'withdrawn') {
      const endedOn = amb.withdrawal ? localDateOf(new Date(amb.withdrawal.at), ctx.tz) : null;
      if (endedOn && endedOn < day && daysBetween(endedOn, day) <= DIGEST_EXIT_DAYS)
        exits.push({ ambassadorName: name, reason: 'withdrawn', endedOn });
      continue;
    }
    if (amb.state !== 'active' && amb.state !== 'ended') continue;
    const daysLeft = daysBetween(day, amb.term.end);
    if (amb.state === 'active' && daysLeft >= 0 && daysLeft <= DIGEST_TERM_ENDING_DAYS)
      termsEnding.push({ ambassadorName: name, termEnd: amb.term.end, daysLeft });
    else if (daysLeft < 0 && -daysLeft <= DIGEST_EXIT_DAYS)
      exits.push({ ambassadorName: name, reason: 'termEnded', endedOn: amb.term.end });
  }
  termsEnding.sort((a, b) => a.daysLeft - b.daysLeft || a.ambassadorName.localeCompare(b.ambassadorName));
  exits.sort(
    (a, b) => a.endedOn.localeCompare(b.endedOn) || a.ambassadorName.localeCompare(b.ambassadorName),
  );
  return { termsEnding, exits };
}

function leaderDigests(ctx: Ctx): Reminder[] {
  const { programme, board } = ctx;
  const digestWeekday = Math.min(...programme.settings.workingHours.days);
  const firstDay = addDays(localDateOf(ctx.window.from, ctx.tz), -1);
  const lastDay = addDays(localDateOf(ctx.window.to, ctx.tz), 1);
  const out: Reminder[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    if (isoWeekdayOf(day) !== digestWeekday) continue;
    const until = dayAt(ctx, day);
    const since = dayAt(ctx, addDays(day, -7));
    const week = board.checkIns.filter((c) => {
      const at = new Date(c.submittedAt).getTime();
      return c.programmeId === programme.id && at >= since.getTime() && at < until.getTime();
    });
    const terms = digestTerms(ctx, day);
    if (week.length === 0 && terms.termsEnding.length === 0 && terms.exits.length === 0) continue;
    out.push(
      make(ctx, 'leaderDigest', { type: 'programme', id: programme.id }, 'digest', day, until, ctx.owners, {
        since: since.toISOString(),
        until: until.toISOString(),
        // None is no secret; a few are, until enough different people sent them.
        newCheckIns: week.length === 0 ? 0 : visibleCheckInCount(week, programme.settings),
        ...terms,
      }),
    );
  }
  return out;
}

/** Every reminder whose `dueAt` falls in [from, to), sorted by time then id. */
export function planReminders(board: BoardData, window: ReminderWindow): Reminder[] {
  if (window.to.getTime() <= window.from.getTime()) return [];
  const { programme } = board;
  const ctx: Ctx = {
    board,
    programme,
    tz: programme.timeZone,
    start: programme.settings.workingHours.start,
    owners: programme.owners,
    window,
    active: [],
    activeSpans: activeSpansOf(board, programme.timeZone),
    fromDay: localDateOf(window.from, programme.timeZone),
    toDay: localDateOf(window.to, programme.timeZone),
  };
  ctx.active = board.ambassadorships.filter((a) => ctx.activeSpans.has(a.id));
  const all: Reminder[] = [
    ...postingReminders(ctx),
    ...agreementReminders(ctx),
    ...trainingReminders(ctx),
    ...meetingReminders(ctx),
    ...alignmentReminders(ctx),
    ...checkInRequests(ctx),
    ...termReminders(ctx),
    ...leaderDigests(ctx),
  ];
  const from = window.from.getTime();
  const to = window.to.getTime();
  // After the programme's last day only the people's own term-end and exit reminders remain.
  const programmeOver = programme.endDate
    ? termEndInstantOf(programme.endDate, programme.timeZone).getTime()
    : Infinity;
  const byId = new Map<string, Reminder>();
  for (const r of all) {
    const at = new Date(r.dueAt).getTime();
    if (at < from || at >= to) continue;
    if (r.recipients.length === 0 && r.kind !== 'postingAnnouncement') continue;
    if (at >= programmeOver && !AFTER_PROGRAMME_END.has(r.kind)) continue;
    if (!byId.has(r.id)) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

/** What is due now: everything in [now − lookback, now] (the outbox drops what it already has). */
export function dueReminders(board: BoardData, now: Date, lookbackHours = 48): Reminder[] {
  return planReminders(board, {
    from: new Date(now.getTime() - lookbackHours * HOUR_MS),
    to: new Date(now.getTime() + 1),
  });
}

/**
 * When the scheduler should look at this programme again: the earliest reminder strictly after
 * `now`, or `now + horizonDays` when nothing is planned that far (the board may change before).
 */
export function nextReminderAt(board: BoardData, now: Date, horizonDays = 35): Date {
  const horizon = new Date(now.getTime() + horizonDays * DAY_MS);
  const next = planReminders(board, { from: new Date(now.getTime() + 1), to: horizon })[0];
  return next ? new Date(next.dueAt) : horizon;
}
