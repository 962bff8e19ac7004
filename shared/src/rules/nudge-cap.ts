import type { UserRef } from '../model/common';
import type { ProgrammeSettings } from '../model/settings';
import { DAY_MS, daysBetween, localDateOf } from './calendar';
import type { Reminder, ReminderKind } from './reminders/reminder-planners';
import { nextWorkingInstant } from './working-hours';

/**
 * The nudge cap: at most one card per person per rolling `nudgeIntervalDays`, across every
 * reminder kind, and only inside the programme's working hours on its working days (public
 * holidays of its country are closed). The planner (reminders/plan-reminders.ts) says what is due; this
 * rule decides what may actually be sent, given what was already sent, so it holds however
 * often the scheduler runs and however late the dispatcher sends.
 *
 * What is held back is not lost: when the next card is allowed it leads with the most important
 * reminder due by then (NUDGE_PRIORITY) and lists every other one still current. Each held-back
 * reminder is covered by exactly that one card and never sent on its own afterwards.
 *
 * Exempt, because they are the point rather than a nudge: reminders on the day before a
 * meeting (`meeting`) or a training session (`trainingSession`). Answers to a person's own card action or command are replies, not
 * reminders, and never pass through here. The cap counts per programme: its settings (interval,
 * hours, country) are the programme's.
 */

/** Kinds the cap lets through untouched (and does not count). */
export const NUDGE_EXEMPT_KINDS: ReadonlySet<ReminderKind> = new Set<ReminderKind>([
  'meeting',
  'trainingSession',
]);

/**
 * Which reminder leads a person's card, most important first: things with a date that is about
 * to pass before encouragements. Every capped kind is listed; a test keeps it complete.
 */
export const NUDGE_PRIORITY: readonly ReminderKind[] = [
  /** The role is over (term ended or withdrawn): the exit card is the last one the person gets. */
  'termEndedExit',
  /** The term ends within a week. */
  'termEnding7',
  /** Applications close in three days (leaders). */
  'postingDeadline',
  /** The answer to someone's application: they are waiting for it. */
  'applicationOutcome',
  /** An agreement waits for this side's acceptance; the role cannot start without it. */
  'agreementAcceptance',
  /** A training module is due or overdue. */
  'trainingModule',
  /** The monthly alignment meeting is due within a week (leaders). */
  'alignmentMeeting',
  /** An invitation to apply before the application deadline. */
  'postingAnnouncement',
  /** The term ends within 30 days. */
  'termEnding30',
  /** A leader answered a theme ("you said, we did"): the point of giving feedback. */
  'themeAnswered',
  /** Encouragement: tell the leaders how it is going. */
  'checkInRequest',
  /** The leaders' weekly summary. */
  'leaderDigest',
];

export function isCappedKind(kind: string): boolean {
  return !NUDGE_EXEMPT_KINDS.has(kind as ReminderKind);
}

/** A capped card already queued or sent to a person in this programme (from the outbox). */
export interface SentNudge {
  userId: string;
  /** Every reminder id the card covered: its lead and the ones listed in it. */
  covers: readonly string[];
  /**
   * When it left (its last send attempt); for a card still waiting, when it is to go; null when
   * it never will and never did (expired unsent, nobody to send it to) — then it does not count.
   */
  at: string | null;
  /** Still to be sent (queued, deferred, sending): nothing new is added for this person meanwhile. */
  pending: boolean;
}

export interface NudgeCard {
  recipient: UserRef;
  /** The reminder the card is about. */
  lead: Reminder;
  /** Held-back reminders listed on the same card, in priority order (one per topic). */
  merged: Reminder[];
  /** Every reminder id this card covers, including older occurrences it supersedes. */
  covers: string[];
}

export interface NudgePlan {
  cards: NudgeCard[];
  /** Exempt reminders, unchanged. */
  exempt: Reminder[];
  /** The earliest instant a held-back person may get their next card (when to look again). */
  nextSlotAt: Date | null;
}

export interface NudgeCapInput {
  /** Reminders planned up to `now` (a window reaching back at least `nudgeMergeLookbackDays`). */
  reminders: readonly Reminder[];
  sent: readonly SentNudge[];
  now: Date;
  settings: Pick<ProgrammeSettings, 'nudgeIntervalDays' | 'workingHours' | 'country'>;
  timeZone: string;
}

/**
 * How far back the scheduler plans so held-back reminders reach the next allowed card: one
 * interval, plus two weeks for closed days (Christmas, Easter) and a card that waited in the queue.
 */
export function nudgeMergeLookbackDays(settings: Pick<ProgrammeSettings, 'nudgeIntervalDays'>): number {
  return settings.nudgeIntervalDays + 14;
}

/** What "the same thing" is for a kind: a later occurrence supersedes an earlier one on a card. */
function nudgeTopic(reminder: Reminder): string {
  switch (reminder.kind) {
    case 'agreementAcceptance':
      return `agreement:${reminder.data.ambassadorshipId}:${reminder.data.version}.${reminder.data.side}`;
    case 'trainingModule':
      return `training:${reminder.data.ambassadorshipId}:${reminder.data.moduleId}`;
    case 'checkInRequest':
      return `checkIn:${reminder.data.ambassadorshipId}`;
    case 'termEnding30':
    case 'termEnding7':
      return `termEnding:${reminder.data.ambassadorshipId}`;
    case 'termEndedExit':
      return `exit:${reminder.data.ambassadorshipId}`;
    case 'themeAnswered':
      return `themeAnswered:${reminder.data.decisionId}`;
    default:
      return reminder.kind;
  }
}

/** A held-back reminder whose date has passed says nothing any more (the deadline, the term end). */
function stillCurrent(reminder: Reminder, today: string): boolean {
  switch (reminder.kind) {
    case 'postingAnnouncement':
    case 'postingDeadline':
      return today <= reminder.data.applicationDeadline;
    case 'termEnding30':
    case 'termEnding7':
      return today <= reminder.data.termEnd;
    default:
      return true;
  }
}

/** "Ends in N days" counts from the day the card goes, which may be after the reminder's own day. */
function asOf(reminder: Reminder, today: string): Reminder {
  if (reminder.kind !== 'termEnding30' && reminder.kind !== 'termEnding7') return reminder;
  return { ...reminder, data: { ...reminder.data, daysLeft: daysBetween(today, reminder.data.termEnd) } };
}

function rank(kind: ReminderKind): number {
  const i = NUDGE_PRIORITY.indexOf(kind);
  return i === -1 ? NUDGE_PRIORITY.length : i;
}

/** Priority first; within a kind the newest occurrence (its data is the freshest), then by id. */
function byImportance(a: Reminder, b: Reminder): number {
  return rank(a.kind) - rank(b.kind) || b.dueAt.localeCompare(a.dueAt) || a.id.localeCompare(b.id);
}

/** Applies the cap to what is due at `now`. Pure: the same input gives the same cards. */
export function planNudges(input: NudgeCapInput): NudgePlan {
  const { now, settings, timeZone } = input;
  const intervalMs = settings.nudgeIntervalDays * DAY_MS;
  const today = localDateOf(now, timeZone);
  const exempt: Reminder[] = [];
  const due = new Map<string, { person: UserRef; reminders: Reminder[] }>();
  for (const reminder of input.reminders) {
    if (new Date(reminder.dueAt).getTime() > now.getTime()) continue;
    if (!isCappedKind(reminder.kind)) {
      exempt.push(reminder);
      continue;
    }
    for (const person of reminder.recipients) {
      const entry = due.get(person.userId) ?? { person, reminders: [] };
      entry.reminders.push(reminder);
      due.set(person.userId, entry);
    }
  }
  const history = new Map<string, { covered: Set<string>; last: number; pendingUntil: number | null }>();
  for (const card of input.sent) {
    const h = history.get(card.userId) ?? { covered: new Set<string>(), last: -Infinity, pendingUntil: null };
    for (const id of card.covers) h.covered.add(id);
    const at = card.at === null ? null : new Date(card.at).getTime();
    if (card.pending) h.pendingUntil = Math.max(h.pendingUntil ?? -Infinity, at ?? now.getTime());
    else if (at !== null) h.last = Math.max(h.last, at);
    history.set(card.userId, h);
  }

  const cards: NudgeCard[] = [];
  let nextSlot = Infinity;
  for (const [userId, { person, reminders }] of [...due.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const h = history.get(userId);
    const open = reminders.filter((r) => !h?.covered.has(r.id) && stillCurrent(r, today));
    if (open.length === 0) continue;
    if (h?.pendingUntil != null) {
      // The waiting card goes first; the earliest the next one can follow is an interval later.
      nextSlot = Math.min(nextSlot, Math.max(h.pendingUntil, now.getTime()) + intervalMs);
      continue;
    }
    const earliest = Math.max(now.getTime(), (h?.last ?? -Infinity) + intervalMs);
    const slot = nextWorkingInstant(new Date(earliest), settings.workingHours, timeZone, settings.country);
    if (slot.getTime() > now.getTime()) {
      nextSlot = Math.min(nextSlot, slot.getTime());
      continue;
    }
    const ordered = [...open].sort(byImportance);
    const topics = new Set<string>();
    const listed = ordered.filter((r) => {
      const topic = nudgeTopic(r);
      return topics.has(topic) ? false : (topics.add(topic), true);
    });
    const [lead, ...merged] = listed as [Reminder, ...Reminder[]];
    cards.push({
      recipient: { ...person },
      lead: asOf(lead, today),
      merged: merged.map((r) => asOf(r, today)),
      covers: ordered.map((r) => r.id).sort(),
    });
  }
  return { cards, exempt, nextSlotAt: Number.isFinite(nextSlot) ? new Date(nextSlot) : null };
}
