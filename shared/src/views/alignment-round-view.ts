import type { ProgrammeBoard, Stored } from '../model/board';
import type { Meeting } from '../model/meeting';
import {
  alignmentAggregate,
  mayGiveAlignmentScore,
  ownAlignmentScore,
  roundOf,
  roundTakesScores,
} from '../rules/alignment-round';
import type { MeetingView } from './board-view';

/** The keyed pseudonym of a person in one meeting's round; only the server can make it. */
export type AlignmentRaterKey = (programmeId: string, meetingId: string, userId: string) => string;

/**
 * What the board builder needs from the server beyond the stored board: the pseudonym maker, so
 * the view can tell the caller their own score. Without it (a test, a tool) no one sees one.
 */
export interface BoardViewOptions {
  alignmentRaterKey?: AlignmentRaterKey;
}

/**
 * One meeting's round as the caller sees it: the draft, the gated figure (the count of people so
 * far, the mean and distribution only from the threshold), and the caller's own score — never
 * anyone else's, and no pseudonym ever leaves the server.
 */
export function alignmentRoundView(
  meeting: Stored<Meeting>,
  viewer: { board: ProgrammeBoard; userId: string; now: Date; options: BoardViewOptions },
): NonNullable<MeetingView['alignmentRound']> {
  const { board, userId, now, options } = viewer;
  const { programme } = board;
  const gated = alignmentAggregate(meeting, programme.settings);
  const key = options.alignmentRaterKey?.(programme.id, meeting.id, userId) ?? null;
  const published =
    meeting.publishedKeyMessageVersion === null
      ? undefined
      : programme.keyMessages.find((m) => m.version === meeting.publishedKeyMessageVersion);
  return {
    draft: roundOf(meeting).draft,
    people: gated.people,
    minimum: gated.minimum,
    aggregate: gated.aggregate,
    ownScore: ownAlignmentScore(meeting, key),
    canScore: roundTakesScores(programme, meeting) && mayGiveAlignmentScore(board, userId, now),
    publishedText: published?.text ?? null,
  };
}
