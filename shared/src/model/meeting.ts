import { z } from 'zod';
import { AGENDA_HEADINGS } from './programme';
import { alignmentRoundSchema } from './alignment-round';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema, userRefSchema } from './common';

/**
 * A task agreed at a meeting: one person of the programme owns it by a due date (a local day in
 * the programme's time zone). Done is a moment, so "done on time" can be read back later.
 */
export const actionItemSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1).max(500),
  owner: userRefSchema,
  dueDate: isoDateSchema,
  doneAt: isoDateTimeSchema.nullable().default(null),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/**
 * One note written live during a meeting by one note-taker under one agenda heading. Notes are
 * separate entries (never one shared text) so several people writing at once each add their own
 * and no one's words replace another's.
 */
export const meetingNoteEntrySchema = z.object({
  id: idSchema,
  heading: z.enum(AGENDA_HEADINGS),
  author: userRefSchema,
  text: z.string().trim().min(1).max(2000),
  at: isoDateTimeSchema,
});
export type MeetingNoteEntry = z.infer<typeof meetingNoteEntrySchema>;

/**
 * "The group agreed to raise: <theme>", recorded at an alignment meeting by a leader or an
 * ambassador. Only with one may an ambassador raise a situation on behalf of the group.
 */
export const groupAgreementSchema = z.object({
  id: idSchema,
  theme: z.string().trim().min(1).max(100),
  recordedBy: userRefSchema,
  recordedAt: isoDateTimeSchema,
});
export type GroupAgreement = z.infer<typeof groupAgreementSchema>;

/**
 * A held or planned meeting. "alignment" is the monthly meeting the card requires once there
 * are several ambassadors; "regular" follows the step-5 cadence. Notes are kept per agenda
 * heading so progress, challenges and successes stay comparable across meetings.
 */
export const meetingSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('meeting'),
  kind: z.enum(['regular', 'alignment']),
  scheduledAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(15).max(480).default(60),
  keyMessageVersion: z.number().int().min(1).nullable().default(null),
  joinUrl: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
  held: z.boolean().default(false),
  notes: z.object(
    Object.fromEntries(AGENDA_HEADINGS.map((h) => [h, longTextSchema.default('')])) as {
      [K in (typeof AGENDA_HEADINGS)[number]]: z.ZodDefault<typeof longTextSchema>;
    },
  ),
  attendees: z.array(userRefSchema).max(200).default([]),
  /**
   * The rhythm day (local ISO date) this meeting was generated for, null for a meeting planned by
   * hand. It stays when the meeting is moved, so generating the rhythm again never re-creates it.
   */
  occurrence: isoDateSchema.nullable().default(null),
  /** Set when a leader cancels: the meeting stays visible as cancelled and sends no reminders. */
  cancelledAt: isoDateTimeSchema.nullable().default(null),
  /** Who attended, recorded by a leader once the meeting has started (invitees are `attendees`). */
  attended: z.array(userRefSchema).max(200).default([]),
  actionItems: z.array(actionItemSchema).max(50).default([]),
  /** The key-message version published from this meeting's notes, once published. */
  publishedKeyMessageVersion: z.number().int().min(1).nullable().default(null),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** The Teams meeting (its id from the meeting's context) this record is bound to, so its side panel finds it. */
  teamsMeetingId: z.string().min(1).max(500).nullable().default(null),
  /** Notes written live in the meeting, one entry per note-taker's note (see meetingNoteEntrySchema). */
  noteEntries: z.array(meetingNoteEntrySchema).max(1000).default([]),
  /** The agenda heading everyone's stage highlights while the meeting runs; null for none. */
  focus: z.enum(AGENDA_HEADINGS).nullable().default(null),
  /** Alignment meetings: the draft of the next key message and the ambassadors' scores. */
  alignmentRound: alignmentRoundSchema.default({ draft: '', scores: [] }),
  /** Themes the ambassador group agreed at this (alignment) meeting to raise with the leaders. */
  groupAgreements: z.array(groupAgreementSchema).max(20).default([]),
});
export type Meeting = z.infer<typeof meetingSchema>;
