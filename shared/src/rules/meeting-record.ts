import { DateTime } from 'luxon';
import { z } from 'zod';
import type { BoardData } from '../model/board';
import {
  isoDateSchema,
  isoDateTimeSchema,
  longTextSchema,
  userRefSchema,
  type UserRef,
} from '../model/common';
import { AGENDA_HEADINGS, type Programme } from '../model/programme';
import { meetingSchema, type ActionItem, type Meeting } from '../model/meeting';
import { DomainError } from '../errors/domain-error';
import { publishKeyMessage, currentKeyMessage } from './key-messages';
import { hasMeetingStarted } from './meeting-started';

export { hasMeetingStarted };

/**
 * What a leader does with one meeting after it is planned: move it, cancel it, delete it, mark it
 * held, record who attended, agree action items, and publish the key message the alignment
 * meeting agreed. Each rule is here once; the REST routes and any card action call these.
 *
 * The order of a meeting's life: planned → (moved …) → started → held, with notes, attendance
 * and action items; or planned → cancelled. A held meeting is the programme's record and stays.
 */

/** An action item as a leader writes it; `id` names an existing item to keep its done time. */
export const actionItemInputSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  text: z.string().trim().min(1).max(500),
  owner: userRefSchema,
  dueDate: isoDateSchema,
  done: z.boolean().default(false),
});
export type ActionItemInput = z.input<typeof actionItemInputSchema>;

/** The changes a leader makes to a meeting in one go; omitted fields keep their value. */
export const meetingChangeSchema = z.strictObject({
  scheduledAt: isoDateTimeSchema.optional(),
  durationMinutes: z.number().int().min(15).max(480).optional(),
  joinUrl: z
    .url({ protocol: /^https$/ })
    .nullable()
    .optional(),
  held: z.boolean().optional(),
  attendees: z.array(userRefSchema).max(200).optional(),
  attended: z.array(userRefSchema).max(200).optional(),
  actionItems: z.array(actionItemInputSchema).max(50).optional(),
  notes: z
    .strictObject(
      Object.fromEntries(AGENDA_HEADINGS.map((h) => [h, longTextSchema.optional()])) as {
        [K in (typeof AGENDA_HEADINGS)[number]]: z.ZodOptional<typeof longTextSchema>;
      },
    )
    .optional(),
});
export type MeetingChange = z.input<typeof meetingChangeSchema>;

/** A meeting's start as people read it, per language, in the programme's time zone. */
function startText(meeting: Meeting, timeZone: string): { da: string; en: string } {
  const at = DateTime.fromISO(meeting.scheduledAt, { zone: timeZone });
  return {
    da: at.setLocale('da').toFormat("d. MMMM yyyy 'kl.' HH.mm"),
    en: at.setLocale('en-GB').toFormat('d MMMM yyyy, HH:mm'),
  };
}

/** "Held" and attendance only once the meeting has started (MEETING_NOT_STARTED). */
export function assertMeetingStarted(meeting: Meeting, now: Date, timeZone: string): void {
  if (!hasMeetingStarted(meeting, now))
    throw new DomainError('MEETING_NOT_STARTED', { start: startText(meeting, timeZone) });
}

function assertNotCancelled(meeting: Meeting): void {
  if (meeting.cancelledAt !== null) throw new DomainError('MEETING_CANCELLED');
}

function assertNotHeld(meeting: Meeting): void {
  if (meeting.held) throw new DomainError('MEETING_ALREADY_HELD');
}

/**
 * The people a meeting's attendance and action items can name: the programme's owners and
 * everyone who is or was an ambassador or candidate in it (a past meeting keeps its attendees
 * after their term).
 */
export function programmePeople(board: Pick<BoardData, 'programme' | 'ambassadorships'>): UserRef[] {
  const byId = new Map<string, UserRef>();
  for (const owner of board.programme.owners) byId.set(owner.userId, owner);
  for (const amb of board.ambassadorships)
    if (amb.programmeId === board.programme.id && !byId.has(amb.person.userId))
      byId.set(amb.person.userId, amb.person);
  return [...byId.values()];
}

function assertPeopleOfProgramme(people: readonly UserRef[], allowed: readonly UserRef[]): void {
  const ids = new Set(allowed.map((p) => p.userId));
  const stranger = people.find((p) => !ids.has(p.userId));
  if (stranger) throw new DomainError('MEETING_PERSON_NOT_IN_PROGRAMME', { name: stranger.displayName });
}

function uniqueById(people: readonly UserRef[]): UserRef[] {
  return [...new Map(people.map((p) => [p.userId, p])).values()];
}

function nextActionItems(
  current: readonly ActionItem[],
  inputs: readonly z.output<typeof actionItemInputSchema>[],
  newId: () => string,
  now: Date,
): ActionItem[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  return inputs.map((input) => {
    const existing = input.id ? byId.get(input.id) : undefined;
    return {
      id: existing?.id ?? newId(),
      text: input.text,
      owner: input.owner,
      dueDate: input.dueDate,
      doneAt: input.done ? (existing?.doneAt ?? now.toISOString()) : null,
    };
  });
}

/**
 * Applies a leader's change to a meeting, refusing what the meeting's state does not allow:
 * moving, holding or recording attendance of a cancelled meeting (MEETING_CANCELLED), moving a
 * held one (MEETING_ALREADY_HELD), marking held or recording attendance before the start
 * (MEETING_NOT_STARTED — the start after the move, when both come together), and naming people
 * outside the programme (MEETING_PERSON_NOT_IN_PROGRAMME). Nothing changes when it refuses.
 */
export function changeMeeting(
  board: Pick<BoardData, 'programme' | 'ambassadorships'>,
  meeting: Meeting,
  change: MeetingChange,
  now: Date,
  newId: () => string,
): Meeting {
  const input = meetingChangeSchema.parse(change);
  const tz = board.programme.timeZone;
  const moved =
    input.scheduledAt !== undefined &&
    new Date(input.scheduledAt).getTime() !== new Date(meeting.scheduledAt).getTime();
  const recordsAttendance = input.attended !== undefined && input.attended.length > 0;
  if (moved || input.held === true || recordsAttendance) assertNotCancelled(meeting);
  if (moved) assertNotHeld(meeting);
  const next: Meeting = {
    ...meeting,
    ...(moved ? { scheduledAt: new Date(input.scheduledAt!).toISOString() } : {}),
  };
  if ((input.held === true && !meeting.held) || recordsAttendance) assertMeetingStarted(next, now, tz);
  const people = programmePeople(board);
  if (input.attended) assertPeopleOfProgramme(input.attended, people);
  if (input.actionItems)
    assertPeopleOfProgramme(
      input.actionItems.map((i) => i.owner),
      people,
    );
  const notes = Object.fromEntries(
    Object.entries(input.notes ?? {}).filter(([, text]) => text !== undefined),
  ) as Partial<Meeting['notes']>;
  return meetingSchema.parse({
    ...next,
    ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
    ...(input.joinUrl !== undefined ? { joinUrl: input.joinUrl } : {}),
    ...(input.held !== undefined ? { held: input.held } : {}),
    ...(input.attendees !== undefined ? { attendees: uniqueById(input.attendees) } : {}),
    ...(input.attended !== undefined ? { attended: uniqueById(input.attended) } : {}),
    ...(input.actionItems !== undefined
      ? { actionItems: nextActionItems(meeting.actionItems, input.actionItems, newId, now) }
      : {}),
    notes: { ...meeting.notes, ...notes },
    updatedAt: now.toISOString(),
  });
}

/** Cancels a planned meeting; it stays visible as cancelled. A held one cannot be (MEETING_ALREADY_HELD). */
export function cancelMeeting(meeting: Meeting, now: Date): Meeting {
  assertNotHeld(meeting);
  if (meeting.cancelledAt !== null) return meeting;
  const at = now.toISOString();
  return { ...meeting, cancelledAt: at, updatedAt: at };
}

/**
 * Whether a meeting may be deleted: a held one is the programme's record (MEETING_ALREADY_HELD).
 * Deleting a generated meeting returns the programme with its rhythm day remembered, so
 * generating the rhythm again does not bring it back; a hand-planned one needs no memory (null).
 */
export function deleteMeeting(programme: Programme, meeting: Meeting, now: Date): Programme | null {
  assertNotHeld(meeting);
  if (meeting.occurrence === null) return null;
  const step = programme.steps.meetings;
  if (step.skippedOccurrences.includes(meeting.occurrence)) return null;
  const skippedOccurrences = [...step.skippedOccurrences, meeting.occurrence].sort().slice(-400);
  return {
    ...programme,
    steps: { ...programme.steps, meetings: { ...step, skippedOccurrences } },
    updatedAt: now.toISOString(),
  };
}

/**
 * The key message an alignment meeting agreed, from its notes: only an alignment meeting
 * (MEETING_NOT_ALIGNMENT) that has started and is not cancelled, with a message written
 * (MEETING_NO_KEY_MESSAGE).
 */
export function agreedKeyMessage(meeting: Meeting, now: Date, timeZone: string): string {
  if (meeting.kind !== 'alignment') throw new DomainError('MEETING_NOT_ALIGNMENT');
  assertNotCancelled(meeting);
  assertMeetingStarted(meeting, now, timeZone);
  const text = meeting.notes.keyMessage.trim();
  if (!text) throw new DomainError('MEETING_NO_KEY_MESSAGE');
  return text;
}

/**
 * Publishes the alignment meeting's agreed message in one step, through the key-message rule
 * (a new version; earlier ones stay): the programme with the new current key message, and the
 * meeting marked with the version it published. Publishing the same text again is a no-op.
 */
export function publishMeetingKeyMessage(
  programme: Programme,
  meeting: Meeting,
  by: UserRef,
  now: Date,
): { programme: Programme; meeting: Meeting; published: boolean } {
  const text = agreedKeyMessage(meeting, now, programme.timeZone);
  const current = currentKeyMessage(programme);
  if (current && current.text === text && meeting.publishedKeyMessageVersion === current.version)
    return { programme, meeting, published: false };
  const nextProgramme = current?.text === text ? programme : publishKeyMessage(programme, text, by, now);
  const version = currentKeyMessage(nextProgramme)!.version;
  return {
    programme: nextProgramme,
    meeting: { ...meeting, publishedKeyMessageVersion: version, updatedAt: now.toISOString() },
    published: nextProgramme !== programme,
  };
}
