import { z } from 'zod';
import type { BoardData } from '../model/board';
import type { UserRef } from '../model/common';
import { userRefSchema } from '../model/common';
import type { Meeting } from '../model/meeting';
import type { KeyMessage, Programme } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import { addMonths, atLocalTime, localDateOf, workingDayOnOrAfter } from './calendar';
import { currentAmbassadors } from './ambassadorship-lifecycle';
import { parseInput } from './parse-input';
import { termEndInstant } from './term';

/**
 * The card's "align the messages": leaders publish a versioned key message that ambassadors
 * carry, and with several ambassadors they meet once a month to align it. Check-ins and meetings
 * record the version they refer to, so old feedback is read against the message of its time.
 */
export function currentKeyMessage(programme: Programme): KeyMessage | null {
  return programme.keyMessages.reduce<KeyMessage | null>(
    (latest, m) => (latest === null || m.version > latest.version ? m : latest),
    null,
  );
}

export const keyMessageInputSchema = z.object({ text: z.string().trim().min(1).max(1000) });

/** Publishes a new version; earlier versions stay on record. */
export function publishKeyMessage(programme: Programme, text: string, by: UserRef, now: Date): Programme {
  const input = parseInput(keyMessageInputSchema, { text });
  const at = now.toISOString();
  const message: KeyMessage = {
    version: (currentKeyMessage(programme)?.version ?? 0) + 1,
    text: input.text,
    createdBy: parseInput(userRefSchema, by),
    createdAt: at,
  };
  return { ...programme, keyMessages: [...programme.keyMessages, message], updatedAt: at };
}

/** The card: with several ambassadors (≥ 2 active now), meet monthly to align the messages. */
export function alignmentMeetingRequired(board: BoardData, now: Date): boolean {
  return currentAmbassadors(board.ambassadorships, now, board.programme.timeZone).length >= 2;
}

function isAlignment(meeting: Meeting): boolean {
  return meeting.kind === 'alignment';
}

/**
 * The first moment two ambassadors were current at once (the card's "several ambassadors"),
 * from the activation history of the active ambassadorships. Both the board and the reminder
 * schedule count the monthly rhythm from here, so they name the same due dates.
 */
export function alignmentRequiredSince(board: BoardData): Date | null {
  const tz = board.programme.timeZone;
  const spans = board.ambassadorships
    .filter((a) => a.programmeId === board.programme.id && a.state === 'active' && a.activatedAt !== null)
    .map((a) => ({
      from: new Date(a.activatedAt as string).getTime(),
      until: termEndInstant(a.term, tz).getTime(),
    }));
  const starts = spans.map((s) => s.from).sort((a, b) => a - b);
  const first = starts.find((t) => spans.filter((s) => s.from <= t && t < s.until).length >= 2);
  return first === undefined ? null : new Date(first);
}

/**
 * The local day the monthly alignment rhythm counts from: the last *held* alignment meeting
 * since the requirement began, else the day it began. Null when not required now.
 */
function alignmentAnchor(board: BoardData, now: Date): string | null {
  if (!alignmentMeetingRequired(board, now)) return null;
  const since = alignmentRequiredSince(board);
  if (!since) return null;
  const tz = board.programme.timeZone;
  const sinceDay = localDateOf(since, tz);
  const lastHeld = board.meetings
    .filter((m) => isAlignment(m) && m.held && new Date(m.scheduledAt).getTime() <= now.getTime())
    .map((m) => localDateOf(new Date(m.scheduledAt), tz))
    .filter((day) => day > sinceDay)
    .sort()
    .pop();
  return lastHeld ?? sinceDay;
}

/**
 * The k-th monthly alignment due date after an anchor day, moved to the next working day of the
 * programme (its working weekdays, not a public holiday of its country): the board, the leaders'
 * calls and the schedule all name this one date.
 */
export function alignmentDueDate(
  anchor: string,
  months: number,
  settings: Pick<ProgrammeSettings, 'workingHours' | 'country'>,
): string {
  return workingDayOnOrAfter(addMonths(anchor, months), settings.workingHours.days, settings.country);
}

export type NextAlignmentMeeting =
  | { source: 'planned'; at: string; meetingId: string; overdue: false }
  | { source: 'due'; at: string; meetingId: null; overdue: boolean };

/**
 * The next alignment meeting: the earliest planned (not yet held) alignment meeting from now, or
 * else the computed due date — one month after the anchor, at the start of working hours —
 * flagged `overdue` when it has passed. Null when no alignment meeting is required or planned.
 */
export function nextAlignmentMeeting(board: BoardData, now: Date): NextAlignmentMeeting | null {
  const planned = board.meetings
    .filter(
      (m) =>
        isAlignment(m) &&
        !m.held &&
        m.cancelledAt === null &&
        new Date(m.scheduledAt).getTime() >= now.getTime(),
    )
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
  if (planned)
    return {
      source: 'planned',
      at: new Date(planned.scheduledAt).toISOString(),
      meetingId: planned.id,
      overdue: false,
    };
  const anchor = alignmentAnchor(board, now);
  if (!anchor) return null;
  const { timeZone, settings } = board.programme;
  const due = atLocalTime(alignmentDueDate(anchor, 1, settings), settings.workingHours.start, timeZone);
  return { source: 'due', at: due.toISOString(), meetingId: null, overdue: due.getTime() < now.getTime() };
}
