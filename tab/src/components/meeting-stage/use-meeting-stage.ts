import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { addMeetingTexts } from '../../i18n/meeting-texts';
import { useBoard } from '../board';
import { headingNotesOf, meetingsOf } from '../../app/meeting-view';
import type { StageTarget } from './meeting-stage.types';

/** The record the stage shows, from the shared URL (`?meetingId=`) or the Teams meeting's binding. */
export function stageTargetOf(search: string, teamsMeetingId: string | null): StageTarget {
  return { meetingId: new URLSearchParams(search).get('meetingId'), teamsMeetingId };
}

/**
 * The shared stage: what everyone in the meeting sees. It re-reads the board whenever the
 * server's board events say it changed, so a note, a tick or a new focus written in any side
 * panel appears here within moments, through the same authorisation as every read.
 */
export function useMeetingStage() {
  const { t, i18n } = useTranslation();
  addMeetingTexts(i18n);
  const { host } = useAppContext();
  const b = useBoard();
  const board = b.state.status === 'ready' ? b.state.board : null;
  const target = stageTargetOf(window.location.search, host.meetingId ?? null);
  const meetings = meetingsOf(board);
  const meeting =
    meetings.find((m) => m.id === target.meetingId) ??
    (target.teamsMeetingId ? meetings.find((m) => m.teamsMeetingId === target.teamsMeetingId) : undefined) ??
    null;
  return {
    t,
    state: b.state,
    retry: b.retry,
    board,
    meeting,
    /** Employees see the agenda and the key message; the notes are the programme's members'. */
    notesHidden: !!board && !board.permissions.includes('meeting:view'),
    headings: board ? headingNotesOf(board, meeting, t) : [],
  };
}
