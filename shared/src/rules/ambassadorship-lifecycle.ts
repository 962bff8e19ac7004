import { z } from 'zod';
import type { Ambassadorship, AmbassadorshipState, Term } from '../model/ambassadorship';
import type { Application } from '../model/application';
import type { BoardData } from '../model/board';
import type { UserRef } from '../model/common';
import { idSchema, userRefSchema } from '../model/common';
import type { Programme } from '../model/programme';
import { DomainError } from '../errors/domain-error';
import { localDateOf } from './calendar';
import { parseInput } from './parse-input';
import { checkedApplicantMessage } from './application-round';
import { termEndFor, termEndInstant, termHasEnded } from './term';
import { checkTerm, defaultTermMonths } from './term-limits';

/**
 * The life of one ambassadorship: candidate → active → ended, or candidate|active → withdrawn.
 * "ended" is the planned end of the term; "withdrawn" the management team's early exit. Both are
 * final — a former ambassador gets a new ambassadorship if they come back, so the history of the
 * old one stays true. A candidate whose term passes before the agreement is accepted lapses
 * (candidate → ended, never activated), so a stale candidacy never blocks a new selection.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<AmbassadorshipState, readonly AmbassadorshipState[]>> = {
  candidate: ['active', 'ended', 'withdrawn'],
  active: ['ended', 'withdrawn'],
  ended: [],
  withdrawn: [],
};

export function canTransition(from: AmbassadorshipState, to: AmbassadorshipState): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** Throws INVALID_TRANSITION (with `from` and `to`) unless the move is allowed. */
function assertTransition(from: AmbassadorshipState, to: AmbassadorshipState): void {
  if (!canTransition(from, to)) throw new DomainError('INVALID_TRANSITION', { from, to });
}

/** Candidates and active ambassadors can still be changed; ended and withdrawn are history. */
export function isOpenAmbassadorship(amb: Ambassadorship): boolean {
  return amb.state === 'candidate' || amb.state === 'active';
}

/** Throws AMBASSADORSHIP_CLOSED for an ended or withdrawn ambassadorship. */
export function assertOpen(amb: Ambassadorship): void {
  if (!isOpenAmbassadorship(amb)) throw new DomainError('AMBASSADORSHIP_CLOSED', { state: amb.state });
}

/**
 * Throws AMBASSADORSHIP_CLOSED unless the ambassadorship is open *and* its term is still
 * running: once the last local day of the term is over the role is history, even before
 * anything has moved the state to "ended". Acts of the ambassadorship itself (accepting the
 * agreement, completing training) call this, so a late click can neither extend nor revive it.
 */
export function assertTermRunning(amb: Ambassadorship, now: Date, timeZone: string): void {
  assertOpen(amb);
  if (termHasEnded(amb.term, now, timeZone))
    throw new DomainError('AMBASSADORSHIP_CLOSED', { state: 'ended' });
}

const reasonSchema = z.string().trim().min(1).max(2000);

export interface SelectAmbassadorInput {
  programme: Programme;
  /** The application being accepted; or `person` for someone selected directly (e.g. invited). */
  application?: Application | null;
  person?: UserRef | null;
  /** "Why have we chosen these particular ambassadors?" — required, kept with the selection. */
  reason: string;
  /**
   * Defaults to the posting's term (else `termMonthsDefault` months) from today, or from the
   * programme's start if later. Given or not, it is checked by `checkTerm` (term-limits.ts).
   */
  term?: Term | null;
  by: UserRef;
  now: Date;
  id: string;
  /**
   * The programme's existing ambassadorships: a second open one is refused, and the person's
   * earlier terms count towards the limit of consecutive terms.
   */
  ambassadorships?: readonly Ambassadorship[];
}

export interface SelectAmbassadorResult {
  ambassadorship: Ambassadorship;
  /** The application with its decision set to 'selected' (null when selected directly). */
  application: Application | null;
}

/**
 * A leader selects an ambassador, from an application or directly. The result is a *candidate*:
 * they become active only when both sides accept the agreement (agreement.ts).
 */
export function selectAmbassador(input: SelectAmbassadorInput): SelectAmbassadorResult {
  const { programme, application, now } = input;
  const reason = parseInput(reasonSchema, input.reason);
  const by = parseInput(userRefSchema, input.by);
  const id = parseInput(idSchema, input.id);
  if (application) {
    if (application.programmeId !== programme.id || application.tenantId !== programme.tenantId) {
      throw new DomainError('NOT_FOUND', { id: application.id });
    }
    if (application.decision) throw new DomainError('APPLICATION_ALREADY_DECIDED', { id: application.id });
    if (application.withdrawnAt) throw new DomainError('APPLICATION_WITHDRAWN', { id: application.id });
  }
  const person = parseInput(userRefSchema, application?.applicant ?? input.person);
  const tz = programme.timeZone;
  const existing = (input.ambassadorships ?? []).map((amb) => endTermIfDue(amb, now, tz));
  if (
    existing.some(
      (amb) =>
        amb.programmeId === programme.id && amb.person.userId === person.userId && isOpenAmbassadorship(amb),
    )
  ) {
    throw new DomainError('ALREADY_AMBASSADOR', { userId: person.userId });
  }
  const today = localDateOf(now, tz);
  const start = today > programme.startDate ? today : programme.startDate;
  const term = checkTerm({
    term: input.term ?? { start, end: termEndFor(start, defaultTermMonths(programme)) },
    programme,
    userId: person.userId,
    ambassadorshipId: null,
    ambassadorships: existing,
    now,
  });
  const at = now.toISOString();
  const ambassadorship: Ambassadorship = {
    id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'ambassadorship',
    person: { ...person },
    state: 'candidate',
    selection: { reason, applicationId: application?.id ?? null, by, at },
    sessionAttendance: [],
    term,
    agreement: { versions: [], ambassadorAcceptances: [], leaderAcceptances: [] },
    training: [],
    exit: { debriefDate: null, debriefHeldAt: null, handoverNotes: '', thankedAt: null },
    activatedAt: null,
    endedAt: null,
    withdrawal: null,
    createdAt: at,
    updatedAt: at,
  };
  const decided = application
    ? { ...application, decision: { outcome: 'selected' as const, reason, by, at } }
    : null;
  return { ambassadorship, application: decided };
}

export interface DeclineApplicationInput {
  application: Application;
  /** The leaders' internal note: why. Kept for the leaders, never shown to the applicant. */
  reason: string;
  /** What the applicant reads; blank or absent → the kind default in their language. */
  applicantMessage?: string | null;
  by: UserRef;
  now: Date;
}

/**
 * A leader declines an application with two texts: the internal note (`reason`) and the
 * message for the applicant (`applicantMessageOf` decides what they read). A withdrawn
 * application has nothing left to decide (APPLICATION_WITHDRAWN).
 */
export function declineApplication(input: DeclineApplicationInput): Application {
  const reason = parseInput(reasonSchema, input.reason);
  const by = parseInput(userRefSchema, input.by);
  const applicantMessage = checkedApplicantMessage(input.applicantMessage);
  if (input.application.decision) {
    throw new DomainError('APPLICATION_ALREADY_DECIDED', { id: input.application.id });
  }
  if (input.application.withdrawnAt) {
    throw new DomainError('APPLICATION_WITHDRAWN', { id: input.application.id });
  }
  return {
    ...input.application,
    decision: {
      outcome: 'declined',
      reason,
      ...(applicantMessage ? { applicantMessage } : {}),
      by,
      at: input.now.toISOString(),
    },
  };
}

/**
 * The management team withdraws an ambassador early ("when do we withdraw the ambassadors?").
 * A term that is already over has ended, not been withdrawn (INVALID_TRANSITION from 'ended'),
 * so the person gets the exit of an ended term.
 */
export function withdraw(
  amb: Ambassadorship,
  reason: string,
  by: UserRef,
  now: Date,
  timeZone = 'Europe/Copenhagen',
): Ambassadorship {
  assertTransition(endTermIfDue(amb, now, timeZone).state, 'withdrawn');
  const checkedReason = parseInput(reasonSchema, reason);
  const at = now.toISOString();
  return {
    ...amb,
    state: 'withdrawn',
    withdrawal: { reason: checkedReason, by: parseInput(userRefSchema, by), at },
    endedAt: at,
    updatedAt: at,
  };
}

/**
 * Ends an ambassadorship whose term is over, on its end date: `endedAt` is the end of the term's
 * last local day, not the moment we noticed, and the exit plan is kept for the debrief. An active
 * ambassador's term ends as planned; a candidate whose term passed without an accepted agreement
 * lapses the same way (never activated, so no exit follows). A record already ended without a
 * date gets the term's end. Returns the same object when nothing is due, so callers can skip the
 * write.
 */
export function endTermIfDue<T extends Ambassadorship>(amb: T, now: Date, timeZone: string): T {
  const end = termEndInstant(amb.term, timeZone);
  if (amb.state === 'ended' && amb.endedAt === null) return { ...amb, endedAt: end.toISOString() };
  if (amb.state !== 'active' && amb.state !== 'candidate') return amb;
  if (now.getTime() < end.getTime()) return amb;
  return { ...amb, state: 'ended', endedAt: end.toISOString(), updatedAt: now.toISOString() };
}

/**
 * The ambassadorships of a board whose term is over and not yet recorded, each as it must be
 * stored (see `endTermIfDue`). The scheduler writes them on its tick, writes that depend on them
 * (a new selection) write them first, and reads apply them with `withTermsEnded`.
 */
export function endTermsDue<T extends Ambassadorship>(
  board: { programme: Pick<Programme, 'id' | 'timeZone'>; ambassadorships: readonly T[] },
  now: Date,
): T[] {
  const due: T[] = [];
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== board.programme.id) continue;
    const next = endTermIfDue(amb, now, board.programme.timeZone);
    if (next !== amb) due.push(next);
  }
  return due;
}

/** The board as it is once every due term end is recorded (pure: nothing is written). */
export function withTermsEnded<
  B extends Pick<BoardData, 'programme'> & { ambassadorships: Ambassadorship[] },
>(board: B, now: Date): B {
  const tz = board.programme.timeZone;
  let changed = false;
  const ambassadorships = board.ambassadorships.map((amb) => {
    const next = amb.programmeId === board.programme.id ? endTermIfDue(amb, now, tz) : amb;
    if (next !== amb) changed = true;
    return next;
  });
  return changed ? { ...board, ambassadorships } : board;
}

/** The next instant an open term ends (for the scheduler to look again then), or null. */
export function nextTermEndAt(
  board: { programme: Pick<Programme, 'id' | 'timeZone'>; ambassadorships: readonly Ambassadorship[] },
  now: Date,
): Date | null {
  let next: number | null = null;
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== board.programme.id || !isOpenAmbassadorship(amb)) continue;
    const end = termEndInstant(amb.term, board.programme.timeZone).getTime();
    if (end > now.getTime() && (next === null || end < next)) next = end;
  }
  return next === null ? null : new Date(next);
}

/**
 * Whether the person may be shown as an ambassador right now: active and inside the term. A
 * former ambassador is never shown as one (the card's "unwanted positioning"), even before the
 * scheduler has moved the state to 'ended'. Candidates are not ambassadors yet.
 */
export function isShownAsAmbassador(amb: Ambassadorship, now: Date, timeZone = 'Europe/Copenhagen'): boolean {
  return amb.state === 'active' && now.getTime() < termEndInstant(amb.term, timeZone).getTime();
}

/** The ambassadors a programme has right now (active and inside their term). */
export function currentAmbassadors(
  ambassadorships: readonly Ambassadorship[],
  now: Date,
  timeZone: string,
): Ambassadorship[] {
  return ambassadorships.filter((amb) => isShownAsAmbassador(amb, now, timeZone));
}
