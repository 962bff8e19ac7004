import type { BoardData } from '../model/board';
import type { Ambassadorship } from '../model/ambassadorship';
import { agreementStatus } from './agreement';
import { isShownAsAmbassador } from './ambassadorship-lifecycle';
import { nextCheckInFrom } from './feedback/check-ins';
import { postingOpen } from './posting';
import { roleOf, type ProgrammeRole } from './roles';

/** The chat commands that are about one programme. */
export type ProgrammeCommand = 'status' | 'feedback' | 'apply';

/** What is waiting for the person in a programme, most pressing first. */
export const DUE_REASONS = ['agreement', 'checkIn', 'posting'] as const;
export type DueReason = (typeof DUE_REASONS)[number];

export interface ProgrammeOption {
  programmeId: string;
  name: string;
  role: ProgrammeRole;
  /** The most pressing thing waiting for the person there, or null. */
  due: DueReason | null;
}

export interface ProgrammeChoice {
  /** The programmes the command can be about for this person: the default first. */
  options: ProgrammeOption[];
  /** The programme to use when the person does not choose (null: none applies). */
  defaultId: string | null;
}

export interface ProgrammeChoiceInput {
  boards: readonly BoardData[];
  userId: string;
  command: ProgrammeCommand;
  now: Date;
  /**
   * The person's check-in pseudonym in a programme (only the server can compute it). Without it
   * a check-in counts as due whenever the person may send one at all.
   */
  authorKeyFor?: (programmeId: string) => string;
}

/**
 * The person's open ambassadorship in a programme: an active one whose term runs, else a
 * candidacy (whose term may start later — its agreement is what waits for them).
 */
function mine(board: BoardData, userId: string, now: Date): Ambassadorship | null {
  const tz = board.programme.timeZone;
  const own = board.ambassadorships.filter((a) => a.person.userId === userId);
  return (
    own.find((a) => a.state === 'active' && isShownAsAmbassador(a, now, tz)) ??
    own.find((a) => a.state === 'candidate') ??
    null
  );
}

function hasApplied(board: BoardData, userId: string): boolean {
  return board.applications.some((a) => a.applicant.userId === userId);
}

/** Whether the person may apply in this programme now: open posting, not an ambassador, not applied yet. */
function mayApply(board: BoardData, userId: string, now: Date): boolean {
  return postingOpen(board.programme, now) && !mine(board, userId, now) && !hasApplied(board, userId);
}

function mayCheckIn(board: BoardData, userId: string, now: Date): boolean {
  return mine(board, userId, now)?.state === 'active';
}

/** The most pressing thing waiting for the person in one programme. */
export function dueIn(
  board: BoardData,
  userId: string,
  now: Date,
  authorKeyFor?: (programmeId: string) => string,
): DueReason | null {
  const amb = mine(board, userId, now);
  if (amb && agreementStatus(amb).pendingSides.includes('ambassador')) return 'agreement';
  if (amb?.state === 'active') {
    const key = authorKeyFor?.(board.programme.id);
    if (!key || nextCheckInFrom(board.checkIns, key, board.programme, now) === null) return 'checkIn';
  }
  if (mayApply(board, userId, now)) return 'posting';
  return null;
}

/** Whether the command is about this programme for this person at all. */
function applies(board: BoardData, userId: string, command: ProgrammeCommand, now: Date): boolean {
  if (command === 'feedback') return mayCheckIn(board, userId, now);
  if (command === 'apply') return mayApply(board, userId, now);
  return (
    roleOf(board, userId, now) !== 'employee' ||
    mine(board, userId, now) !== null ||
    hasApplied(board, userId)
  );
}

/**
 * Which programme a chat command is about, for a person in several. The options are the
 * programmes the command fits — `feedback` where they are an active ambassador, `apply` where a
 * posting is open to them, `status` where they lead, are an ambassador or applied (else where a
 * posting is open, else the first programme) — and the default is the one where something is
 * waiting for them: an agreement to accept, then a check-in that is due, then an open posting;
 * else the first. The default leads the list and the rest keep their order, so the choice card
 * always offers it first.
 */
export function programmeChoice(input: ProgrammeChoiceInput): ProgrammeChoice {
  const { boards, userId, command, now } = input;
  let fitting = boards.filter((board) => applies(board, userId, command, now));
  if (command === 'status' && fitting.length === 0) {
    const open = boards.filter((board) => postingOpen(board.programme, now));
    fitting = open.length ? open : boards.slice(0, 1);
  }
  const options = fitting.map((board) => ({
    programmeId: board.programme.id,
    name: board.programme.name,
    role: roleOf(board, userId, now),
    due: dueIn(board, userId, now, input.authorKeyFor),
  }));
  const rank = (option: ProgrammeOption) =>
    option.due === null ? DUE_REASONS.length : DUE_REASONS.indexOf(option.due);
  let best = 0;
  options.forEach((option, index) => {
    if (rank(option) < rank(options[best]!)) best = index;
  });
  const ordered = options.length ? [options[best]!, ...options.filter((_, index) => index !== best)] : [];
  return { options: ordered, defaultId: ordered[0]?.programmeId ?? null };
}
