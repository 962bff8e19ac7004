import { z } from 'zod';
import type { BoardData } from '../model/board';
import { isoDateSchema, userRefSchema, type UserRef } from '../model/common';
import { AGENDA_HEADINGS } from '../model/programme';
import { meetingSchema, type Meeting, type MeetingNoteEntry } from '../model/meeting';
import type { ProgrammeRole } from './roles';
import { DomainError } from '../errors/domain-error';
import { dateTimeFormat } from '../i18n/date-time-format';
import { assertMeetingStarted, changeMeeting, programmePeople } from './meeting-record';

/**
 * What happens to a meeting record while the Teams meeting runs, from its side panel: several
 * people write at once, so every change here is a merge onto the newest stored version — a note
 * is an entry of its own, presence is one person's tick, an action item is appended — never a
 * whole-field replace that could drop what someone else just wrote. The server re-applies these
 * functions on the newest version when its conditional write loses a race.
 */

/** POST …/meetings/:meetingId/notes — one note under one agenda heading. */
export const meetingNoteBodySchema = z.strictObject({
  heading: z.enum(AGENDA_HEADINGS),
  text: z.string().trim().min(1).max(2000),
});
export type MeetingNoteBody = z.input<typeof meetingNoteBodySchema>;

/** POST …/meetings/:meetingId/presence — "I'm here" (no userId) or a leader's tick for someone. */
export const meetingPresenceBodySchema = z.strictObject({
  userId: z.string().min(1).max(100).optional(),
  present: z.boolean(),
});
export type MeetingPresenceBody = z.input<typeof meetingPresenceBodySchema>;

/** POST …/meetings/:meetingId/action-items — one new action item. */
export const meetingActionItemBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(500),
  owner: userRefSchema,
  dueDate: isoDateSchema,
});
export type MeetingActionItemBody = z.input<typeof meetingActionItemBodySchema>;

/** POST …/meetings/:meetingId/focus — the agenda heading everyone's stage highlights. */
export const meetingFocusBodySchema = z.strictObject({
  heading: z.enum(AGENDA_HEADINGS).nullable(),
});
export type MeetingFocusBody = z.input<typeof meetingFocusBodySchema>;

/** POST …/meeting-bindings — binds a Teams meeting to a record of the programme, or starts one now. */
export const meetingBindingBodySchema = z.strictObject({
  teamsMeetingId: z.string().trim().min(1).max(500),
  /** The record to bind (e.g. today's planned one); absent: a new record starts now. */
  meetingId: z.string().min(1).max(100).optional(),
});
export type MeetingBindingBody = z.input<typeof meetingBindingBodySchema>;

function byTimeThenId(a: MeetingNoteEntry, b: MeetingNoteEntry): number {
  return a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
}

/**
 * Two note lists as one: every entry of either, once (by id), in writing order. Commutative,
 * associative and idempotent, so whichever note-taker's write lands first, all notes survive.
 */
export function mergeNoteEntries(
  a: readonly MeetingNoteEntry[],
  b: readonly MeetingNoteEntry[],
): MeetingNoteEntry[] {
  const byId = new Map<string, MeetingNoteEntry>();
  for (const entry of [...a, ...b]) {
    const known = byId.get(entry.id);
    // The same id twice is the same write retried; the earlier copy is kept so the result is order-free.
    if (!known || byTimeThenId(entry, known) < 0) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort(byTimeThenId);
}

function assertOpen(meeting: Meeting): void {
  if (meeting.cancelledAt !== null) throw new DomainError('MEETING_CANCELLED');
}

/** Adds one note-taker's note to the record (a cancelled meeting takes none). */
export function addMeetingNote(meeting: Meeting, entry: MeetingNoteEntry, now: Date): Meeting {
  assertOpen(meeting);
  return meetingSchema.parse({
    ...meeting,
    noteEntries: mergeNoteEntries(meeting.noteEntries, [entry]),
    updatedAt: now.toISOString(),
  });
}

/**
 * Marks one person present or not. An ambassador marks only themself (MEETING_PRESENCE_ONLY_SELF);
 * a leader ticks anyone of the programme. Only once the meeting has started, as for attendance.
 */
export function setMeetingPresence(
  board: Pick<BoardData, 'programme' | 'ambassadorships'>,
  meeting: Meeting,
  caller: { user: UserRef; role: ProgrammeRole },
  input: { userId?: string | undefined; present: boolean },
  now: Date,
): Meeting {
  const userId = input.userId ?? caller.user.userId;
  if (userId !== caller.user.userId && caller.role !== 'leader')
    throw new DomainError('MEETING_PRESENCE_ONLY_SELF');
  assertOpen(meeting);
  const person = programmePeople(board).find((p) => p.userId === userId);
  if (!person)
    throw new DomainError('MEETING_PERSON_NOT_IN_PROGRAMME', {
      name: userId === caller.user.userId ? caller.user.displayName : userId,
    });
  assertMeetingStarted(meeting, now, board.programme.timeZone);
  const others = meeting.attended.filter((p) => p.userId !== userId);
  const attended = input.present ? [...others, person] : others;
  if (
    attended.length === meeting.attended.length &&
    input.present === meeting.attended.some((p) => p.userId === userId)
  )
    return meeting;
  return { ...meeting, attended, updatedAt: now.toISOString() };
}

/** Appends one action item through the meeting record's own rule (its owner is a person of the programme). */
export function addMeetingActionItem(
  board: Pick<BoardData, 'programme' | 'ambassadorships'>,
  meeting: Meeting,
  item: z.output<typeof meetingActionItemBodySchema>,
  now: Date,
  newId: () => string,
): Meeting {
  assertOpen(meeting);
  const kept = meeting.actionItems.map((a) => ({
    id: a.id,
    text: a.text,
    owner: a.owner,
    dueDate: a.dueDate,
    done: a.doneAt !== null,
  }));
  return changeMeeting(board, meeting, { actionItems: [...kept, { ...item, done: false }] }, now, newId);
}

/** Sets the heading in focus on every stage (null: none). */
export function setMeetingFocus(meeting: Meeting, heading: Meeting['focus'], now: Date): Meeting {
  assertOpen(meeting);
  if (meeting.focus === heading) return meeting;
  return { ...meeting, focus: heading, updatedAt: now.toISOString() };
}

/**
 * Binds a Teams meeting to one record, so the next opening of the side panel finds it. A Teams
 * meeting belongs to one record only (MEETING_ALREADY_BOUND names the other one); a cancelled
 * record takes no meeting (MEETING_CANCELLED). Binding the same pair again changes nothing.
 */
export function bindTeamsMeeting(
  meetings: readonly Meeting[],
  meeting: Meeting,
  teamsMeetingId: string,
  now: Date,
  timeZone: string,
): Meeting {
  const other = meetings.find((m) => m.teamsMeetingId === teamsMeetingId && m.id !== meeting.id);
  if (other) {
    const at = new Date(other.scheduledAt);
    const fmt = (locale: string) =>
      dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
    throw new DomainError('MEETING_ALREADY_BOUND', { start: { da: fmt('da-DK'), en: fmt('en-GB') } });
  }
  assertOpen(meeting);
  if (meeting.teamsMeetingId === teamsMeetingId) return meeting;
  return { ...meeting, teamsMeetingId, updatedAt: now.toISOString() };
}
