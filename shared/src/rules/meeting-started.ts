import type { Meeting } from '../model/meeting';

/**
 * Whether a meeting's start has come: from then on it can be marked held, its attendance recorded
 * and its agreed message published. Its own module without dependencies, so the tab asks the same
 * question as the server without loading the calendar rules.
 */
export function hasMeetingStarted(meeting: Pick<Meeting, 'scheduledAt'>, now: Date): boolean {
  return new Date(meeting.scheduledAt).getTime() <= now.getTime();
}
