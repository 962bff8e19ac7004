import type { Locale } from '../../i18n/locale';
import type { UserRef } from '../../model/common';

export type ReminderSubjectType = 'posting' | 'ambassadorship' | 'meeting' | 'programme';

/** One planned reminder of kind `K`, carrying what its card shows (`D`) without loading anything else. */
export interface ReminderBase<K extends string, D> {
  id: string;
  kind: K;
  tenantId: string;
  programmeId: string;
  /** ISO instant (UTC). */
  dueAt: string;
  recipients: UserRef[];
  subject: { type: ReminderSubjectType; id: string };
  locale: Locale;
  data: D;
}

/** The reminders of a family whose kinds and card data `DataMap` lists (kind → data). */
export type ReminderIn<DataMap> = {
  [K in keyof DataMap & string]: ReminderBase<K, DataMap[K]>;
}[keyof DataMap & string];

export interface ReminderWindow {
  from: Date;
  to: Date;
}

/**
 * A reminder's id is deterministic, so re-planning an overlapping window finds the same ones:
 * `${programmeId}:${kind}:${subjectId}:${occurrenceKey}`.
 */
export function reminderId(
  programmeId: string,
  kind: string,
  subjectId: string,
  occurrenceKey: string,
): string {
  return `${programmeId}:${kind}:${subjectId}:${occurrenceKey}`;
}
