import { z } from 'zod';
import { sessionAttendanceSchema } from './training-session';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  longTextSchema,
  stampSchema,
  userRefSchema,
} from './common';
import { agreementTermsSchema } from './programme';
import { undoneActSchema } from './undo';

/**
 * candidate → active → ended | withdrawn. A candidate becomes active when both sides have
 * accepted the current agreement; "ended" is the planned end of the term, "withdrawn" an early
 * end (the management team's "when do we withdraw the ambassadors?").
 */
export const AMBASSADORSHIP_STATES = ['candidate', 'active', 'ended', 'withdrawn'] as const;
export const ambassadorshipStateSchema = z.enum(AMBASSADORSHIP_STATES);
export type AmbassadorshipState = z.infer<typeof ambassadorshipStateSchema>;

/** The term is a period of days, both inclusive, in the programme's time zone. */
export const termSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((term) => term.start < term.end, { message: 'the term must end after it starts', path: ['end'] });
export type Term = z.infer<typeof termSchema>;

export const acceptanceSchema = z.object({ version: z.number().int().min(1) }).and(stampSchema);
export type Acceptance = z.infer<typeof acceptanceSchema>;

/**
 * One version of an ambassador's agreement. Acceptances name the version they accept, so a
 * new version leaves earlier acceptances on record but no longer current.
 */
export const agreementVersionSchema = agreementTermsSchema.extend({
  version: z.number().int().min(1),
  term: termSchema,
  createdBy: userRefSchema,
  createdAt: isoDateTimeSchema,
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

export const agreementSchema = z.object({
  versions: z.array(agreementVersionSchema).default([]),
  ambassadorAcceptances: z.array(acceptanceSchema).default([]),
  leaderAcceptances: z.array(acceptanceSchema).default([]),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const trainingCompletionSchema = z.object({ moduleId: idSchema, completedAt: isoDateTimeSchema });
export type TrainingCompletion = z.infer<typeof trainingCompletionSchema>;

/** The planned exit: debrief, thanks, hand-over notes; the role removed everywhere. */
export const exitPlanSchema = z.object({
  debriefDate: isoDateSchema.nullable().default(null),
  debriefHeldAt: isoDateTimeSchema.nullable().default(null),
  handoverNotes: longTextSchema.default(''),
  thankedAt: isoDateTimeSchema.nullable().default(null),
});
export type ExitPlan = z.infer<typeof exitPlanSchema>;

export const ambassadorshipSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('ambassadorship'),
  person: userRefSchema,
  state: ambassadorshipStateSchema,
  /** "Why have we chosen these particular ambassadors?" — recorded at selection. */
  selection: z
    .object({ reason: z.string().trim().min(1).max(2000), applicationId: idSchema.nullable() })
    .and(stampSchema),
  term: termSchema,
  agreement: agreementSchema,
  training: z.array(trainingCompletionSchema).default([]),
  /** Step 4 sessions: what the leaders recorded (stored before sessions existed: none). */
  sessionAttendance: z.array(sessionAttendanceSchema).max(100).default([]),
  exit: exitPlanSchema,
  activatedAt: isoDateTimeSchema.nullable().default(null),
  endedAt: isoDateTimeSchema.nullable().default(null),
  withdrawal: z
    .object({ reason: z.string().trim().min(1).max(2000) })
    .and(stampSchema)
    .nullable()
    .default(null),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Withdrawals that were undone (rules/undo.ts), oldest first. */
  undone: z.array(undoneActSchema).optional(),
});
export type Ambassadorship = z.infer<typeof ambassadorshipSchema>;
