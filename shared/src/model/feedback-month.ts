import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

/**
 * The figures of one month of feedback, kept for the programme's life after the check-ins
 * behind them have expired (the works-council pages: raw text for the retention period,
 * aggregates for the programme's life). Only numbers — never text, not even theme names, which
 * ambassadors type themselves — and only for a month whose figures were visible, i.e. enough
 * different people stood behind them.
 */
export const feedbackMonthSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('feedbackMonth'),
  /** Local month in the programme's zone, "yyyy-MM". */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  checkIns: z.number().int().min(0),
  alignmentAverage: z.number().min(1).max(5),
  recordedAt: isoDateTimeSchema,
});
export type FeedbackMonth = z.infer<typeof feedbackMonthSchema>;

/** One document per programme and month: creating it twice finds the first (the id is the lock). */
export function feedbackMonthId(programmeId: string, month: string): string {
  return `feedback-month.${programmeId}.${month}`;
}
