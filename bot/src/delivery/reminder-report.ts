import type { CardActionRecord, OutboxRecord, ReminderReportView } from '@ambassadors/shared';

/** One reminder's delivery as leaders see it (the tab reads the same type). */
export type ReminderReport = ReminderReportView;

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
