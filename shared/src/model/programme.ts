import { z } from 'zod';
import { MANAGEMENT_QUESTION_KEYS } from '../card/ambassadors-card';
import { cadenceSchema } from './cadence';
import { programmeClosureSchema } from './closure';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  localeSchema,
  longTextSchema,
  shortTextSchema,
  stampSchema,
  timeZoneSchema,
  userRefSchema,
} from './common';
import { programmeSettingsSchema } from './settings';
import { stepMetaSchema } from './step';
import { workshopSchema } from './workshop';
import { trainingSessionSchema } from './training-session';

/** Step 1: one concrete task an ambassador takes on. */
export const ambassadorTaskSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  description: longTextSchema.default(''),
  hoursPerMonth: z.number().min(0).max(80),
});
export type AmbassadorTask = z.infer<typeof ambassadorTaskSchema>;

/** Step 2: the internal posting. */
export const postingSchema = z.object({
  title: z.string().trim().min(1).max(200),
  responsibilities: z.array(z.string().trim().min(1).max(500)).max(30),
  expectations: z.array(z.string().trim().min(1).max(500)).max(30),
  hoursPerMonth: z.number().min(0).max(80),
  termMonths: z.number().int().min(1).max(36),
  applicationDeadline: isoDateSchema,
  publishedAt: isoDateTimeSchema.nullable().default(null),
});
export type Posting = z.infer<typeof postingSchema>;

/** Step 2: leaders may encourage named employees to apply (the card: "opfordre"). */
export const invitationSchema = z.object({
  invitee: userRefSchema,
  note: shortTextSchema.default(''),
  invitedBy: userRefSchema,
  invitedAt: isoDateTimeSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Step 3: the template from which each ambassador's agreement starts. */
export const agreementTermsSchema = z.object({
  role: z.string().trim().min(1).max(1000),
  responsibilities: z.array(z.string().trim().min(1).max(500)).max(30),
  expectations: z.array(z.string().trim().min(1).max(500)).max(30),
  hoursPerMonth: z.number().min(0).max(80),
  /**
   * What the ambassador passes on to leaders: themes and situations where they had to take a
   * stand — never named colleagues (the management team's "pass on information" question).
   */
  passOn: z.object({
    themes: z.array(z.string().trim().min(1).max(200)).max(20),
    situations: longTextSchema,
  }),
  confidentiality: longTextSchema.default(''),
});
export type AgreementTerms = z.infer<typeof agreementTermsSchema>;

/** Step 4: one training module. */
export const trainingModuleSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  description: longTextSchema.default(''),
  resourceUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  dueWithinDays: z.number().int().min(1).max(365).nullable().default(null),
  /** Optional modules never block completion; modules stored before the flag existed are required. */
  required: z.boolean().default(true),
  /** When a leader added it (null: from the start, as modules stored before this were). */
  addedAt: isoDateTimeSchema.nullable().default(null),
});
export type TrainingModule = z.infer<typeof trainingModuleSchema>;

/** Step 5: the standing agenda; the card names progress, challenges and successes. */
export const AGENDA_HEADINGS = ['progress', 'challenges', 'successes', 'keyMessage'] as const;
export const agendaHeadingSchema = z.enum(AGENDA_HEADINGS);
export type AgendaHeading = z.infer<typeof agendaHeadingSchema>;

/** Watch-out "align the messages": the key message, versioned so check-ins can refer to one. */
export const keyMessageSchema = z.object({
  version: z.number().int().min(1),
  text: z.string().trim().min(1).max(1000),
  createdBy: userRefSchema,
  createdAt: isoDateTimeSchema,
});
export type KeyMessage = z.infer<typeof keyMessageSchema>;

/**
 * One answer by one leader. `question` is the index of the card's question within its group that
 * it answers (absent: the group's first question, as answers were before questions had their own).
 */
export const managementAnswerSchema = z
  .object({ text: z.string().trim().min(1).max(4000), question: z.number().int().min(0).max(9).optional() })
  .and(stampSchema);
export type ManagementAnswer = z.infer<typeof managementAnswerSchema>;

export const managementAnswersSchema = z.object(
  Object.fromEntries(
    MANAGEMENT_QUESTION_KEYS.map((key) => [key, z.array(managementAnswerSchema).default([])]),
  ) as {
    [K in (typeof MANAGEMENT_QUESTION_KEYS)[number]]: z.ZodDefault<z.ZodArray<typeof managementAnswerSchema>>;
  },
);
export type ManagementAnswers = z.infer<typeof managementAnswersSchema>;

export const programmeStepsSchema = z.object({
  taskPlan: stepMetaSchema.extend({ tasks: z.array(ambassadorTaskSchema).max(50).default([]) }),
  posting: stepMetaSchema.extend({
    posting: postingSchema.nullable().default(null),
    invitations: z.array(invitationSchema).max(500).default([]),
  }),
  agreement: stepMetaSchema.extend({ template: agreementTermsSchema.nullable().default(null) }),
  training: stepMetaSchema.extend({
    modules: z.array(trainingModuleSchema).max(50).default([]),
    sessions: z.array(trainingSessionSchema).max(50).default([]),
  }),
  meetings: stepMetaSchema.extend({
    cadence: cadenceSchema.nullable().default(null),
    agenda: z.array(agendaHeadingSchema).default([...AGENDA_HEADINGS]),
    /**
     * Rhythm days (local ISO dates) whose generated meeting a leader deleted: generating the rhythm
     * again leaves them out. Capped at a few years of weekly meetings.
     */
    skippedOccurrences: z.array(isoDateSchema).max(400).default([]),
  }),
});
export type ProgrammeSteps = z.infer<typeof programmeStepsSchema>;

/** One field of a programme as it was before and after a change. */
export const settingChangeSchema = z.object({
  field: z.string().min(1).max(100),
  from: z.unknown(),
  to: z.unknown(),
});

/** Who changed which settings (or owners) of a programme, and when: leaders see this history. */
export const settingsHistoryEntrySchema = z
  .object({ changes: z.array(settingChangeSchema).min(1).max(50) })
  .and(stampSchema);
export type SettingsHistoryEntry = z.infer<typeof settingsHistoryEntrySchema>;

/**
 * The programme document: everything leaders plan once for the whole programme. Per-person and
 * growing data (ambassadorships, applications, meetings, check-ins, decisions) live in their
 * own documents in the same partition, so the board is still one single-partition read.
 */
export const programmeSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  cardId: z.literal('ambassadors').default('ambassadors'),
  name: z.string().trim().min(1).max(200),
  purpose: longTextSchema.default(''),
  targetGroup: shortTextSchema.default(''),
  locale: localeSchema,
  timeZone: timeZoneSchema.default('Europe/Copenhagen'),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
  owners: z.array(userRefSchema).min(1).max(20),
  settings: programmeSettingsSchema,
  steps: programmeStepsSchema,
  keyMessages: z.array(keyMessageSchema).default([]),
  managementAnswers: managementAnswersSchema,
  /** Newest last; capped so the document stays small (see programme-settings.ts). */
  settingsHistory: z.array(settingsHistoryEntrySchema).max(200).default([]),
  /** Null while the programme runs; set when a leader closes it (read-only from then on). */
  closure: programmeClosureSchema.nullable().default(null),
  /** The card's management workshop, while it is prepared, run and after it finished (absent: never run). */
  workshop: workshopSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Programme = z.infer<typeof programmeSchema>;
