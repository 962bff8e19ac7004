import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema, shortTextSchema, userRefSchema } from './common';

/**
 * Step 4: a training session the ambassadors attend together — in a room (`place`) or online
 * (`onlineUrl`, https only, since it is opened from Teams). Stored as the instant it starts; the
 * leaders enter it as a day and a time in the programme's zone (see sessionStartsAt).
 * `addedAt` lets the completion rule tell a session added after someone finished from one they
 * were always meant to attend.
 */
export const trainingSessionSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  description: longTextSchema.default(''),
  startsAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(15).max(480).default(60),
  place: shortTextSchema.default(''),
  onlineUrl: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
  /** Optional sessions never block completion. */
  required: z.boolean().default(true),
  addedAt: isoDateTimeSchema.nullable().default(null),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

/**
 * A leader's record that an ambassador attended a session (or did not: `attended: false` keeps a
 * correction visible). One record per session and ambassadorship; the latest replaces earlier ones.
 */
export const sessionAttendanceSchema = z.object({
  sessionId: idSchema,
  attended: z.boolean(),
  recordedBy: userRefSchema,
  recordedAt: isoDateTimeSchema,
});
export type SessionAttendance = z.infer<typeof sessionAttendanceSchema>;
