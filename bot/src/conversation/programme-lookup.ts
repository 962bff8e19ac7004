import {
  agreedCheckInThemes,
  checkInPrivacy,
  currentAgreementVersion,
  currentKeyMessage,
  daysLeft,
  nextMeetingStart,
  postingOpen,
  roleOf,
  trainingProgress,
  type Locale,
  type ProgrammeBoard,
  type ProgrammeRole,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';
import { formatDay, formatInstant } from '../cards/reminder-cards';
import { text } from '../cards/card-texts';
import type { StatusFacts } from '../cards/system-cards';

export interface FoundProgramme {
  board: ProgrammeBoard;
  role: ProgrammeRole;
}

/**
 * Which programme a chat message is about. A person is normally in one programme of their
 * tenant; when there are several, the one where they have a role (leader, ambassador) wins,
 * then one with an open posting, then the first.
 */
export async function findProgrammeFor(
  store: ProgrammeStore,
  ctx: TenantContext,
  now: Date,
): Promise<FoundProgramme | null> {
  const programmes = await store.listProgrammes(ctx);
  let fallback: FoundProgramme | null = null;
  for (const programme of programmes.slice(0, 20)) {
    const board = await store.loadBoard(ctx, programme.id);
    if (!board) continue;
    const role = roleOf(board, ctx.user.userId, now);
    if (role !== 'employee') return { board, role };
    if (!fallback || (postingOpen(board.programme, now) && !postingOpen(fallback.board.programme, now))) {
      fallback = { board, role };
    }
  }
  return fallback;
}

export function myAmbassadorship(board: ProgrammeBoard, userId: string) {
  return (
    board.ambassadorships.find((a) => a.person.userId === userId && a.state === 'active') ??
    board.ambassadorships.find((a) => a.person.userId === userId && a.state === 'candidate') ??
    null
  );
}

/** The `status` command: my role, my term and days left, my next meeting, my open training. */
export function statusFacts(found: FoundProgramme, userId: string, now: Date, locale: Locale): StatusFacts {
  const { board, role } = found;
  const { programme } = board;
  const tz = programme.timeZone;
  const amb = myAmbassadorship(board, userId);
  const roleText = text(
    role === 'leader' ? 'roleLeader' : role === 'ambassador' ? 'roleAmbassador' : 'roleEmployee',
    locale,
  );
  const none = text('statusNone', locale);
  const next = nextMeetingStart(board, now);
  const open = amb ? trainingProgress(amb, programme.steps.training).openModules : [];
  return {
    role: `${roleText} – ${programme.name}`,
    term: amb ? `${formatDay(amb.term.start, locale)} – ${formatDay(amb.term.end, locale)}` : none,
    daysLeft: amb ? String(Math.max(0, daysLeft(amb.term, now, tz))) : none,
    nextMeeting:
      next && role !== 'employee' ? formatInstant(next.toISOString(), { locale, timeZone: tz }) : none,
    openTraining: open.length ? open.map((m) => m.title).join(', ') : none,
  };
}

/** Display data of the posting card (the `apply` command and the announcement reminder). */
export function postingCardData(board: ProgrammeBoard): Record<string, unknown> | null {
  const posting = board.programme.steps.posting.posting;
  if (!posting) return null;
  return {
    title: posting.title,
    hoursPerMonth: posting.hoursPerMonth,
    termMonths: posting.termMonths,
    applicationDeadline: posting.applicationDeadline,
  };
}

/** Display data of the check-in card (the `feedback` command and the check-in reminder). */
export function checkInCardData(board: ProgrammeBoard, ambassadorshipId: string): Record<string, unknown> {
  const key = currentKeyMessage(board.programme);
  const amb = board.ambassadorships.find((a) => a.id === ambassadorshipId);
  return {
    ambassadorshipId,
    keyMessage: key?.text ?? '',
    keyMessageVersion: key?.version ?? null,
    agreedThemes: amb ? agreedCheckInThemes(currentAgreementVersion(amb)) : [],
    // What the card tells the ambassador about who sees the answers and when they are deleted.
    ...(amb ? checkInPrivacy(board.programme, amb) : {}),
  };
}
