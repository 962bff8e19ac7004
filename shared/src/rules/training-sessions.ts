import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Ambassadorship } from '../model/ambassadorship';
import { isoDateSchema, longTextSchema, shortTextSchema, type UserRef } from '../model/common';
import type { Programme } from '../model/programme';
import { trainingSessionSchema, type TrainingSession } from '../model/training-session';
import { DomainError } from '../errors/domain-error';
import { assertTermRunning } from './ambassadorship-lifecycle';
import { atLocalTime } from './calendar';
import { hasSessionStarted } from './session-started';

/**
 * A session as the leaders' form enters it: a day and a wall-clock time in the programme's zone
 * (the instant is computed here, so a session at 09:00 stays at 09:00 across daylight saving),
 * and where — a place, an https link to join online, or both.
 */
export const trainingSessionInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: longTextSchema.default(''),
  date: isoDateSchema,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  durationMinutes: z.number().int().min(15).max(480).default(60),
  place: shortTextSchema.default(''),
  onlineUrl: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
  required: z.boolean().default(true),
});
export type TrainingSessionInput = z.infer<typeof trainingSessionInputSchema>;

/**
 * A change to a session: only the fields sent change (day and time go together). Spelled out
 * without the input's defaults, so an absent field never overwrites a stored one.
 */
export const trainingSessionChangeSchema = z
  .strictObject({
    title: trainingSessionInputSchema.shape.title.optional(),
    description: longTextSchema.optional(),
    date: isoDateSchema.optional(),
    time: trainingSessionInputSchema.shape.time.optional(),
    durationMinutes: z.number().int().min(15).max(480).optional(),
    place: shortTextSchema.optional(),
    onlineUrl: z
      .url({ protocol: /^https$/ })
      .nullable()
      .optional(),
    required: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'nothing to change')
  .refine((value) => (value.date === undefined) === (value.time === undefined), {
    path: ['time'],
    message: 'day and time go together',
  });
export type TrainingSessionChange = z.infer<typeof trainingSessionChangeSchema>;

/** The session's local day and time in a zone, as the form shows them. */
export function sessionLocalStart(
  session: Pick<TrainingSession, 'startsAt'>,
  timeZone: string,
): { date: string; time: string } {
  const at = DateTime.fromISO(session.startsAt, { zone: timeZone });
  return { date: at.toISODate() ?? '', time: at.toFormat('HH:mm') };
}

function sessionStartText(session: TrainingSession, timeZone: string): { da: string; en: string } {
  const at = DateTime.fromISO(session.startsAt, { zone: timeZone });
  return {
    da: at.setLocale('da').toFormat("d. MMMM yyyy 'kl.' HH.mm"),
    en: at.setLocale('en-GB').toFormat('d MMMM yyyy, HH:mm'),
  };
}

/** A session needs somewhere to happen: a place, a link to join, or both (TRAINING_SESSION_WHERE_MISSING). */
function assertHasWhere(session: Pick<TrainingSession, 'place' | 'onlineUrl'>): void {
  if (session.place.trim() === '' && session.onlineUrl === null)
    throw new DomainError('TRAINING_SESSION_WHERE_MISSING');
}

function findSession(programme: Programme, sessionId: string): TrainingSession {
  const session = programme.steps.training.sessions.find((s) => s.id === sessionId);
  if (!session) throw new DomainError('TRAINING_SESSION_UNKNOWN', { sessionId });
  return session;
}

function withSessions(programme: Programme, sessions: TrainingSession[], now: Date): Programme {
  return {
    ...programme,
    steps: { ...programme.steps, training: { ...programme.steps.training, sessions } },
    updatedAt: now.toISOString(),
  };
}

/** Adds a session to step 4, stamped with when it was added (see trainingCompletion). */
export function addTrainingSession(
  programme: Programme,
  input: TrainingSessionInput,
  id: string,
  now: Date,
): Programme {
  const { date, time, ...rest } = input;
  const session = trainingSessionSchema.parse({
    ...rest,
    id,
    startsAt: atLocalTime(date, time, programme.timeZone).toISOString(),
    addedAt: now.toISOString(),
  });
  assertHasWhere(session);
  return withSessions(programme, [...programme.steps.training.sessions, session], now);
}

/** Changes a session; its id and when it was added stay, so attendance and completion keep their meaning. */
export function changeTrainingSession(
  programme: Programme,
  sessionId: string,
  change: TrainingSessionChange,
  now: Date,
): Programme {
  const old = findSession(programme, sessionId);
  const { date, time, ...rest } = change;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const next = trainingSessionSchema.parse({
    ...old,
    ...defined,
    ...(date !== undefined && time !== undefined
      ? { startsAt: atLocalTime(date, time, programme.timeZone).toISOString() }
      : {}),
  });
  assertHasWhere(next);
  return withSessions(
    programme,
    programme.steps.training.sessions.map((s) => (s.id === sessionId ? next : s)),
    now,
  );
}

/** Removes a session; attendance recorded for it no longer counts (the completion rule reads current items). */
export function removeTrainingSession(programme: Programme, sessionId: string, now: Date): Programme {
  findSession(programme, sessionId);
  return withSessions(
    programme,
    programme.steps.training.sessions.filter((s) => s.id !== sessionId),
    now,
  );
}

/**
 * A leader records whether an ambassador attended a session — only once it has started
 * (TRAINING_SESSION_NOT_STARTED), and only while the ambassadorship runs. Recording the same
 * answer again changes nothing (a double click records once); another answer replaces it.
 */
export function recordSessionAttendance(
  amb: Ambassadorship,
  programme: Programme,
  sessionId: string,
  attended: boolean,
  by: UserRef,
  now: Date,
): Ambassadorship {
  const session = findSession(programme, sessionId);
  if (!hasSessionStarted(session, now))
    throw new DomainError('TRAINING_SESSION_NOT_STARTED', {
      start: sessionStartText(session, programme.timeZone),
    });
  assertTermRunning(amb, now, programme.timeZone);
  const previous = amb.sessionAttendance.find((a) => a.sessionId === sessionId);
  if (previous?.attended === attended) return amb;
  const at = now.toISOString();
  return {
    ...amb,
    sessionAttendance: [
      ...amb.sessionAttendance.filter((a) => a.sessionId !== sessionId),
      { sessionId, attended, recordedBy: by, recordedAt: at },
    ],
    updatedAt: at,
  };
}
