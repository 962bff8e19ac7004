import type { CardActionRecord, OutboxRecord } from '@ambassadors/shared';

/** One reminder's delivery as leaders see it. The counts always add up (see `reportOf`). */
export interface ReminderReport {
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

/**
 * Builds the per-reminder report from the outbox and the recorded card actions. A card that
 * was acted on evidently arrived, so an 'unknown' record with an action counts as delivered.
 */
export function reportOf(outbox: OutboxRecord[], actions: CardActionRecord[]): ReminderReport[] {
  const actedOutbox = new Set(actions.map((a) => a.outboxId).filter((id): id is string => Boolean(id)));
  const byReminder = new Map<string, ReminderReport>();
  for (const record of outbox) {
    let report = byReminder.get(record.reminderId);
    if (!report) {
      report = {
        reminderId: record.reminderId,
        kind: record.kind,
        dueAt: record.dueAt,
        targeted: 0,
        delivered: 0,
        pending: 0,
        failed: 0,
        unreachable: 0,
        unknown: 0,
        cancelled: 0,
        actedOn: 0,
        deferred: 0,
        unreachableReasons: {},
        unknownRecipients: [],
      };
      byReminder.set(record.reminderId, report);
    }
    report.targeted++;
    const acted = actedOutbox.has(record.id);
    const status = acted && record.status === 'unknown' ? 'delivered' : record.status;
    switch (status) {
      case 'delivered':
        report.delivered++;
        if (acted) report.actedOn++;
        break;
      case 'failed':
        report.failed++;
        break;
      case 'unreachable': {
        report.unreachable++;
        const reason = record.reason ?? 'unknown';
        report.unreachableReasons[reason] = (report.unreachableReasons[reason] ?? 0) + 1;
        break;
      }
      case 'unknown':
        report.unknown++;
        report.unknownRecipients.push({
          outboxId: record.id,
          userId: record.recipient.userId,
          displayName: record.recipient.displayName,
        });
        break;
      case 'cancelled':
        report.cancelled++;
        break;
      case 'deferred':
        report.deferred++;
        report.pending++;
        break;
      default:
        report.pending++;
    }
  }
  return [...byReminder.values()].sort((a, b) => b.dueAt.localeCompare(a.dueAt));
}
