import { z } from 'zod';
import { trainingSessionChangeSchema, trainingSessionInputSchema } from '../rules/training-sessions';
import { MANAGEMENT_QUESTION_KEYS, STEP_KEYS } from '../card/ambassadors-card';
import { exitPlanSchema, termSchema } from '../model/ambassadorship';
import { cadenceSchema } from '../model/cadence';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema, userRefSchema } from '../model/common';
import {
  AGENDA_HEADINGS,
  agendaHeadingSchema,
  agreementTermsSchema,
  ambassadorTaskSchema,
  postingSchema,
  trainingModuleSchema,
} from '../model/programme';
import { stepStatusSchema } from '../model/step';
import { anonymityThresholdsInputSchema } from '../rules/feedback/anonymity-gate';
import { checkInInputSchema } from '../rules/feedback/check-ins';
import { decisionInputSchema } from '../rules/feedback/decisions';
import { WORKSHOP_TIMER_ACTIONS } from '../rules/workshop-timer';
import { meetingChangeSchema } from '../rules/meeting-record';
import { alignmentDraftInputSchema, alignmentScoreInputSchema } from '../rules/alignment-round';
import {
  groupAgreementInputSchema,
  openSituationAnswerInputSchema,
  openSituationInputSchema,
} from '../rules/feedback/open-situations';

/**
 * The request bodies of every write route of the tab's API (`/api/v1/programmes/:id/…`), as zod
 * schemas: the server validates with them, the tab types its forms with them, and the OpenAPI
 * document is generated from them. Objects are strict, so a client cannot smuggle in fields the
 * server would ignore (a `tenantId`, an `id`, a `by`): tenant, user and time always come from the
 * verified caller and the server clock.
 *
 * Updates of an existing document carry its ETag in the `If-Match` header (409 CONFLICT when it
 * no longer matches), not in the body.
 */

export const stepKeySchema = z.enum(STEP_KEYS);
export const managementQuestionKeySchema = z.enum(MANAGEMENT_QUESTION_KEYS);

/** The planning fields every step has. Omitted fields keep their value; null clears. */
const stepMetaInput = {
  owner: userRefSchema.nullable().optional(),
  dueDate: isoDateSchema.nullable().optional(),
  notes: longTextSchema.optional(),
};

/** PUT …/steps/:stepKey — one body shape per step: its planning fields plus its own content. */
export const stepUpdateBodySchemas = {
  taskPlan: z.strictObject({ ...stepMetaInput, tasks: z.array(ambassadorTaskSchema).max(50).optional() }),
  posting: z.strictObject({
    ...stepMetaInput,
    /** The posting's text; when it was published is the server's business (see `publish`). */
    posting: postingSchema.omit({ publishedAt: true }).nullable().optional(),
    /** true publishes the posting now (kept if already published); false takes it down. */
    publish: z.boolean().optional(),
    /** Employees the leaders encourage to apply; who invited and when is stamped by the server. */
    invitations: z
      .array(z.strictObject({ invitee: userRefSchema, note: z.string().trim().max(200).default('') }))
      .max(500)
      .optional(),
  }),
  agreement: z.strictObject({ ...stepMetaInput, template: agreementTermsSchema.nullable().optional() }),
  training: z.strictObject({ ...stepMetaInput, modules: z.array(trainingModuleSchema).max(50).optional() }),
  meetings: z.strictObject({
    ...stepMetaInput,
    cadence: cadenceSchema.nullable().optional(),
    agenda: z.array(agendaHeadingSchema).max(AGENDA_HEADINGS.length).optional(),
  }),
} as const;
export type StepUpdateBodies = {
  [K in keyof typeof stepUpdateBodySchemas]: z.infer<(typeof stepUpdateBodySchemas)[K]>;
};
export type StepUpdateBody = StepUpdateBodies[keyof StepUpdateBodies];
/** @deprecated the first name of StepUpdateBodies (kept while the tab moves over). */
export type StepUpdateInputs = StepUpdateBodies;

/** POST …/steps/:stepKey/override — a leader sets the status anyway, saying why. */
export const stepOverrideBodySchema = z.strictObject({
  status: stepStatusSchema,
  note: z.string().trim().min(1).max(1000),
});
export type StepOverrideBody = z.infer<typeof stepOverrideBodySchema>;

/** POST …/key-messages — publishes a new version of the key message. */
export const keyMessageBodySchema = z.strictObject({ text: z.string().trim().min(1).max(1000) });
export type KeyMessageBody = z.infer<typeof keyMessageBodySchema>;

/** POST …/management-answers/:key — appends an answer (who and when are stamped by the server). */
export const managementAnswerBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  /** Which of the group's questions it answers (0 for the first, the default). */
  question: z.number().int().min(0).max(9).optional(),
});
export type ManagementAnswerBody = z.infer<typeof managementAnswerBodySchema>;

/** POST …/applications — the caller applies to the posting. */
export const applicationBodySchema = z.strictObject({ motivation: z.string().trim().min(1).max(4000) });
export type ApplicationBody = z.infer<typeof applicationBodySchema>;

/** POST …/applications/:appId/decision — select (with a reason, optional term) or decline. */
export const applicationDecisionBodySchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('selected'),
    reason: z.string().trim().min(1).max(2000),
    term: termSchema.optional(),
  }),
  z.strictObject({
    outcome: z.literal('declined'),
    /** The leaders' internal note. */
    reason: z.string().trim().min(1).max(2000),
    /** What the applicant reads; blank or absent → the kind default in their language. */
    applicantMessage: z.string().max(2000).optional(),
  }),
]);
export type ApplicationDecisionBody = z.infer<typeof applicationDecisionBodySchema>;

/** POST …/ambassadors — a leader selects a person directly (e.g. one they invited), with a reason. */
export const selectAmbassadorBodySchema = z.strictObject({
  person: userRefSchema,
  reason: z.string().trim().min(1).max(2000),
  term: termSchema.optional(),
});
export type SelectAmbassadorBody = z.infer<typeof selectAmbassadorBodySchema>;

/** POST …/ambassadors/:ambId/agreement — proposes a new agreement version (If-Match: ambassadorship). */
export const agreementProposalBodySchema = z.strictObject({
  terms: agreementTermsSchema,
  term: termSchema,
  /** The leader's adjusted term length: the term then runs this many months from `term.start`. */
  termMonths: z.number().int().optional(),
});
export type AgreementProposalBody = z.infer<typeof agreementProposalBodySchema>;

/** POST …/ambassadors/:ambId/agreement/accept — the version the caller read and accepts. */
export const agreementAcceptBodySchema = z.strictObject({ version: z.number().int().min(1) });
export type AgreementAcceptBody = z.infer<typeof agreementAcceptBodySchema>;

/** POST …/ambassadors/:ambId/withdraw — an early end, with the reason. */
export const withdrawBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export type WithdrawBody = z.infer<typeof withdrawBodySchema>;

/** PATCH …/ambassadors/:ambId/exit — the planned exit (If-Match: ambassadorship). */
export const exitPlanBodySchema = z
  .strictObject({
    debriefDate: exitPlanSchema.shape.debriefDate.unwrap().optional(),
    debriefHeldAt: isoDateTimeSchema.nullable().optional(),
    handoverNotes: longTextSchema.optional(),
    thankedAt: isoDateTimeSchema.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');
export type ExitPlanBody = z.infer<typeof exitPlanBodySchema>;

const meetingNotesInput = z.strictObject(
  Object.fromEntries(AGENDA_HEADINGS.map((h) => [h, longTextSchema.optional()])) as {
    [K in (typeof AGENDA_HEADINGS)[number]]: z.ZodOptional<typeof longTextSchema>;
  },
);

/** POST …/meetings — plans a meeting. */
export const meetingCreateBodySchema = z.strictObject({
  kind: z.enum(['regular', 'alignment']),
  scheduledAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(15).max(480).default(60),
  joinUrl: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
  attendees: z.array(userRefSchema).max(200).default([]),
  notes: meetingNotesInput.optional(),
});
export type MeetingCreateBody = z.infer<typeof meetingCreateBodySchema>;

/**
 * PATCH …/meetings/:meetingId — move (scheduledAt), mark held, write notes, record who attended,
 * set the action items (If-Match: meeting). The rules of changeMeeting apply.
 */
export const meetingUpdateBodySchema = meetingChangeSchema.refine(
  (value) => Object.keys(value).length > 0,
  'nothing to change',
);
export type MeetingUpdateBody = z.input<typeof meetingUpdateBodySchema>;

/** POST …/meetings/generate — creates the rhythm's meetings for the year ahead (kind: see rhythmMeetingKind). */
export const meetingGenerateBodySchema = z.strictObject({
  kind: z.enum(['regular', 'alignment']).optional(),
});
export type MeetingGenerateBody = z.infer<typeof meetingGenerateBodySchema>;

/** POST …/meetings/:meetingId/cancel — cancels a planned meeting (If-Match: meeting). */
export const meetingCancelBodySchema = z.strictObject({});

/** POST …/meetings/:meetingId/key-message — publishes the alignment meeting's agreed message. */
export const meetingKeyMessageBodySchema = z.strictObject({});

/**
 * POST …/check-ins — an active ambassador's check-in: the domain's own input schema (progress,
 * challenges, successes, situations by theme, alignment 1–5, change course?). About situations and
 * themes, never named colleagues; the author is stored only as a keyed hash.
 */
export const checkInBodySchema = checkInInputSchema;
export type CheckInBody = z.input<typeof checkInBodySchema>;

/**
 * POST …/decisions — leaders answer a feedback theme: change course, keep course, or explain.
 * Leaders never see check-ins one by one, so they name only the theme; check-in ids are refused
 * (a link to single check-ins would let whoever knows an id confirm who wrote it).
 */
export const decisionBodySchema = decisionInputSchema;

/**
 * PUT …/settings/anonymity — leaders raise the anonymity thresholds (people behind a figure, and
 * behind free text); below 5 and 10 is refused.
 */
export const anonymitySettingsBodySchema = anonymityThresholdsInputSchema;
export type DecisionBody = z.infer<typeof decisionBodySchema>;

/** PUT …/workshop/items/:item/minutes — a leader gives one agenda item a new time box (the rest rebalance). */
export const workshopTimeBoxBodySchema = z.strictObject({ minutes: z.number().int() });

/** POST …/workshop/timer — the facilitator starts, pauses or moves the shared timer. */
export const workshopTimerBodySchema = z.strictObject({ action: z.enum(WORKSHOP_TIMER_ACTIONS) });

/**
 * POST …/workshop/finish — the workshop ends; in a meeting the tab sends the meeting chat's id
 * (from the Teams context) and the summary card goes there.
 */
export const workshopFinishBodySchema = z.strictObject({
  chatId: z.string().trim().min(1).max(400).nullable().optional(),
});
/** PUT …/meetings/:meetingId/alignment/draft — leaders save the draft of the next key message (If-Match: meeting). */
export const alignmentDraftBodySchema = alignmentDraftInputSchema;
/** PUT …/meetings/:meetingId/alignment/score — an active ambassador's one 1–5 score (a second replaces the first). */
export const alignmentScoreBodySchema = alignmentScoreInputSchema;
/** POST …/meetings/:meetingId/alignment/publish — publishes the round's draft as the key message. */
export const alignmentPublishBodySchema = z.strictObject({});
/**
 * POST …/undo — takes back one of the caller's own recent acts (rules/undo.ts): a decision on an
 * application, their own application withdrawal, a step status set by hand, or an ambassador's
 * withdrawal; with an optional reason kept in the history.
 */
const undoReason = z.string().trim().max(1000).optional();
export const undoBodySchema = z.discriminatedUnion('act', [
  z.strictObject({ act: z.literal('decision'), applicationId: idSchema, reason: undoReason }),
  z.strictObject({ act: z.literal('applicationWithdrawal'), applicationId: idSchema, reason: undoReason }),
  z.strictObject({ act: z.literal('stepOverride'), stepKey: z.enum(STEP_KEYS), reason: undoReason }),
  z.strictObject({ act: z.literal('ambassadorWithdrawal'), ambassadorshipId: idSchema, reason: undoReason }),
]);
export type UndoBody = z.infer<typeof undoBodySchema>;
/**
 * POST …/open-situations — an active ambassador raises a situation openly, beside the anonymous
 * pulse: a theme and the situation (never named colleagues), `named` or on behalf of the `group`
 * with the alignment meeting (`meetingId`) where the group agreed to raise the theme.
 */
export const openSituationBodySchema = openSituationInputSchema;
export type OpenSituationBody = z.input<typeof openSituationBodySchema>;

/** POST …/meetings/:meetingId/group-agreements — "the group agreed to raise: <theme>". */
export const groupAgreementBodySchema = groupAgreementInputSchema;
export type GroupAgreementBody = z.input<typeof groupAgreementBodySchema>;

/** POST …/open-situations/:situationId/answer — leaders answer it in "you said, we did". */
export const openSituationAnswerBodySchema = openSituationAnswerInputSchema;
export type OpenSituationAnswerBody = z.input<typeof openSituationAnswerBodySchema>;
/** POST …/training/sessions — a leader adds a session (day and time in the programme's zone). */
export const trainingSessionBodySchema = trainingSessionInputSchema;
/** PATCH …/training/sessions/:sessionId — only the fields sent change (If-Match: programme). */
export const trainingSessionUpdateBodySchema = trainingSessionChangeSchema;
/** PUT …/ambassadors/:ambId/training/sessions/:sessionId/attendance — a leader records attendance. */
export const sessionAttendanceBodySchema = z.strictObject({ attended: z.boolean() });
