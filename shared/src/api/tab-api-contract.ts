import type { z } from 'zod';
import type { StepKey } from '../card/ambassadors-card';
import type { userRefSchema } from '../model/common';
import type { Programme } from '../model/programme';
import type { PersonExport } from '../privacy/person-export';
import type { createProgrammeInputSchema } from '../programme/new-programme';
import type { PeoplePage } from '../ports/people-directory';
import type { ReminderPreview } from '../schedule/reminder-preview';
import type {
  ReminderReportList,
  RequeuedReminders,
  reminderResendBodySchema,
} from '../schedule/reminder-report-view';
import type { FeedbackOverview } from '../rules/feedback/feedback-aggregates';
import type { programmeSettingsChangeSchema } from '../rules/programme-settings';
import type {
  alignmentDraftBodySchema,
  alignmentPublishBodySchema,
  alignmentScoreBodySchema,
  agreementAcceptBodySchema,
  agreementProposalBodySchema,
  applicationBodySchema,
  applicationDecisionBodySchema,
  checkInBodySchema,
  decisionBodySchema,
  exitPlanBodySchema,
  keyMessageBodySchema,
  managementAnswerBodySchema,
  meetingCancelBodySchema,
  meetingCreateBodySchema,
  meetingGenerateBodySchema,
  meetingKeyMessageBodySchema,
  meetingUpdateBodySchema,
  stepOverrideBodySchema,
  stepUpdateBodySchemas,
  undoBodySchema,
  withdrawBodySchema,
  workshopFinishBodySchema,
  workshopTimeBoxBodySchema,
  workshopTimerBodySchema,
  groupAgreementBodySchema,
  openSituationAnswerBodySchema,
  openSituationBodySchema,
  trainingSessionBodySchema,
  trainingSessionUpdateBodySchema,
  sessionAttendanceBodySchema,
} from '../views/api-inputs';
import type { BoardView } from '../views/board-view';
import type {
  meetingActionItemBodySchema,
  meetingBindingBodySchema,
  meetingFocusBodySchema,
  meetingNoteBodySchema,
  meetingPresenceBodySchema,
} from '../rules/meeting-live';
import { route, type ContractMethod, type RouteContract } from './route-contract';

/** Where the tab's API lives; every contract path below is relative to it. */
export const TAB_API_ROOT = '/api/v1';

/** A programme as `GET /api/v1/programmes` lists it. */
export interface ProgrammeSummary {
  id: string;
  name: string;
  locale: string;
  purpose: string;
  updatedAt: string;
  /** Set once the programme is closed: the picker lists closed ones apart. */
  closedAt?: string | null;
}

/** Who may create programmes in the caller's tenant, and whether the caller may. */
export interface CreationPolicyAnswer {
  kind: 'everyone' | 'named' | 'admins';
  /** Tenant admins only: the people and groups named. */
  userIds?: string[];
  groupIds?: string[];
  mayCreate: boolean;
  mayChange: boolean;
}

/** What erasing a person touched, counted (never who else was named). */
export interface ErasureReport {
  userId: string;
  programmes: number;
  deleted: number;
  pseudonymised: number;
  unlinkedCheckIns: number;
  deliveryRecords: number;
}

/** The body of one step's update: its planning fields plus its own content (by step). */
export type StepUpdateInput = {
  [K in StepKey]: z.input<(typeof stepUpdateBodySchemas)[K]>;
}[StepKey];

/** The body of capturing a workshop outcome: the step route's body for a step, an answer for a question. */
export type WorkshopOutcomeInput = StepUpdateInput | z.input<typeof managementAnswerBodySchema>;

/** Response types by the name the server's route list documents them with. */
export interface TabApiResponses {
  BoardView: BoardView;
  ProgrammeList: { items: ProgrammeSummary[] };
  Programme: Programme;
  FeedbackOverview: FeedbackOverview;
  PersonExport: PersonExport;
  ErasureReport: ErasureReport;
  CreationPolicy: CreationPolicyAnswer;
  PeoplePage: PeoplePage;
  /** The report's renderings are not JSON: the client hands them over as they came. */
  ReportHtml: Blob;
  ReportPdf: Blob;
  ReportCsv: Blob;
  ReminderPreview: ReminderPreview;
  ReminderReport: ReminderReportList;
  Requeued: RequeuedReminders;
}
type Answer = keyof TabApiResponses;

/**
 * Every route the tab calls, by name: method, path, body and answer. The server registers these
 * routes from its own list; a test holds the two lists together, so a route renamed on one side
 * fails there, not in a user's browser. Bodies are the input side (`z.input`) of the schemas
 * the server validates with: what a client may send, defaults still optional.
 */
export const TAB_API = {
  listProgrammes: route()('GET', '/programmes', 'ProgrammeList'),
  createProgramme: route<z.input<typeof createProgrammeInputSchema>>()('POST', '/programmes', 'Programme'),
  creationPolicy: route()('GET', '/programme-creation-policy', 'CreationPolicy'),
  board: route()('GET', '/programmes/:id/board', 'BoardView'),
  updateStep: route<StepUpdateInput>()('PUT', '/programmes/:id/steps/:stepKey', 'BoardView'),
  overrideStepStatus: route<z.input<typeof stepOverrideBodySchema>>()(
    'POST',
    '/programmes/:id/steps/:stepKey/override',
    'BoardView',
  ),
  clearStepOverride: route()('DELETE', '/programmes/:id/steps/:stepKey/override', 'BoardView'),
  publishKeyMessage: route<z.input<typeof keyMessageBodySchema>>()(
    'POST',
    '/programmes/:id/key-messages',
    'BoardView',
  ),
  answerManagementQuestion: route<z.input<typeof managementAnswerBodySchema>>()(
    'POST',
    '/programmes/:id/management-answers/:key',
    'BoardView',
  ),
  apply: route<z.input<typeof applicationBodySchema>>()('POST', '/programmes/:id/applications', 'BoardView'),
  decideApplication: route<z.input<typeof applicationDecisionBodySchema>>()(
    'POST',
    '/programmes/:id/applications/:appId/decision',
    'BoardView',
  ),
  withdrawApplication: route<Record<string, never>>()(
    'POST',
    '/programmes/:id/applications/:appId/withdraw',
    'BoardView',
  ),
  proposeAgreement: route<z.input<typeof agreementProposalBodySchema>>()(
    'POST',
    '/programmes/:id/ambassadors/:ambId/agreement',
    'BoardView',
  ),
  acceptAgreement: route<z.input<typeof agreementAcceptBodySchema>>()(
    'POST',
    '/programmes/:id/ambassadors/:ambId/agreement/accept',
    'BoardView',
  ),
  completeModule: route()(
    'POST',
    '/programmes/:id/ambassadors/:ambId/training/:moduleId/complete',
    'BoardView',
  ),
  withdraw: route<z.input<typeof withdrawBodySchema>>()(
    'POST',
    '/programmes/:id/ambassadors/:ambId/withdraw',
    'BoardView',
  ),
  planExit: route<z.input<typeof exitPlanBodySchema>>()(
    'PATCH',
    '/programmes/:id/ambassadors/:ambId/exit',
    'BoardView',
  ),
  planMeeting: route<z.input<typeof meetingCreateBodySchema>>()(
    'POST',
    '/programmes/:id/meetings',
    'BoardView',
  ),
  updateMeeting: route<z.input<typeof meetingUpdateBodySchema>>()(
    'PATCH',
    '/programmes/:id/meetings/:meetingId',
    'BoardView',
  ),
  generateMeetings: route<z.input<typeof meetingGenerateBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/generate',
    'BoardView',
  ),
  cancelMeeting: route<z.input<typeof meetingCancelBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/cancel',
    'BoardView',
  ),
  deleteMeeting: route()('DELETE', '/programmes/:id/meetings/:meetingId', 'BoardView'),
  publishMeetingKeyMessage: route<z.input<typeof meetingKeyMessageBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/key-message',
    'BoardView',
  ),
  closeProgramme: route()('POST', '/programmes/:id/close', 'BoardView'),
  reopenProgramme: route()('POST', '/programmes/:id/reopen', 'BoardView'),
  reportHtml: route()('GET', '/programmes/:id/report/html', 'ReportHtml'),
  reportPdf: route()('GET', '/programmes/:id/report/pdf', 'ReportPdf'),
  reportCsv: route()('GET', '/programmes/:id/report/csv', 'ReportCsv'),
  searchPeople: route()('GET', '/programmes/:id/people', 'PeoplePage'),
  checkIn: route<z.input<typeof checkInBodySchema>>()('POST', '/programmes/:id/check-ins', 'BoardView'),
  recordDecision: route<z.input<typeof decisionBodySchema>>()(
    'POST',
    '/programmes/:id/decisions',
    'BoardView',
  ),
  feedbackOverview: route()('GET', '/programmes/:id/feedback/overview', 'FeedbackOverview'),
  changeSettings: route<z.input<typeof programmeSettingsChangeSchema>>()(
    'PUT',
    '/programmes/:id/settings',
    'BoardView',
  ),
  addOwner: route<z.input<typeof userRefSchema>>()('POST', '/programmes/:id/owners', 'BoardView'),
  removeOwner: route()('DELETE', '/programmes/:id/owners/:userId', 'BoardView'),
  exportMyData: route()('GET', '/me/export', 'PersonExport'),
  eraseInTenant: route<Pick<z.input<typeof userRefSchema>, 'userId'>>()(
    'POST',
    '/admin/erase',
    'ErasureReport',
  ),
  eraseInProgramme: route<Pick<z.input<typeof userRefSchema>, 'userId'>>()(
    'POST',
    '/programmes/:id/erasure',
    'ErasureReport',
  ),
  bindTeamsMeeting: route<z.input<typeof meetingBindingBodySchema>>()(
    'POST',
    '/programmes/:id/meeting-bindings',
    'BoardView',
  ),
  addMeetingNote: route<z.input<typeof meetingNoteBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/notes',
    'BoardView',
  ),
  setMeetingPresence: route<z.input<typeof meetingPresenceBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/presence',
    'BoardView',
  ),
  addMeetingActionItem: route<z.input<typeof meetingActionItemBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/action-items',
    'BoardView',
  ),
  setMeetingFocus: route<z.input<typeof meetingFocusBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/focus',
    'BoardView',
  ),
  workshop: route()('GET', '/programmes/:id/workshop', 'BoardView'),
  prepareWorkshop: route()('POST', '/programmes/:id/workshop', 'BoardView'),
  setWorkshopTimeBox: route<z.input<typeof workshopTimeBoxBodySchema>>()(
    'PUT',
    '/programmes/:id/workshop/items/:item/minutes',
    'BoardView',
  ),
  workshopTimer: route<z.input<typeof workshopTimerBodySchema>>()(
    'POST',
    '/programmes/:id/workshop/timer',
    'BoardView',
  ),
  captureWorkshopOutcome: route<WorkshopOutcomeInput>()(
    'POST',
    '/programmes/:id/workshop/outcomes/:item',
    'BoardView',
  ),
  finishWorkshop: route<z.input<typeof workshopFinishBodySchema>>()(
    'POST',
    '/programmes/:id/workshop/finish',
    'BoardView',
  ),
  saveAlignmentDraft: route<z.input<typeof alignmentDraftBodySchema>>()(
    'PUT',
    '/programmes/:id/meetings/:meetingId/alignment/draft',
    'BoardView',
  ),
  giveAlignmentScore: route<z.input<typeof alignmentScoreBodySchema>>()(
    'PUT',
    '/programmes/:id/meetings/:meetingId/alignment/score',
    'BoardView',
  ),
  publishAlignmentDraft: route<z.input<typeof alignmentPublishBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/alignment/publish',
    'BoardView',
  ),
  reminderPreview: route()('GET', '/programmes/:id/reminders/preview', 'ReminderPreview'),
  reminderReport: route()('GET', '/programmes/:id/reminders/report', 'ReminderReport'),
  resendReminders: route<z.input<typeof reminderResendBodySchema>>()(
    'POST',
    '/programmes/:id/reminders/resend',
    'Requeued',
  ),
  undo: route<z.input<typeof undoBodySchema>>()('POST', '/programmes/:id/undo', 'BoardView'),
  raiseOpenSituation: route<z.input<typeof openSituationBodySchema>>()(
    'POST',
    '/programmes/:id/open-situations',
    'BoardView',
  ),
  recordGroupAgreement: route<z.input<typeof groupAgreementBodySchema>>()(
    'POST',
    '/programmes/:id/meetings/:meetingId/group-agreements',
    'BoardView',
  ),
  answerOpenSituation: route<z.input<typeof openSituationAnswerBodySchema>>()(
    'POST',
    '/programmes/:id/open-situations/:situationId/answer',
    'BoardView',
  ),
  addTrainingSession: route<z.input<typeof trainingSessionBodySchema>>()(
    'POST',
    '/programmes/:id/training/sessions',
    'BoardView',
  ),
  updateTrainingSession: route<z.input<typeof trainingSessionUpdateBodySchema>>()(
    'PATCH',
    '/programmes/:id/training/sessions/:sessionId',
    'BoardView',
  ),
  removeTrainingSession: route()('DELETE', '/programmes/:id/training/sessions/:sessionId', 'BoardView'),
  recordSessionAttendance: route<z.input<typeof sessionAttendanceBodySchema>>()(
    'PUT',
    '/programmes/:id/ambassadors/:ambId/training/sessions/:sessionId/attendance',
    'BoardView',
  ),
} as const satisfies Record<string, RouteContract<ContractMethod, string, unknown, Answer>>;

export type TabApiContract = typeof TAB_API;
export type TabRouteName = keyof TabApiContract;

/** What a route answers with, from its documented response name. */
export type ResponseOf<C> = C extends { response: infer R extends Answer } ? TabApiResponses[R] : never;
