import type { TrainingSession } from '../model/training-session';

/**
 * Whether a training session's start has come: from then on a leader can record who attended.
 * The same question as hasMeetingStarted, in its own module without dependencies so the tab asks
 * it exactly as the server does.
 */
export function hasSessionStarted(session: Pick<TrainingSession, 'startsAt'>, now: Date): boolean {
  return new Date(session.startsAt).getTime() <= now.getTime();
}

/** Whether a session is over (its start plus its duration), so it is no longer "next". */
export function hasSessionEnded(
  session: Pick<TrainingSession, 'startsAt' | 'durationMinutes'>,
  now: Date,
): boolean {
  return new Date(session.startsAt).getTime() + session.durationMinutes * 60_000 <= now.getTime();
}
