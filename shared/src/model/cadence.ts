import { z } from 'zod';

/**
 * How often the ambassador meetings recur. Either every N weeks on a weekday, or monthly on the
 * n-th weekday (the card: "once a month" for aligning messages). Times are local to the
 * programme's time zone, so a meeting stays at 10:00 across daylight-saving changes.
 */
export const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    intervalWeeks: z.number().int().min(1).max(12),
    /** ISO weekday, 1 = Monday. */
    weekday: z.number().int().min(1).max(7),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    durationMinutes: z.number().int().min(15).max(480).default(60),
  }),
  z.object({
    kind: z.literal('monthly'),
    /** 1–4 = first…fourth, -1 = last. */
    weekOfMonth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    weekday: z.number().int().min(1).max(7),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    durationMinutes: z.number().int().min(15).max(480).default(60),
  }),
]);
export type Cadence = z.infer<typeof cadenceSchema>;
