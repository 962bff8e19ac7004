import { DateTime } from 'luxon';
import type { BoardData } from '../model/board';
import type { UserRef } from '../model/common';
import { withTermsEnded } from '../rules/ambassadorship-lifecycle';
import { DAY_MS, localDateOf } from '../rules/calendar';
import type { SentNudge } from '../rules/nudge-cap';
import { isProgrammeClosed } from '../rules/programme-closure';
import type { ReminderKind } from '../rules/reminders/reminder-planners';
import { nextWorkingInstant } from '../rules/working-hours';
import { schedulerTick, sentNudgeOf } from './scheduler-tick';

/** How far ahead leaders see what the bot will send. */
export const REMINDER_PREVIEW_DAYS = 14;

/** Simulated scheduler ticks at most: far more than two weeks of reminders ever need. */
const MAX_TICKS = 5000;

/** One card the bot will send, to one or more people at the same moment. */
export interface ReminderPreviewItem {
  reminderId: string;
  kind: ReminderKind;
  /** When it leaves (ISO instant), and the same in the programme's zone. */
  at: string;
  localDate: string;
  localTime: string;
  /** Who gets it (display names: the preview is for leaders only). */
  recipients: UserRef[];
  /** Who would get it but has paused reminders: it waits until they resume. */
  paused: UserRef[];
  /** Held-back reminders the card lists besides its own (the nudge cap merges them). */
  alsoListed: ReminderKind[];
}

/** Why the list is empty (null when it is not). */
export type ReminderPreviewEmptyReason = 'programmeClosed' | 'nothingPlanned' | 'botNotConfigured';

export interface ReminderPreview {
  timeZone: string;
  from: string;
  to: string;
  items: ReminderPreviewItem[];
  explanation: ReminderPreviewEmptyReason | null;
}

export interface ReminderPreviewInput {
  board: BoardData;
  now: Date;
  /** The capped cards already in the outbox (as `sentNudgesOf` reads them). */
  sent: readonly SentNudge[];
  /** `${reminderId} ${userId}` of every outbox record already queued or sent: not sent again. */
  queued: ReadonlySet<string>;
  /** People who paused reminders: the dispatcher holds their cards. */
  pausedUserIds?: ReadonlySet<string>;
  lookbackHours?: number;
  days?: number;
}

/** The key `queued` is looked up by. */
export function previewQueueKey(reminderId: string, userId: string): string {
  return `${reminderId} ${userId}`;
}

/**
 * What the bot will send in the coming days, found by running the scheduler's own decision
 * (`schedulerTick`: planners, nudge cap, working hours, holidays) on simulated ticks — each at the
 * moment the scheduler would look again — with every simulated card added to the history the
 * cap reads, and terms ending on their day as they do for the scheduler. A queued reminder due
 * outside working hours leaves at the next working instant, as the dispatcher defers it; a card
 * for someone who paused stays pending, so the cap adds nothing more for them meanwhile.
 */
export function previewReminders(input: ReminderPreviewInput): ReminderPreview {
  const { now } = input;
  const { programme } = input.board;
  const tz = programme.timeZone;
  const { workingHours, country } = programme.settings;
  const end = now.getTime() + (input.days ?? REMINDER_PREVIEW_DAYS) * DAY_MS;
  const base = { timeZone: tz, from: now.toISOString(), to: new Date(end).toISOString() };
  if (isProgrammeClosed(programme)) return { ...base, items: [], explanation: 'programmeClosed' };

  const paused = input.pausedUserIds ?? new Set<string>();
  const sent: SentNudge[] = [...input.sent];
  const queued = new Set(input.queued);
  const items = new Map<string, ReminderPreviewItem>();
  const add = (
    reminderId: string,
    kind: ReminderKind,
    at: Date,
    person: UserRef,
    alsoListed: ReminderKind[],
  ) => {
    const key = `${at.toISOString()} ${reminderId}`;
    const item = items.get(key) ?? {
      reminderId,
      kind,
      at: at.toISOString(),
      localDate: localDateOf(at, tz),
      localTime: DateTime.fromJSDate(at, { zone: tz }).toFormat('HH:mm'),
      recipients: [],
      paused: [],
      alsoListed: [],
    };
    (paused.has(person.userId) ? item.paused : item.recipients).push({ ...person });
    for (const k of alsoListed) if (!item.alsoListed.includes(k)) item.alsoListed.push(k);
    items.set(key, item);
  };

  let t = now;
  for (let tick = 0; tick < MAX_TICKS && t.getTime() < end; tick++) {
    const board = withTermsEnded(input.board, t);
    const plan = schedulerTick({ board, now: t, sent, lookbackHours: input.lookbackHours });
    for (const reminder of plan.exempt) {
      const leaves = nextWorkingInstant(
        new Date(Math.max(new Date(reminder.dueAt).getTime(), t.getTime())),
        workingHours,
        tz,
        country,
      );
      for (const person of reminder.recipients) {
        const key = previewQueueKey(reminder.id, person.userId);
        if (queued.has(key)) continue;
        queued.add(key);
        if (leaves.getTime() < end) add(reminder.id, reminder.kind, leaves, person, []);
      }
    }
    for (const card of plan.cards) {
      const key = previewQueueKey(card.lead.id, card.recipient.userId);
      if (queued.has(key)) continue;
      queued.add(key);
      sent.push(sentNudgeOf(card, t, paused.has(card.recipient.userId)));
      add(
        card.lead.id,
        card.lead.kind,
        t,
        card.recipient,
        card.merged.map((r) => r.kind),
      );
    }
    t = new Date(Math.max(plan.nextCheck.getTime(), t.getTime() + 1));
  }
  const list = [...items.values()].sort((a, b) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind));
  return { ...base, items: list, explanation: list.length === 0 ? 'nothingPlanned' : null };
}
