import { z } from 'zod';

/** One reminder's delivery as leaders see it. The counts always add up. */
export interface ReminderReportView {
  reminderId: string;
  kind: string;
  dueAt: string;
  /** targeted = delivered + pending + failed + unreachable + unknown + cancelled. */
  targeted: number;
  delivered: number;
  /** Still on the way: queued, deferred (paused / outside working hours / throttled) or sending. */
  pending: number;
  failed: number;
  unreachable: number;
  /** In flight when a server instance died: maybe received, maybe not — a leader may resend. */
  unknown: number;
  /** Never sent because the programme was closed before the card could go. */
  cancelled: number;
  /** Recipients who acted on the card (a subset of delivered). */
  actedOn: number;
  deferred: number;
  unreachableReasons: Record<string, number>;
  /** Who is 'unknown', so a leader can choose to resend (ids and names only). */
  unknownRecipients: Array<{ outboxId: string; userId: string; displayName: string }>;
}

/** What `GET …/reminders/report` answers. */
export interface ReminderReportList {
  reminders: ReminderReportView[];
}

/**
 * POST …/reminders/resend — the outbox records (of the report's `unknownRecipients`) a leader
 * sends again. Only records still 'unknown' are queued again, so a second click sends nothing twice.
 */
export const reminderResendBodySchema = z.object({
  outboxIds: z.array(z.string().min(1).max(200)).min(1).max(5000),
});

/** What the resend answers: how many recipients were queued again. */
export interface RequeuedReminders {
  requeued: number;
}
