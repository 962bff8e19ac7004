import { z } from 'zod';
import type { BoardData } from '../model/board';
import type { UserRef } from '../model/common';
import type { Meeting } from '../model/meeting';
import type { Programme } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import { EMPTY_ALIGNMENT_ROUND, type AlignmentRound, type AlignmentScore } from '../model/alignment-round';
import { DomainError } from '../errors/domain-error';
import { currentAmbassadors } from './ambassadorship-lifecycle';
import { anonymityThresholds, gateByAuthors, isHidden } from './feedback/anonymity-gate';
import { currentKeyMessage, publishKeyMessage } from './key-messages';
import { parseInput } from './parse-input';
import { assertProgrammeOpen, isProgrammeClosed } from './programme-closure';

/**
 * The card's monthly alignment meeting as a round: leaders draft the next key message while the
 * ambassadors each give one 1–5 score of how well the messages fit what they meet; the agreed
 * draft is then published as the programme's key message. The scores are feedback, so the same
 * privacy gate as check-ins applies: nothing of them is shown until enough different people
 * stand behind the figure, and never who gave which.
 */

/** `PUT …/meetings/:meetingId/alignment/draft`: the whole draft (empty clears it). */
export const alignmentDraftInputSchema = z.strictObject({ draft: z.string().trim().max(1000) });
export type AlignmentDraftInput = z.input<typeof alignmentDraftInputSchema>;

/** `PUT …/meetings/:meetingId/alignment/score`: one whole score from 1 to 5. */
export const alignmentScoreInputSchema = z.strictObject({ score: z.number().int().min(1).max(5) });
export type AlignmentScoreInput = z.input<typeof alignmentScoreInputSchema>;

/** The round of a meeting (meetings stored before rounds existed have an empty one). */
export function roundOf(meeting: Pick<Meeting, 'alignmentRound'>): AlignmentRound {
  return meeting.alignmentRound ?? EMPTY_ALIGNMENT_ROUND;
}

/**
 * A round takes changes only in an alignment meeting (MEETING_NOT_ALIGNMENT) that is not
 * cancelled (MEETING_CANCELLED) of a programme that is not closed (PROGRAMME_CLOSED).
 */
export function assertRoundOpen(programme: Pick<Programme, 'closure' | 'timeZone'>, meeting: Meeting): void {
  assertProgrammeOpen(programme);
  if (meeting.kind !== 'alignment') throw new DomainError('MEETING_NOT_ALIGNMENT');
  if (meeting.cancelledAt !== null) throw new DomainError('MEETING_CANCELLED');
}

/** Leaders save the draft of the next key message; the scores stay as they are. */
export function saveAlignmentDraft(
  programme: Pick<Programme, 'closure' | 'timeZone'>,
  meeting: Meeting,
  input: unknown,
  now: Date,
): Meeting {
  assertRoundOpen(programme, meeting);
  const { draft } = parseInput(alignmentDraftInputSchema, input);
  return { ...meeting, alignmentRound: { ...roundOf(meeting), draft }, updatedAt: now.toISOString() };
}

/**
 * Who may score: a person with an active ambassadorship inside its term, who is not a leader of
 * the programme. Leaders steer the message, so their score would pad the ambassadors' figure;
 * candidates and former ambassadors do not carry the message (yet / any more).
 */
export function mayGiveAlignmentScore(
  board: Pick<BoardData, 'programme' | 'ambassadorships'>,
  userId: string,
  now: Date,
): boolean {
  const { programme } = board;
  if (programme.owners.some((o) => o.userId === userId)) return false;
  return currentAmbassadors(
    board.ambassadorships.filter((a) => a.programmeId === programme.id),
    now,
    programme.timeZone,
  ).some((a) => a.person.userId === userId);
}

/**
 * Whether a round still takes scores: scores are given during the meeting, so once it is marked
 * held its figure is the record and stays as it is.
 */
export function roundTakesScores(programme: Pick<Programme, 'closure'>, meeting: Meeting): boolean {
  return (
    !isProgrammeClosed(programme) &&
    meeting.kind === 'alignment' &&
    meeting.cancelledAt === null &&
    !meeting.held
  );
}

/**
 * An ambassador's score, under the pseudonym the server made for them in this meeting: a second
 * score replaces the first, so one person is always one score. Anyone else is refused
 * (ALIGNMENT_SCORE_NOT_AMBASSADOR), and so is a closed programme, a cancelled meeting or one
 * already marked held (MEETING_ALREADY_HELD); a score
 * outside 1–5 is VALIDATION_FAILED naming the field. Nothing changes when it refuses.
 */
export function giveAlignmentScore(
  board: Pick<BoardData, 'programme' | 'ambassadorships'>,
  meeting: Meeting,
  scorer: { userId: string; raterKey: string },
  input: unknown,
  now: Date,
): Meeting {
  assertRoundOpen(board.programme, meeting);
  if (meeting.held) throw new DomainError('MEETING_ALREADY_HELD');
  if (!mayGiveAlignmentScore(board, scorer.userId, now))
    throw new DomainError('ALIGNMENT_SCORE_NOT_AMBASSADOR');
  const { score } = parseInput(alignmentScoreInputSchema, input);
  const round = roundOf(meeting);
  const scores: AlignmentScore[] = [
    ...round.scores.filter((s) => s.raterKey !== scorer.raterKey),
    { raterKey: scorer.raterKey, score },
  ].sort((a, b) => (a.raterKey < b.raterKey ? -1 : a.raterKey > b.raterKey ? 1 : 0));
  return { ...meeting, alignmentRound: { ...round, scores }, updatedAt: now.toISOString() };
}

/** The figure of a round once enough people stand behind it. */
export interface AlignmentAggregate {
  /** Mean score, one decimal. */
  mean: number;
  /** How many people gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
  people: number;
}

/** The gated figure of a round, with how many people scored so far and how many it takes. */
export interface GatedAlignmentAggregate {
  aggregate: AlignmentAggregate | null;
  /** Different people who scored (a count, never who). */
  people: number;
  /** People needed before the figure is shown: the check-ins' `anonymityMinAnswers`. */
  minimum: number;
}

/**
 * The round's figure through the one anonymity gate of check-ins: the mean and distribution only
 * from `anonymityMinAnswers` (never below 5) different people — counted by pseudonym, so one
 * person scoring many times is still one — else nothing but the number of people so far.
 */
export function alignmentAggregate(
  meeting: Pick<Meeting, 'alignmentRound'>,
  settings: Pick<ProgrammeSettings, 'anonymityMinAnswers' | 'anonymityMinFreeText'>,
): GatedAlignmentAggregate {
  const { minimumAnswers } = anonymityThresholds(settings);
  // One score per person; should two ever share a pseudonym, the later one stands for that person.
  const perPerson = [...new Map(roundOf(meeting).scores.map((s) => [s.raterKey, s.score])).entries()];
  const authors = perPerson.map(([authorKey]) => ({ authorKey }));
  const gated = gateByAuthors(authors, minimumAnswers, (): AlignmentAggregate => {
    const distribution: AlignmentAggregate['distribution'] = [0, 0, 0, 0, 0];
    let sum = 0;
    for (const [, score] of perPerson) {
      distribution[score - 1]! += 1;
      sum += score;
    }
    return { mean: Math.round((sum / perPerson.length) * 10) / 10, distribution, people: perPerson.length };
  });
  return { aggregate: isHidden(gated) ? null : gated, people: perPerson.length, minimum: minimumAnswers };
}

/** The caller's own score in this round (under their pseudonym), or null. Shown only to them. */
export function ownAlignmentScore(
  meeting: Pick<Meeting, 'alignmentRound'>,
  raterKey: string | null,
): number | null {
  if (raterKey === null) return null;
  return roundOf(meeting).scores.find((s) => s.raterKey === raterKey)?.score ?? null;
}

/**
 * Publishes the round's draft as the programme's key message in one step, through the
 * key-message rule (a new version; earlier ones stay), and marks the meeting with the version
 * it published, so the meeting record shows what was agreed. An empty draft is
 * ALIGNMENT_NO_DRAFT; publishing the current message again changes nothing.
 */
export function publishAlignmentDraft(
  programme: Programme,
  meeting: Meeting,
  by: UserRef,
  now: Date,
): { programme: Programme; meeting: Meeting } {
  assertRoundOpen(programme, meeting);
  const text = roundOf(meeting).draft.trim();
  if (!text) throw new DomainError('ALIGNMENT_NO_DRAFT');
  const current = currentKeyMessage(programme);
  const nextProgramme = current?.text === text ? programme : publishKeyMessage(programme, text, by, now);
  const version = currentKeyMessage(nextProgramme)!.version;
  if (meeting.publishedKeyMessageVersion === version) return { programme: nextProgramme, meeting };
  return {
    programme: nextProgramme,
    meeting: { ...meeting, publishedKeyMessageVersion: version, updatedAt: now.toISOString() },
  };
}
