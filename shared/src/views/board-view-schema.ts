import { z } from 'zod';
import { MANAGEMENT_QUESTION_KEYS, STEP_KEYS } from '../card/ambassadors-card';
import {
  acceptanceSchema,
  agreementVersionSchema,
  ambassadorshipStateSchema,
  exitPlanSchema,
  termSchema,
} from '../model/ambassadorship';
import { selectionOutcomeSchema } from '../model/application';
import { cadenceSchema } from '../model/cadence';
import { isoDateSchema, isoDateTimeSchema, localeSchema, stampSchema, userRefSchema } from '../model/common';
import { DECISION_OUTCOMES } from '../model/decision';
import { actionItemSchema } from '../model/meeting';
import {
  AGENDA_HEADINGS,
  agendaHeadingSchema,
  agreementTermsSchema,
  ambassadorTaskSchema,
  invitationSchema,
  keyMessageSchema,
  managementAnswerSchema,
  postingSchema,
  settingsHistoryEntrySchema,
  trainingModuleSchema,
} from '../model/programme';
import { programmeSettingsSchema } from '../model/settings';
import { stepStatusSchema } from '../model/step';
import { AGREEMENT_SIDES } from '../rules/agreement';
import { PROGRAMME_ACTIONS, PROGRAMME_ROLES } from '../rules/roles';
import { STEP_MISSING_CODES } from '../rules/step-status';
import type { BoardView, FeedbackOverviewView, MeView } from './board-view';

/**
 * The board view as zod schemas: the OpenAPI document's response schemas are generated from
 * these, and the API tests parse real responses with them (strict objects), so the documented
 * shape and the served shape cannot drift apart. The TypeScript interfaces in board-view.ts stay
 * the tab's contract; the compile-time check at the bottom keeps the two in step.
 */
const localized = z.strictObject({ da: z.string(), en: z.string() });
const cardPart = z.strictObject({ key: z.string(), title: localized, description: localized });

export const cultureCardSchema = z.strictObject({
  id: z.string(),
  headline: localized,
  title: localized,
  subtitle: localized,
  facts: z.strictObject({ durationMinutes: z.number(), participants: localized, tags: z.array(z.string()) }),
  purpose: localized,
  explanation: z.array(localized),
  quote: z.strictObject({ text: localized, attribution: localized }),
  steps: z.array(cardPart),
  watchOuts: z.array(cardPart),
  managementQuestions: z.array(
    z.strictObject({ key: z.string(), title: localized, questions: z.array(localized) }),
  ),
  factBox: z.strictObject({ title: localized, text: localized }),
});

const etagSchema = z.string().min(1);
const overrideSchema = z
  .strictObject({ status: stepStatusSchema, note: z.string() })
  .and(stampSchema)
  .nullable();

export const agreementStatusViewSchema = z.strictObject({
  currentVersion: z.number().int().nullable(),
  ambassadorAccepted: z.boolean(),
  leaderAccepted: z.boolean(),
  fullyAccepted: z.boolean(),
  pendingSides: z.array(z.enum(AGREEMENT_SIDES)),
});

export const trainingProgressViewSchema = z.strictObject({
  done: z.number().int(),
  total: z.number().int(),
  openModules: z.array(z.string()),
});

export const meetingViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['regular', 'alignment']),
  scheduledAt: isoDateTimeSchema,
  durationMinutes: z.number().int(),
  joinUrl: z.string().nullable(),
  held: z.boolean(),
  keyMessageVersion: z.number().int().nullable(),
  attendees: z.array(userRefSchema),
  occurrence: isoDateSchema.nullable(),
  cancelledAt: isoDateTimeSchema.nullable(),
  attended: z.array(userRefSchema),
  actionItems: z.array(actionItemSchema),
  publishedKeyMessageVersion: z.number().int().nullable(),
  notes: z.strictObject(Object.fromEntries(AGENDA_HEADINGS.map((h) => [h, z.string()]))).optional(),
  etag: etagSchema.optional(),
});

export const applicationViewSchema = z.strictObject({
  id: z.string(),
  applicant: userRefSchema,
  motivation: z.string(),
  invited: z.boolean(),
  submittedAt: isoDateTimeSchema,
  decision: z
    .strictObject({ outcome: selectionOutcomeSchema, reason: z.string() })
    .and(stampSchema)
    .nullable(),
});

export const boardViewSchema = z.strictObject({
  programme: z.strictObject({
    id: z.string(),
    name: z.string(),
    purpose: z.string(),
    targetGroup: z.string(),
    locale: localeSchema,
    timeZone: z.string(),
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable(),
    owners: z.array(userRefSchema),
    settings: programmeSettingsSchema.optional(),
    /** Leaders only: who changed which setting or owner, and when (newest last). */
    settingsHistory: z.array(settingsHistoryEntrySchema).optional(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    etag: etagSchema,
  }),
  role: z.enum(PROGRAMME_ROLES),
  card: cultureCardSchema,
  steps: z.array(
    z.strictObject({
      key: z.enum(STEP_KEYS),
      status: stepStatusSchema,
      derivedStatus: stepStatusSchema,
      override: overrideSchema,
      missing: z.array(z.enum(STEP_MISSING_CODES)),
      progress: z.strictObject({ done: z.number().int(), total: z.number().int() }),
      dueDate: isoDateSchema.nullable(),
      overdue: z.boolean(),
      owner: userRefSchema.nullable(),
      notes: z.string(),
    }),
  ),
  taskPlan: z.strictObject({ tasks: z.array(ambassadorTaskSchema) }),
  posting: z.strictObject({
    posting: postingSchema.nullable(),
    open: z.boolean(),
    invitations: z.array(invitationSchema).optional(),
    canApply: z.boolean(),
  }),
  agreementTemplate: agreementTermsSchema.nullable().optional(),
  trainingModules: z.array(trainingModuleSchema),
  meetingPlan: z.strictObject({
    cadence: cadenceSchema.nullable(),
    agenda: z.array(agendaHeadingSchema),
    rhythmToCreate: z.number().int().min(0).optional(),
    people: z.array(userRefSchema).optional(),
  }),
  ambassadors: z.array(
    z.strictObject({
      id: z.string(),
      person: userRefSchema,
      state: z.enum(['candidate', 'active']),
      term: termSchema,
      daysLeft: z.number().int(),
      termEndingSoon: z.boolean(),
      activatedAt: isoDateTimeSchema.nullable(),
      agreement: agreementStatusViewSchema.optional(),
      training: trainingProgressViewSchema.optional(),
      selectionReason: z.string().optional(),
      exit: exitPlanSchema.optional(),
      etag: etagSchema.optional(),
      proposalTerm: termSchema.optional(),
    }),
  ),
  formerAmbassadors: z
    .array(
      z.strictObject({
        id: z.string(),
        person: userRefSchema,
        state: z.enum(['ended', 'withdrawn']),
        term: termSchema,
        endedAt: isoDateTimeSchema.nullable(),
        endedOn: isoDateSchema,
        withdrawal: z.strictObject({ reason: z.string() }).and(stampSchema).nullable(),
        exit: exitPlanSchema,
        etag: etagSchema,
      }),
    )
    .optional(),
  myAmbassadorship: z
    .strictObject({
      id: z.string(),
      state: ambassadorshipStateSchema,
      term: termSchema,
      daysLeft: z.number().int(),
      agreement: z.strictObject({
        versions: z.array(agreementVersionSchema),
        ambassadorAcceptances: z.array(acceptanceSchema),
        leaderAcceptances: z.array(acceptanceSchema),
        status: agreementStatusViewSchema,
        current: agreementVersionSchema.nullable(),
      }),
      training: z.strictObject({
        modules: z.array(
          z.strictObject({ module: trainingModuleSchema, completedAt: isoDateTimeSchema.nullable() }),
        ),
        progress: trainingProgressViewSchema,
      }),
      nextMeetings: z.array(meetingViewSchema),
      canCheckIn: z.boolean(),
      checkInPrivacy: z.strictObject({
        visibleTo: z.literal('leaders'),
        minimumAnswers: z.number().int(),
        minimumFreeText: z.number().int(),
        retentionMonthsAfterTerm: z.number().int(),
        deletedBy: isoDateTimeSchema,
        intervalDays: z.number().int(),
      }),
      exit: exitPlanSchema,
      etag: etagSchema,
    })
    .optional(),
  applications: z.array(applicationViewSchema).optional(),
  myApplication: applicationViewSchema.nullable().optional(),
  meetings: z.strictObject({ upcoming: z.array(meetingViewSchema), recent: z.array(meetingViewSchema) }),
  keyMessage: keyMessageSchema.nullable(),
  nextAlignmentMeeting: z
    .strictObject({
      source: z.enum(['planned', 'due']),
      at: isoDateTimeSchema,
      meetingId: z.string().nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  alignmentRequired: z.boolean(),
  youSaidWeDid: z.array(
    z.strictObject({
      id: z.string(),
      theme: z.string(),
      outcome: z.enum(DECISION_OUTCOMES),
      explanation: z.string(),
      checkInCount: z.number().int().optional(),
      by: userRefSchema,
      at: isoDateTimeSchema,
    }),
  ),
  managementAnswers: z
    .strictObject(
      Object.fromEntries(MANAGEMENT_QUESTION_KEYS.map((key) => [key, z.array(managementAnswerSchema)])) as {
        [K in (typeof MANAGEMENT_QUESTION_KEYS)[number]]: z.ZodArray<typeof managementAnswerSchema>;
      },
    )
    .optional(),
  checkInCount: z.number().int().optional(),
  permissions: z.array(z.enum(PROGRAMME_ACTIONS)),
  generatedAt: isoDateTimeSchema,
});

/** An aggregate, or the marker that replaces it below the anonymity threshold. */
function gated<T extends z.ZodType>(value: T) {
  return z.union([
    value,
    z.strictObject({
      hidden: z.literal(true),
      reason: z.literal('belowThreshold'),
      minimum: z.number().int(),
    }),
  ]);
}

/** `GET …/feedback/overview` (leaders): aggregates only, each hidden below its threshold. */
export const feedbackOverviewViewSchema = z.strictObject({
  minimumAnswers: z.number().int(),
  minimumFreeText: z.number().int(),
  checkIns: gated(z.number().int()),
  alignmentAverage: gated(z.number()),
  months: z.array(
    z.strictObject({
      month: z.string(),
      checkIns: gated(z.number().int()),
      alignmentAverage: gated(z.number()),
      trend: gated(z.number()).nullable(),
    }),
  ),
  themes: gated(
    z.array(z.strictObject({ theme: z.string(), count: z.number().int(), answered: z.boolean() })),
  ),
  changeCourse: gated(
    z.strictObject({ yes: z.number().int(), no: z.number().int(), unsure: z.number().int() }),
  ),
  freeText: gated(
    z.strictObject({
      progress: z.array(z.string()),
      challenges: z.array(z.string()),
      successes: z.array(z.string()),
      changeCourseSuggestions: z.array(z.string()),
      situations: z.array(z.strictObject({ theme: z.string(), description: z.string() })),
    }),
  ),
});

export const meViewSchema = z.strictObject({
  user: userRefSchema,
  tenantId: z.string(),
  mode: z.enum(['local', 'sso']),
  locale: localeSchema,
});

/** Compile-time guard: every BoardView the server builds is a value of the documented schema. */
type Assignable<T, U extends T> = U;
export type BoardViewConformsToSchema = Assignable<z.output<typeof boardViewSchema>, BoardView>;
export type MeViewConformsToSchema = Assignable<z.output<typeof meViewSchema>, MeView>;
export type FeedbackOverviewConformsToSchema = Assignable<
  z.output<typeof feedbackOverviewViewSchema>,
  FeedbackOverviewView
>;
