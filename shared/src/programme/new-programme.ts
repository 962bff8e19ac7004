import { z } from 'zod';
import { DateTime } from 'luxon';
import type { Locale } from '../i18n/locale';
import { localeSchema, type UserRef } from '../model/common';
import { programmeSchema, type Programme } from '../model/programme';

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, '8–100 letters, digits, - or _');

/** What a leader gives to start a programme; everything else starts from the card's defaults. */
export const createProgrammeInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  locale: localeSchema,
  purpose: z.string().trim().max(4000).optional(),
  targetGroup: z.string().trim().max(200).optional(),
  timeZone: z.string().min(1).max(64).optional(),
  startDate: z.iso.date().optional(),
  /**
   * The planned end and the card's defaults (term length, hours per month …), checked by the
   * settings rule (rules/programme-settings.ts), which names the field of a bad value.
   */
  endDate: z.unknown().optional(),
  settings: z.unknown().optional(),
  /**
   * A key the client makes once per form (a UUID): sending the same key again returns the
   * programme made the first time instead of a second one. The `Idempotency-Key` header wins.
   */
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type CreateProgrammeInput = z.infer<typeof createProgrammeInputSchema>;

export interface NewProgrammeArgs {
  id: string;
  tenantId: string;
  name: string;
  locale: Locale;
  owner: UserRef;
  now: Date;
  purpose?: string;
  targetGroup?: string;
  timeZone?: string;
  startDate?: string;
}

/**
 * A new programme with the card's defaults: empty steps, the four agenda headings, settings from
 * practice (12-month terms, thresholds 5/10 …). The creator is its first owner (leader).
 * Parsing through the schema both fills defaults and rejects invalid input.
 */
export function newProgramme(args: NewProgrammeArgs): Programme {
  const timeZone = args.timeZone ?? 'Europe/Copenhagen';
  const at = args.now.toISOString();
  return programmeSchema.parse({
    id: args.id,
    tenantId: args.tenantId,
    name: args.name,
    purpose: args.purpose ?? '',
    targetGroup: args.targetGroup ?? '',
    locale: args.locale,
    timeZone,
    startDate: args.startDate ?? DateTime.fromJSDate(args.now, { zone: timeZone }).toISODate(),
    owners: [args.owner],
    settings: {},
    steps: { taskPlan: {}, posting: {}, agreement: {}, training: {}, meetings: {} },
    keyMessages: [],
    managementAnswers: {},
    createdAt: at,
    updatedAt: at,
  });
}
