import type { Ambassadorship } from './ambassadorship';
import type { Application } from './application';
import type { CheckIn } from './check-in';
import type { Decision } from './decision';
import type { FeedbackMonth } from './feedback-month';
import type { Meeting } from './meeting';
import type { OpenSituation } from './open-situation';
import type { Programme } from './programme';

/** Optimistic concurrency: every stored document comes back with its ETag. */
export type Stored<T> = T & { etag: string };

/**
 * Everything one programme's board needs, loaded in a single single-partition read.
 * The rules in rules/ take this and a point in time and derive statuses and reminders.
 */
export interface ProgrammeBoard {
  programme: Stored<Programme>;
  ambassadorships: Stored<Ambassadorship>[];
  applications: Stored<Application>[];
  meetings: Stored<Meeting>[];
  checkIns: Stored<CheckIn>[];
  decisions: Stored<Decision>[];
  /** Kept monthly figures of the feedback (numbers only); absent where a store has none. */
  feedbackMonths?: Stored<FeedbackMonth>[];
  /** Situations raised openly, beside the anonymous pulse; absent where a store has none. */
  openSituations?: Stored<OpenSituation>[];
}

/** The same, without ETags: what the rules need (pure data, easy to build in tests). */
export interface BoardData {
  programme: Programme;
  ambassadorships: Ambassadorship[];
  applications: Application[];
  meetings: Meeting[];
  checkIns: CheckIn[];
  decisions: Decision[];
  feedbackMonths?: FeedbackMonth[];
  openSituations?: OpenSituation[];
}
