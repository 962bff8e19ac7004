import { z } from 'zod';
import { AGENDA_HEADINGS } from './programme';
import { idSchema, isoDateTimeSchema, longTextSchema, userRefSchema } from './common';

/**
 * A held or planned meeting. "alignment" is the monthly meeting the card requires once there
 * are several ambassadors; "regular" follows the step-5 cadence. Notes are kept per agenda
 * heading so progress, challenges and successes stay comparable across meetings.
 */
export const meetingSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('meeting'),
  kind: z.enum(['regular', 'alignment']),
  scheduledAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(15).max(480).default(60),
  keyMessageVersion: z.number().int().min(1).nullable().default(null),
  joinUrl: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
  held: z.boolean().default(false),
  notes: z.object(
    Object.fromEntries(AGENDA_HEADINGS.map((h) => [h, longTextSchema.default('')])) as {
      [K in (typeof AGENDA_HEADINGS)[number]]: z.ZodDefault<typeof longTextSchema>;
    },
  ),
  attendees: z.array(userRefSchema).max(200).default([]),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;
