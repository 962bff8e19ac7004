import type { Ambassadorship } from '../../model/ambassadorship';
import type { BoardData } from '../../model/board';
import type { UserRef } from '../../model/common';
import type { Programme } from '../../model/programme';
import { atLocalTime, localDateOf } from '../calendar';
import { termEndInstant } from '../term';
import {
  reminderId,
  type ReminderBase,
  type ReminderIn,
  type ReminderSubjectType,
  type ReminderWindow,
} from './reminder';

/** What every planner reads: the board, the window, and what is computed once per plan. */
export interface PlanningContext {
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

/**
 * One reminder family: the kinds it plans (kind → card data in `DataMap`) and how. A planner
 * may return reminders outside the window; `planReminders` keeps those inside it.
 */
export interface ReminderPlanner<DataMap> {
  kinds: readonly (keyof DataMap & string)[];
  plan: (ctx: PlanningContext) => ReminderIn<DataMap>[];
  /** Whether its reminders are still sent after the programme's end date (each person's own term end and exit). */
  afterProgrammeEnd: boolean;
}

export function planningContext(board: BoardData, window: ReminderWindow): PlanningContext {
  const { programme } = board;
  const activeSpans = activeSpansOf(board, programme.timeZone);
  return {
    board,
    programme,
    tz: programme.timeZone,
    start: programme.settings.workingHours.start,
    owners: programme.owners,
    window,
    active: board.ambassadorships.filter((a) => activeSpans.has(a.id)),
    activeSpans,
    fromDay: localDateOf(window.from, programme.timeZone),
    toDay: localDateOf(window.to, programme.timeZone),
  };
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

/** An instant as an id-safe key ("20260105T090000000Z"), the same however the ISO string was written. */
export function instantKey(instant: Date): string {
  return instant.toISOString().replace(/[^0-9A-Za-z]/g, '');
}

function dedupe(people: readonly UserRef[]): UserRef[] {
  const seen = new Set<string>();
  return people
    .filter((p) => (seen.has(p.userId) ? false : (seen.add(p.userId), true)))
    .map((p) => ({ ...p }));
}

export function makeReminder<K extends string, D>(
  ctx: PlanningContext,
  kind: K,
  subject: { type: ReminderSubjectType; id: string },
  idSubject: string,
  occurrenceKey: string,
  dueAt: Date,
  recipients: readonly UserRef[],
  data: D,
): ReminderBase<K, D> {
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
export function dayInWindow(ctx: PlanningContext, isoDate: string): boolean {
  return isoDate >= ctx.fromDay && isoDate <= ctx.toDay;
}

/** A local day at the start of working hours, in the programme's zone. */
export function dayAt(ctx: PlanningContext, isoDate: string): Date {
  return atLocalTime(isoDate, ctx.start, ctx.tz);
}

/** Active at `t`: activated by then and inside the term. Ended/withdrawn people never are. */
export function isCurrentAt(ctx: PlanningContext, amb: Ambassadorship, t: Date): boolean {
  const span = ctx.activeSpans.get(amb.id);
  return span !== undefined && span.from <= t.getTime() && t.getTime() < span.until;
}

/**
 * When a day-based reminder to one ambassador falls on a local day: the start of working hours
 * that day, or null when the day is outside the window or the ambassador is not current then.
 */
export function dayReminderAt(ctx: PlanningContext, amb: Ambassadorship, isoDate: string): Date | null {
  if (!dayInWindow(ctx, isoDate)) return null;
  const t = dayAt(ctx, isoDate);
  return isCurrentAt(ctx, amb, t) ? t : null;
}

/** The ambassadors current at `t`. */
export function currentAt(ctx: PlanningContext, t: Date): Ambassadorship[] {
  return ctx.active.filter((a) => isCurrentAt(ctx, a, t));
}
