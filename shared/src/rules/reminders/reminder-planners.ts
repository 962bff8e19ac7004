import { agreementPlanner } from './agreement-reminders';
import { applicationOutcomePlanner } from './application-outcome-reminders';
import { alignmentPlanner } from './alignment-reminders';
import { checkInRequestPlanner } from './check-in-requests';
import { leaderDigestPlanner } from './leader-digests';
import { meetingPlanner } from './meeting-reminders';
import type { ReminderPlanner } from './planning-context';
import { postingPlanner } from './posting-reminders';
import type { ReminderIn } from './reminder';
import { termPlanner } from './term-reminders';
import { themeAnswerPlanner } from './theme-answer-reminders';
import { trainingPlanner } from './training-reminders';

/**
 * Every reminder family, in the order their kinds are listed. A new kind of reminder is one
 * file with its planner and card data, and one entry here: the kinds, their data and the
 * `Reminder` union all follow from this list.
 */
export const REMINDER_PLANNERS = [
  postingPlanner,
  applicationOutcomePlanner,
  agreementPlanner,
  trainingPlanner,
  meetingPlanner,
  alignmentPlanner,
  checkInRequestPlanner,
  termPlanner,
  leaderDigestPlanner,
  themeAnswerPlanner,
] as const;

type DataOf<P> = P extends ReminderPlanner<infer DataMap> ? DataMap : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** What each kind's card needs to show without loading anything else. */
export type ReminderDataMap = UnionToIntersection<DataOf<(typeof REMINDER_PLANNERS)[number]>>;
export type ReminderKind = keyof ReminderDataMap & string;
export type Reminder = ReminderIn<ReminderDataMap>;
/** One kind of reminder, with its data typed: `ReminderOf<'meeting'>`. */
export type ReminderOf<K extends ReminderKind> = Extract<Reminder, { kind: K }>;

export const REMINDER_KINDS: readonly ReminderKind[] = REMINDER_PLANNERS.flatMap((p) => p.kinds);
