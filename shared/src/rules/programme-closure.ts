import type { Ambassadorship } from '../model/ambassadorship';
import type { BoardData } from '../model/board';
import type { FeedbackSnapshot, ProgrammeClosure } from '../model/closure';
import type { UserRef } from '../model/common';
import type { Programme } from '../model/programme';
import { DomainError } from '../errors/domain-error';
import { isOpenAmbassadorship } from './ambassadorship-lifecycle';
import { DAY_MS, localDateOf } from './calendar';
import { isHidden } from './feedback/anonymity-gate';
import { feedbackOverview } from './feedback/feedback-aggregates';
import type { ProgrammeAction } from './roles';
import { termHasEnded } from './term';

/**
 * How long a closed programme can still be reopened. Long enough to undo a close made too early
 * (a forgotten debrief, a management team that wants one more month), short enough that a
 * closed programme is really over: after this, a new programme is the way to start again.
 */
export const REOPEN_WINDOW_DAYS = 30;

/**
 * What people may still do in a closed programme: read it, take the report, reopen it (inside
 * the window), carry out the planned exits and use their data rights (erasure, deletion). Every
 * other action changes a programme that is over, so it is refused and hidden.
 */
export const ACTIONS_WHEN_CLOSED: readonly ProgrammeAction[] = [
  'programme:view',
  'programme:reopen',
  'managementQuestion:view',
  'application:viewAll',
  'ambassador:viewAll',
  'meeting:view',
  'feedback:viewOverview',
  'youSaidWeDid:view',
  'reminders:viewReport',
  'report:view',
  'person:erase',
  'programme:delete',
];

export function isProgrammeClosed(programme: Pick<Programme, 'closure'>): boolean {
  return programme.closure !== null && programme.closure !== undefined;
}

/** The local day the programme was closed, in its zone; null while it runs. */
export function closedOn(programme: Pick<Programme, 'closure' | 'timeZone'>): string | null {
  return programme.closure ? localDateOf(new Date(programme.closure.closedAt), programme.timeZone) : null;
}

/** The last instant a closed programme can be reopened (closing time + the window). */
export function reopenDeadline(closure: Pick<ProgrammeClosure, 'closedAt'>): Date {
  return new Date(new Date(closure.closedAt).getTime() + REOPEN_WINDOW_DAYS * DAY_MS);
}

/** Whether a leader can reopen the programme at `now`: closed, and inside the window. */
export function canReopen(programme: Pick<Programme, 'closure'>, now: Date): boolean {
  return !!programme.closure && now.getTime() <= reopenDeadline(programme.closure).getTime();
}

/**
 * The one rule every write path calls before it changes a programme (REST routes, bot card
 * actions, the acts behind both): a closed programme is read-only. Throws PROGRAMME_CLOSED,
 * naming the day it closed, so the person reads why nothing happened.
 */
export function assertProgrammeOpen(programme: Pick<Programme, 'closure' | 'timeZone'>): void {
  if (isProgrammeClosed(programme)) {
    throw new DomainError('PROGRAMME_CLOSED', { closedOn: closedOn(programme) ?? '' });
  }
}

/** Whether the action may still be done in this programme's state (all while it runs). */
export function allowedInProgrammeState(
  programme: Pick<Programme, 'closure'>,
  action: ProgrammeAction,
): boolean {
  if (!isProgrammeClosed(programme)) return action !== 'programme:reopen';
  return action !== 'programme:close' && ACTIONS_WHEN_CLOSED.includes(action);
}

/** Themes whose names leaders wrote themselves: the agreement's themes and the themes they answered. */
function leaderNamedThemes(board: BoardData): Set<string> {
  const key = (theme: string) => theme.trim().toLocaleLowerCase();
  const template = board.programme.steps.agreement.template;
  return new Set([
    ...(template?.passOn.themes ?? []).map(key),
    ...board.decisions.filter((d) => d.programmeId === board.programme.id).map((d) => key(d.theme)),
  ]);
}

/**
 * The feedback figures as the leaders could see them at `now`, for keeping: every number comes
 * from the thresholded overview (`feedbackOverview`), so a figure hidden there is null here and
 * a month or theme hidden there is left out. Nothing is computed from the raw check-ins directly.
 */
export function feedbackSnapshotOf(board: BoardData, now: Date): FeedbackSnapshot {
  const overview = feedbackOverview(board, now);
  const leaderThemes = leaderNamedThemes(board);
  return {
    takenAt: now.toISOString(),
    minimumAnswers: overview.minimumAnswers,
    checkIns: isHidden(overview.checkIns) ? null : overview.checkIns,
    alignmentAverage: isHidden(overview.alignmentAverage) ? null : overview.alignmentAverage,
    changeCourse: isHidden(overview.changeCourse) ? null : { ...overview.changeCourse },
    months: overview.months.flatMap((m) =>
      isHidden(m.checkIns) || isHidden(m.alignmentAverage)
        ? []
        : [{ month: m.month, checkIns: m.checkIns, alignmentAverage: m.alignmentAverage }],
    ),
    themes: isHidden(overview.themes)
      ? []
      : overview.themes
          .filter((t) => leaderThemes.has(t.theme.trim().toLocaleLowerCase()))
          .slice(0, 50)
          .map((t) => ({ theme: t.theme, count: t.count })),
  };
}

export interface ClosingResult {
  programme: Programme;
  /** The ambassadorships the close ended, as they must be stored. */
  ambassadorships: Ambassadorship[];
}

/**
 * A leader closes the programme: every open ambassadorship whose term still runs ends now (an
 * active one goes on to its planned exit — debrief, thanks, hand-over — which stays open to
 * record; a candidate simply lapses), the visible feedback figures are kept, and from now on the
 * programme is read-only and the scheduler plans nothing for it. PROGRAMME_CLOSED when it is
 * closed already.
 */
export function closeProgramme(board: BoardData, by: UserRef, now: Date): ClosingResult {
  const { programme } = board;
  assertProgrammeOpen(programme);
  const at = now.toISOString();
  const ending = board.ambassadorships.filter(
    (a) =>
      a.programmeId === programme.id &&
      isOpenAmbassadorship(a) &&
      !termHasEnded(a.term, now, programme.timeZone),
  );
  const closure: ProgrammeClosure = {
    closedAt: at,
    closedBy: { userId: by.userId, displayName: by.displayName },
    endedAmbassadorships: ending.map((a) => ({ id: a.id, state: a.state as 'candidate' | 'active' })),
    feedbackSnapshot: feedbackSnapshotOf(board, now),
  };
  return {
    programme: {
      ...programme,
      closure,
      settingsHistory: [
        ...programme.settingsHistory,
        { changes: [{ field: 'closedAt', from: null, to: at }], by: closure.closedBy, at },
      ].slice(-200),
      updatedAt: at,
    },
    ambassadorships: ending.map((a) => ({ ...a, state: 'ended', endedAt: at, updatedAt: at })),
  };
}

/**
 * A leader reopens a closed programme within `REOPEN_WINDOW_DAYS`: it runs again, and the
 * ambassadorships the close ended come back as they were — those whose term has run out since
 * stay ended. PROGRAMME_NOT_CLOSED when it runs; PROGRAMME_REOPEN_EXPIRED (with the deadline)
 * after the window, with nothing changed.
 */
export function reopenProgramme(board: BoardData, by: UserRef, now: Date): ClosingResult {
  const { programme } = board;
  const closure = programme.closure;
  if (!closure) throw new DomainError('PROGRAMME_NOT_CLOSED');
  if (!canReopen(programme, now)) {
    throw new DomainError('PROGRAMME_REOPEN_EXPIRED', {
      days: REOPEN_WINDOW_DAYS,
      deadline: localDateOf(reopenDeadline(closure), programme.timeZone),
    });
  }
  const at = now.toISOString();
  const previous = new Map(closure.endedAmbassadorships.map((e) => [e.id, e.state]));
  const restored = board.ambassadorships.flatMap((a): Ambassadorship[] => {
    const state = previous.get(a.id);
    if (!state || a.state !== 'ended' || a.endedAt !== closure.closedAt) return [];
    if (termHasEnded(a.term, now, programme.timeZone)) return [];
    return [{ ...a, state, endedAt: null, updatedAt: at }];
  });
  const who = { userId: by.userId, displayName: by.displayName };
  return {
    programme: {
      ...programme,
      closure: null,
      settingsHistory: [
        ...programme.settingsHistory,
        { changes: [{ field: 'closedAt', from: closure.closedAt, to: null }], by: who, at },
      ].slice(-200),
      updatedAt: at,
    },
    ambassadorships: restored,
  };
}
