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
import { feedbackSnapshotSchema } from '../model/closure';
import { isoDateSchema, isoDateTimeSchema, localeSchema, stampSchema, userRefSchema } from '../model/common';
import { DECISION_OUTCOMES } from '../model/decision';
import { actionItemSchema, meetingNoteEntrySchema } from '../model/meeting';
import { OPEN_SITUATION_RAISED_AS } from '../model/open-situation';
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
import { WORKSHOP_ITEM_KEYS, WORKSHOP_SUMMARY_OUTCOMES } from '../model/workshop';
import { UNDOABLE_ACTS, undoneActSchema } from '../model/undo';
import { AGREEMENT_SIDES } from '../rules/agreement';
import { PROGRAMME_ACTIONS, PROGRAMME_ROLES } from '../rules/roles';
import { STEP_MISSING_CODES } from '../rules/step-status';
import type { FeedbackOverview } from '../rules/feedback/feedback-aggregates';
import { guidanceViewSchema } from '../guidance/guidance-view-schema';

/**
 * The board view as zod schemas, its one source: the TypeScript types in board-view.ts are
 * their `z.output`, the OpenAPI document's response schemas are generated from them, and the API
 * tests parse real responses with them (strict objects), so the type the server builds, the
 * documented shape and the served shape cannot drift apart. The tab imports the types only
 * (`import type`), so zod stays out of its bundle.
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

/** The domain's agreement status of one ambassadorship. */
export const agreementStatusViewSchema = z.strictObject({
  /** Null when no version has been proposed yet. */
  currentVersion: z.number().int().nullable(),
  ambassadorAccepted: z.boolean(),
  leaderAccepted: z.boolean(),
  fullyAccepted: z.boolean(),
  /** Sides that still have to accept the current version (empty when there is none). */
  pendingSides: z.array(z.enum(AGREEMENT_SIDES)),
});

/** "3 of 4 required": the completion rule's figures (training-completion.ts). */
export const trainingProgressViewSchema = z.strictObject({
  done: z.number().int(),
  total: z.number().int(),
  complete: z.boolean(),
  openModules: z.array(z.string()),
  openSessions: z.array(z.string()),
});

/** A step 4 session; leaders also see, once it started, who attended (null: not recorded yet). */
export const trainingSessionViewSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: isoDateTimeSchema,
  durationMinutes: z.number().int(),
  place: z.string(),
  onlineUrl: z.string().nullable(),
  required: z.boolean(),
  /** Attendance can be recorded from its start (session-started.ts). */
  started: z.boolean(),
  attendance: z
    .array(
      z.strictObject({ ambassadorshipId: z.string(), name: z.string(), attended: z.boolean().nullable() }),
    )
    .optional(),
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
  /** Leaders and ambassadors only. */
  notes: z
    .strictObject(
      Object.fromEntries(AGENDA_HEADINGS.map((h) => [h, z.string()])) as {
        [K in (typeof AGENDA_HEADINGS)[number]]: z.ZodString;
      },
    )
    .optional(),
  /** Leaders only (PATCH …/meetings/:meetingId). */
  etag: etagSchema.optional(),
  /** The Teams meeting bound to this record (the side panel finds its record by it). */
  teamsMeetingId: z.string().nullable(),
  /** The agenda heading in focus on the stage. */
  focus: agendaHeadingSchema.nullable(),
  /** Whether the caller is marked present (their "I'm here"). */
  callerPresent: z.boolean(),
  /** Notes written live in the meeting; leaders and ambassadors only, like `notes`. */
  noteEntries: z.array(meetingNoteEntrySchema).optional(),
  /** Alignment meetings, for leaders and ambassadors: the round, its figure only through the gate. */
  alignmentRound: z
    .strictObject({
      /** The draft of the next key message (leaders edit it). */
      draft: z.string(),
      /** Different people who scored so far (a count, never who). */
      people: z.number().int(),
      /** People needed before the figure shows (the check-ins' anonymity threshold). */
      minimum: z.number().int(),
      /** Null until `minimum` different people scored. */
      aggregate: z
        .strictObject({
          mean: z.number(),
          distribution: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
          people: z.number().int(),
        })
        .nullable(),
      /** The caller's own score, only ever to the caller. */
      ownScore: z.number().int().min(1).max(5).nullable(),
      /** Whether the caller may score now (an active ambassador, round open). */
      canScore: z.boolean(),
      /** The key message this meeting published, once it did. */
      publishedText: z.string().nullable(),
    })
    .optional(),
});

export const applicationViewSchema = z.strictObject({
  id: z.string(),
  applicant: userRefSchema,
  motivation: z.string(),
  invited: z.boolean(),
  submittedAt: isoDateTimeSchema,
  decision: z
    .strictObject({
      outcome: selectionOutcomeSchema,
      /** The leaders' internal note. */
      reason: z.string(),
      /** What the applicant reads; absent → the kind default in their language. */
      applicantMessage: z.string().optional(),
    })
    .and(stampSchema)
    .nullable(),
  withdrawnAt: isoDateTimeSchema.nullable(),
  /** Earlier rounds of this person's application (declined or withdrawn). */
  earlier: z.array(
    z.strictObject({
      motivation: z.string(),
      submittedAt: isoDateTimeSchema,
      outcome: z.enum(['declined', 'withdrawn']),
      at: isoDateTimeSchema,
    }),
  ),
});

/**
 * The caller's own application, as the applicant may see it: the outcome and the message meant
 * for them (null → the kind default, `applicantMessageOf`), never the leaders' internal note.
 */
export const myApplicationViewSchema = z.strictObject({
  id: z.string(),
  motivation: z.string(),
  submittedAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
  decision: z
    .strictObject({ outcome: selectionOutcomeSchema, message: z.string().nullable(), at: isoDateTimeSchema })
    .nullable(),
  /** Whether the caller can still withdraw it (pending, not decided). */
  canWithdraw: z.boolean(),
});

/**
 * The workshop as every client shows it: the agenda with its time boxes, the shared timer (with
 * `generatedAt`, the remaining time follows from the server's clock) and what was captured.
 */
export const workshopViewSchema = z.strictObject({
  id: z.string(),
  sessionMinutes: z.number().int(),
  items: z.array(
    z.strictObject({
      key: z.enum(WORKSHOP_ITEM_KEYS),
      minutes: z.number().int(),
      capturedAt: isoDateTimeSchema.nullable(),
    }),
  ),
  timer: z.strictObject({
    focus: z.number().int(),
    runningSince: isoDateTimeSchema.nullable(),
    remainingMs: z.number().int(),
  }),
  startedAt: isoDateTimeSchema.nullable(),
  finishedAt: isoDateTimeSchema.nullable(),
  chatId: z.string().nullable(),
  /** Where the summary went when it finished: into the meeting chat ('sent'), or not (copy it from the tab). */
  summary: z.enum(WORKSHOP_SUMMARY_OUTCOMES).nullable(),
  /** What was captured per step and question, in the programme's language (the summary card's lines). */
  summaryLines: z.array(z.strictObject({ key: z.string(), title: z.string(), text: z.string() })),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const programmeHeaderViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  targetGroup: z.string(),
  locale: localeSchema,
  timeZone: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  owners: z.array(userRefSchema),
  /** Leaders only. */
  settings: programmeSettingsSchema.optional(),
  /** Leaders only: who changed which setting or owner, and when (newest last). */
  settingsHistory: z.array(settingsHistoryEntrySchema).optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Send as `If-Match` on every update of programme content (steps, overrides, key messages, answers). */
  etag: etagSchema,
});

/**
 * One of the five steps as the domain's `describeSteps` derives it (status, derived status,
 * override, missing codes such as 'noTasks' or 'agreementsPending', progress, due date, overdue),
 * plus the step's planning fields.
 */
export const stepStateViewSchema = z.strictObject({
  key: z.enum(STEP_KEYS),
  status: stepStatusSchema,
  derivedStatus: stepStatusSchema,
  override: overrideSchema,
  missing: z.array(z.enum(STEP_MISSING_CODES)),
  progress: z.strictObject({ done: z.number().int(), total: z.number().int() }),
  dueDate: isoDateSchema.nullable(),
  /** The step's due date has passed and it is not done. */
  overdue: z.boolean(),
  owner: userRefSchema.nullable(),
  notes: z.string(),
});

export const postingViewSchema = z.strictObject({
  posting: postingSchema.nullable(),
  /** Published and the application deadline (in the programme's zone) has not passed. */
  open: z.boolean(),
  /** Leaders only: the employees they encouraged to apply. */
  invitations: z.array(invitationSchema).optional(),
  /** Whether the caller can apply now (open, not yet applied, not already an ambassador). */
  canApply: z.boolean(),
  /** The shortest motivation an application takes (`applicationMotivationMinChars`), for the form's hint. */
  motivationMinChars: z.number().int(),
});

export const ambassadorViewSchema = z.strictObject({
  /** The ambassadorship id (route parameter `:ambId`). */
  id: z.string(),
  person: userRefSchema,
  state: z.enum(['candidate', 'active']),
  term: termSchema,
  /** Days until the term ends, in the programme's zone (negative when past). */
  daysLeft: z.number().int(),
  /** Term ends within 30 days: the board's "upcoming exits" watch-out. */
  termEndingSoon: z.boolean(),
  activatedAt: isoDateTimeSchema.nullable(),
  /** Leaders only: agreement status (colleagues do not see each other's paperwork). */
  agreement: agreementStatusViewSchema.optional(),
  /** Leaders only: training progress (no per-person progress for anyone else). */
  training: trainingProgressViewSchema.optional(),
  /** Leaders only: why this person was chosen (management question "why these ambassadors?"). */
  selectionReason: z.string().optional(),
  /** Leaders only: the planned exit so far (debrief, thanks, hand-over), for terms ending soon. */
  exit: exitPlanSchema.optional(),
  /** Leaders only: the ambassadorship's ETag (agreement proposals, exit plan). */
  etag: etagSchema.optional(),
  /** Leaders only: the term a new agreement version proposes by default (never in the past). */
  proposalTerm: termSchema.optional(),
});

export const formerAmbassadorViewSchema = z.strictObject({
  id: z.string(),
  person: userRefSchema,
  state: z.enum(['ended', 'withdrawn']),
  term: termSchema,
  endedAt: isoDateTimeSchema.nullable(),
  /** The last day of the role in the programme's zone: the term's end, or the withdrawal day. */
  endedOn: isoDateSchema,
  withdrawal: z.strictObject({ reason: z.string() }).and(stampSchema).nullable(),
  exit: exitPlanSchema,
  etag: etagSchema,
});

/** What the check-in form tells the ambassador: who sees the answers, from how many people, deleted when. */
export const checkInPrivacyViewSchema = z.strictObject({
  /** Who can ever read the answers (as aggregates): the programme's leaders. */
  visibleTo: z.literal('leaders'),
  /** Figures appear only when this many different ambassadors have answered. */
  minimumAnswers: z.number().int(),
  /** Free text appears only when this many different ambassadors have answered. */
  minimumFreeText: z.number().int(),
  retentionMonthsAfterTerm: z.number().int(),
  /** The latest moment this ambassador's check-ins are deleted (earlier if the term ends early). */
  deletedBy: isoDateTimeSchema,
  /** One check-in per this many days. */
  intervalDays: z.number().int(),
});

export const myAmbassadorshipViewSchema = z.strictObject({
  id: z.string(),
  state: ambassadorshipStateSchema,
  term: termSchema,
  daysLeft: z.number().int(),
  agreement: z.strictObject({
    versions: z.array(agreementVersionSchema),
    ambassadorAcceptances: z.array(acceptanceSchema),
    leaderAcceptances: z.array(acceptanceSchema),
    status: agreementStatusViewSchema,
    /** The version to send to `…/agreement/accept` (the current one), or null when none yet. */
    current: agreementVersionSchema.nullable(),
  }),
  training: z.strictObject({
    modules: z.array(
      z.strictObject({ module: trainingModuleSchema, completedAt: isoDateTimeSchema.nullable() }),
    ),
    progress: trainingProgressViewSchema,
    /** What the leaders recorded for each session (null: nothing yet). */
    sessions: z.array(z.strictObject({ sessionId: z.string(), attended: z.boolean().nullable() })),
    /** The next required item to do: the earliest session still ahead, else the first open module. */
    next: z
      .strictObject({ kind: z.enum(['session', 'module']), id: z.string(), title: z.string() })
      .nullable(),
  }),
  nextMeetings: z.array(meetingViewSchema),
  /** Only active ambassadors can send a check-in. */
  canCheckIn: z.boolean(),
  checkInPrivacy: checkInPrivacyViewSchema,
  exit: exitPlanSchema,
  etag: etagSchema,
});

/** The planned alignment meeting, or (source 'due') the computed monthly due date, maybe overdue. */
export const nextAlignmentMeetingViewSchema = z.strictObject({
  source: z.enum(['planned', 'due']),
  at: isoDateTimeSchema,
  meetingId: z.string().nullable(),
  overdue: z.boolean(),
});

export const youSaidWeDidViewSchema = z.strictObject({
  id: z.string(),
  theme: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  explanation: z.string(),
  /** How many check-ins named the theme — present only when enough people did (never which ones). */
  checkInCount: z.number().int().optional(),
  by: userRefSchema,
  at: isoDateTimeSchema,
  /** Present when it answers an open situation: named or the group's (never who, for the pulse). */
  openSituation: z.enum(OPEN_SITUATION_RAISED_AS).optional(),
});

/** A closed programme as everybody in it sees it; the kept feedback figures for leaders only. */
export const programmeClosureViewSchema = z.strictObject({
  closedAt: isoDateTimeSchema,
  /** The local day it was closed, in the programme's zone. */
  closedOn: isoDateSchema,
  closedBy: userRefSchema,
  /** The last local day a leader can reopen it. */
  reopenUntil: isoDateSchema,
  canReopen: z.boolean(),
  /** Leaders only: the feedback figures that were visible at the close (numbers only). */
  feedbackSnapshot: feedbackSnapshotSchema.optional(),
});

/** An open situation as leaders and the ambassadors it concerns see it, with the leaders' answer. */
export const openSituationViewSchema = z.strictObject({
  id: z.string(),
  raisedAs: z.enum(OPEN_SITUATION_RAISED_AS),
  /** Who raised it; null: "the ambassador group". */
  raisedBy: userRefSchema.nullable(),
  theme: z.string(),
  situation: z.string(),
  raisedAt: isoDateTimeSchema,
  /** For the group's: the alignment meeting where the group agreed to raise it, and when it was. */
  meetingId: z.string().nullable(),
  meetingAt: isoDateTimeSchema.nullable(),
  /** Whether the caller raised it (named): the tab says "you". */
  mine: z.boolean(),
  answer: z
    .strictObject({
      outcome: z.enum(DECISION_OUTCOMES),
      explanation: z.string(),
      by: userRefSchema,
      at: isoDateTimeSchema,
    })
    .nullable(),
});

/** An alignment meeting that has started (not cancelled) with the themes the group agreed there to raise. */
export const groupAgreementMeetingViewSchema = z.strictObject({
  meetingId: z.string(),
  scheduledAt: isoDateTimeSchema,
  etag: etagSchema,
  agreements: z.array(
    z.strictObject({
      id: z.string(),
      theme: z.string(),
      recordedBy: userRefSchema,
      recordedAt: isoDateTimeSchema,
    }),
  ),
});

/**
 * `GET /api/v1/programmes/:id/board`, cut down to what the caller's role may see (see
 * board-view.ts for the role contract).
 */
export const boardViewSchema = z.strictObject({
  programme: programmeHeaderViewSchema,
  role: z.enum(PROGRAMME_ROLES),
  /** The card as data (texts in both languages); the tab picks the language. */
  card: cultureCardSchema,
  /** The five steps in card order, with status, owner, due date, progress and what is missing. */
  steps: z.array(stepStateViewSchema),
  /** Step 1 content. */
  taskPlan: z.strictObject({ tasks: z.array(ambassadorTaskSchema) }),
  /** Step 2 content. */
  posting: postingViewSchema,
  /** Step 3 template (leaders only): where each ambassador's agreement starts. */
  agreementTemplate: agreementTermsSchema.nullable().optional(),
  /** Step 4 content. */
  trainingModules: z.array(trainingModuleSchema),
  /** Step 5 plan: cadence and standing agenda. */
  meetingPlan: z.strictObject({
    cadence: cadenceSchema.nullable(),
    agenda: z.array(agendaHeadingSchema),
    /** Leaders only: how many meetings of the rhythm "Create the meetings" would add. */
    rhythmToCreate: z.number().int().min(0).optional(),
    /** Leaders only: the people attendance and action items can name. */
    people: z.array(userRefSchema).optional(),
  }),
  /**
   * Current ambassadors (candidate and active). Former ambassadors are never listed here: the
   * card's "unwanted positioning". Employees see active ambassadors only.
   */
  ambassadors: z.array(ambassadorViewSchema),
  /** Leaders only: ended/withdrawn ambassadorships, for the planned exit (debrief, thanks, hand-over). */
  formerAmbassadors: z.array(formerAmbassadorViewSchema).optional(),
  /** The caller's own candidate/active ambassadorship (ambassadors only). */
  myAmbassadorship: myAmbassadorshipViewSchema.optional(),
  /** Leaders only: every application with its decision. */
  applications: z.array(applicationViewSchema).optional(),
  /** Employees (and anyone who applied): the caller's own application, if any. */
  myApplication: myApplicationViewSchema.nullable().optional(),
  /** Upcoming and recent meetings; notes only for leaders and ambassadors. */
  meetings: z.strictObject({ upcoming: z.array(meetingViewSchema), recent: z.array(meetingViewSchema) }),
  /** Watch-out "align the messages". */
  keyMessage: keyMessageSchema.nullable(),
  nextAlignmentMeeting: nextAlignmentMeetingViewSchema.nullable(),
  alignmentRequired: z.boolean(),
  /** Watch-out "get feedback along the way": leaders' answers to themes, newest first. */
  youSaidWeDid: z.array(youSaidWeDidViewSchema),
  /** Leaders only: the management team's three questions with their answers (appended, stamped). */
  managementAnswers: z
    .strictObject(
      Object.fromEntries(MANAGEMENT_QUESTION_KEYS.map((key) => [key, z.array(managementAnswerSchema)])) as {
        [K in (typeof MANAGEMENT_QUESTION_KEYS)[number]]: z.ZodArray<typeof managementAnswerSchema>;
      },
    )
    .optional(),
  /**
   * Leaders only: the number of live check-ins, present only when enough different people sent
   * them (`anonymityMinAnswers`); the overview itself is `GET …/feedback/overview`.
   */
  checkInCount: z.number().int().optional(),
  /** What the caller may do (action names from the domain's permission table, e.g. 'programme:edit'). */
  permissions: z.array(z.enum(PROGRAMME_ACTIONS)),
  /** "What now": the caller's next actions (their role's only) and the health lines. */
  guidance: guidanceViewSchema,
  /** When the view was built (server time, ISO); days-left figures are relative to it. */
  generatedAt: isoDateTimeSchema,
  /** Null while the programme runs; once closed, the board is read-only and says so. */
  closure: programmeClosureViewSchema.nullable(),
  /** The card's management workshop (absent: never prepared); everyone of the programme sees it. */
  workshop: workshopViewSchema.optional(),
  /** The caller's own acts they may still undo, each until when (absent: none). */
  undo: z
    .array(z.strictObject({ act: z.enum(UNDOABLE_ACTS), target: z.string(), until: isoDateTimeSchema }))
    .optional(),
  /** Undone acts, newest first (leaders: all; others: their own withdrawals taken back); absent: none. */
  undoHistory: z
    .array(undoneActSchema.extend({ subject: z.string(), name: z.string().nullable() }).strict())
    .optional(),
  /**
   * Leaders: every open situation (with who raised it, or the group); ambassadors: their own and
   * the group's. Absent for employees. Never part of the anonymous aggregates.
   */
  openSituations: z.array(openSituationViewSchema).optional(),
  /** Leaders and ambassadors: recent alignment meetings where the group can agree to raise a theme. */
  groupAgreementMeetings: z.array(groupAgreementMeetingViewSchema).optional(),
  /** Step 4 sessions, by start. */
  trainingSessions: z.array(trainingSessionViewSchema),
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

/** `GET /api/v1/me`: who the server thinks the caller is. */
export const meViewSchema = z.strictObject({
  user: userRefSchema,
  tenantId: z.string(),
  /** 'local' = demo identity on loopback; 'sso' = verified Teams token. */
  mode: z.enum(['local', 'sso']),
  locale: localeSchema,
});

/** Compile-time guard: the overview the feedback rules compute is a value of its documented view. */
type Assignable<T, U extends T> = U;
export type FeedbackOverviewConformsToSchema = Assignable<
  z.output<typeof feedbackOverviewViewSchema>,
  FeedbackOverview
>;
