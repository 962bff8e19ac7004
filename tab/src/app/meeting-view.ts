import type { TFunction } from '../i18n/translator';
import type { BoardView, MeetingView } from '@ambassadors/shared/views/board-view';
import type { AgendaHeading } from '@ambassadors/shared/model/programme';

/** One agenda heading's notes as the side panel and the stage list them. */
export interface HeadingNotes {
  heading: AgendaHeading;
  title: string;
  notes: { id: string; author: string; text: string }[];
}

/** The URL the stage opens: the same tab, told to show this record's stage view. */
export function stageUrlFor(programmeId: string, meetingId: string, origin = window.location.origin): string {
  const query = new URLSearchParams({ programmeId, stage: 'meeting', meetingId });
  return `${origin}/tab/?${query.toString()}`;
}

/** The stage's URL for the management workshop's read-only view (the facilitator runs it in the tab). */
export function workshopStageUrlFor(programmeId: string, origin = window.location.origin): string {
  const query = new URLSearchParams({ programmeId, stage: 'workshop' });
  return `${origin}/tab/?${query.toString()}`;
}

/** Every meeting record the board carries (upcoming and recent). */
export function meetingsOf(board: BoardView | null): MeetingView[] {
  return board ? [...board.meetings.upcoming, ...board.meetings.recent] : [];
}

/** The agenda's headings with the live notes under each, in writing order. */
export function headingNotesOf(board: BoardView, meeting: MeetingView | null, t: TFunction): HeadingNotes[] {
  return board.meetingPlan.agenda.map((heading) => ({
    heading,
    title: t(`agenda.${heading}`),
    notes: (meeting?.noteEntries ?? [])
      .filter((n) => n.heading === heading)
      .map((n) => ({ id: n.id, author: n.author.displayName, text: n.text })),
  }));
}
