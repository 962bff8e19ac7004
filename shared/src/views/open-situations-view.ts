import type { ProgrammeBoard } from '../model/board';
import { hasMeetingStarted } from '../rules/meeting-started';
import { answerOf, liveOpenSituations } from '../rules/feedback/open-situations';
import type { ProgrammeRole } from '../rules/roles';
import type { GroupAgreementMeetingView, OpenSituationView } from './board-view';

/** How many recent alignment meetings the raise form offers as "where the group agreed it". */
export const GROUP_AGREEMENT_MEETING_LIMIT = 6;

/**
 * The open situations the caller may read: leaders every one, with who raised it (or the group);
 * an ambassador their own named ones and the group's (never a colleague's named one); employees
 * none. Each comes with the leaders' answer once there is one.
 */
export function openSituationsView(
  board: ProgrammeBoard,
  userId: string,
  role: ProgrammeRole,
  now: Date,
): OpenSituationView[] | undefined {
  if (role === 'employee') return undefined;
  const meetingAt = new Map(board.meetings.map((m) => [m.id, m.scheduledAt]));
  return liveOpenSituations(board, now)
    .filter((s) => role === 'leader' || s.raisedAs === 'group' || s.raisedBy?.userId === userId)
    .map((s) => {
      const answer = answerOf(board, s.id);
      return {
        id: s.id,
        raisedAs: s.raisedAs,
        raisedBy: s.raisedBy,
        theme: s.theme,
        situation: s.situation,
        raisedAt: s.raisedAt,
        meetingId: s.meetingId,
        meetingAt: s.meetingId ? (meetingAt.get(s.meetingId) ?? null) : null,
        mine: s.raisedBy?.userId === userId,
        answer: answer
          ? { outcome: answer.outcome, explanation: answer.explanation, by: answer.by, at: answer.at }
          : null,
      };
    });
}

/**
 * The alignment meetings that have started and are not cancelled, newest first, with the themes
 * the group agreed there to raise: where an agreement is recorded and an on-behalf situation
 * points. Leaders and ambassadors only.
 */
export function groupAgreementMeetingsView(
  board: ProgrammeBoard,
  role: ProgrammeRole,
  now: Date,
): GroupAgreementMeetingView[] | undefined {
  if (role === 'employee') return undefined;
  return board.meetings
    .filter(
      (m) =>
        m.programmeId === board.programme.id &&
        m.kind === 'alignment' &&
        m.cancelledAt === null &&
        hasMeetingStarted(m, now),
    )
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))
    .slice(0, GROUP_AGREEMENT_MEETING_LIMIT)
    .map((m) => ({
      meetingId: m.id,
      scheduledAt: m.scheduledAt,
      etag: m.etag,
      agreements: m.groupAgreements.map((a) => ({ ...a })),
    }));
}
