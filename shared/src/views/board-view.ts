import type { AMBASSADORS_CARD, ManagementQuestionKey } from '../card/ambassadors-card';
import type { Locale } from '../i18n/locale';
import type {
  AgreementVersion,
  Acceptance,
  AmbassadorshipState,
  ExitPlan,
  Term,
} from '../model/ambassadorship';
import type { Cadence } from '../model/cadence';
import type { ActionItem } from '../model/meeting';
import type { Stamp, UserRef } from '../model/common';
import type { Decision } from '../model/decision';
import type {
  AgendaHeading,
  AgreementTerms,
  AmbassadorTask,
  Invitation,
  KeyMessage,
  ManagementAnswer,
  Posting,
  TrainingModule,
} from '../model/programme';
import type { SettingsHistoryEntry } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import type { AgreementStatus } from '../rules/agreement';
import type { CheckInPrivacy, FeedbackOverview } from '../rules/feedback';
import type { ProgrammeAction, ProgrammeRole } from '../rules/roles';
import type { StepState } from '../rules/step-status';

/**
 * What the board API (`GET /api/v1/programmes/:id/board`) returns: one JSON document per caller,
 * already cut down to what the caller's role may see. The server builds it (bot/src/api), the tab
 * renders it; the tab never has to hide data itself, it only reflects `role` and `permissions`.
 *
 * Field presence is the role contract:
 * - leaders get everything, including `applications`, `managementAnswers`, `formerAmbassadors`,
 *   selection reasons and the agreement template;
 * - ambassadors additionally get `myAmbassadorship` (their agreement, training and meetings);
 * - employees get the programme, the posting, the current ambassadors (names and terms only),
 *   the key message and `myApplication`.
 * Optional fields are ABSENT (not null) when the role may not see them.
 *
 * Every write route of the API (`POST/PUT/PATCH/DELETE /api/v1/programmes/:id/…`) answers with the
 * updated BoardView too, so the tab re-renders from the server's state after each save. Updates
 * of an existing document send its `etag` (from this view) as `If-Match`; 409 CONFLICT means
 * someone else saved first — nothing was written, keep the user's input and reload the board.
 */
export type BoardRole = ProgrammeRole;

/** Every ETag the tab must send back as `If-Match` when it updates that document. */
export type ETag = string;

export interface BoardView {
  programme: ProgrammeHeaderView;
  role: BoardRole;
  /** The card as data (texts in both languages); the tab picks the language. */
  card: typeof AMBASSADORS_CARD;
  /** The five steps in card order, with status, owner, due date, progress and what is missing. */
  steps: StepStateView[];
  /** Step 1 content. */
  taskPlan: { tasks: AmbassadorTask[] };
  /** Step 2 content. */
  posting: PostingView;
  /** Step 3 template (leaders only): where each ambassador's agreement starts. */
  agreementTemplate?: AgreementTerms | null;
  /** Step 4 content. */
  trainingModules: TrainingModule[];
  /** Step 5 plan: cadence and standing agenda. */
  meetingPlan: {
    cadence: Cadence | null;
    agenda: AgendaHeading[];
    /** Leaders only: how many meetings "create the rhythm's meetings" would add now. */
    rhythmToCreate?: number;
    /** Leaders only: who attendance and action items can name (owners, ambassadors past and present). */
    people?: UserRef[];
  };
  /**
   * Current ambassadors (candidate and active). Former ambassadors are never listed here: the
   * card's "unwanted positioning". Employees see active ambassadors only.
   */
  ambassadors: AmbassadorView[];
  /** Leaders only: ended/withdrawn ambassadorships, for the planned exit (debrief, thanks, hand-over). */
  formerAmbassadors?: FormerAmbassadorView[];
  /** The caller's own candidate/active ambassadorship (ambassadors only). */
  myAmbassadorship?: MyAmbassadorshipView;
  /** Leaders only: every application with its decision. */
  applications?: ApplicationView[];
  /** Employees (and anyone who applied): the caller's own application, if any. */
  myApplication?: ApplicationView | null;
  /** Upcoming and recent meetings; notes only for leaders and ambassadors. */
  meetings: { upcoming: MeetingView[]; recent: MeetingView[] };
  /** Watch-out "align the messages". */
  keyMessage: KeyMessage | null;
  nextAlignmentMeeting: NextAlignmentMeetingView | null;
  alignmentRequired: boolean;
  /** Watch-out "get feedback along the way": leaders' answers to themes, newest first. */
  youSaidWeDid: YouSaidWeDidView[];
  /** Leaders only: the management team's three questions with their answers (appended, stamped). */
  managementAnswers?: Record<ManagementQuestionKey, ManagementAnswer[]>;
  /**
   * Leaders only: the number of live check-ins, present only when enough different people sent
   * them (`anonymityMinAnswers`); the overview itself is `GET …/feedback/overview`.
   */
  checkInCount?: number;
  /** What the caller may do (action names from the domain's permission table, e.g. 'programme:edit'). */
  permissions: ProgrammeAction[];
  /** When the view was built (server time, ISO); days-left figures are relative to it. */
  generatedAt: string;
}

export interface ProgrammeHeaderView {
  id: string;
  name: string;
  purpose: string;
  targetGroup: string;
  locale: Locale;
  timeZone: string;
  startDate: string;
  endDate: string | null;
  owners: UserRef[];
  /** Leaders only. */
  settings?: ProgrammeSettings;
  /** Leaders only: who changed which setting or owner, and when (newest last). */
  settingsHistory?: SettingsHistoryEntry[];
  createdAt: string;
  updatedAt: string;
  /** Send as `If-Match` on every update of programme content (steps, overrides, key messages, answers). */
  etag: ETag;
}

/**
 * One of the five steps as the domain's `describeSteps` derives it (status, derived status,
 * override, missing codes such as 'noTasks' or 'agreementsPending', progress, due date, overdue),
 * plus the step's planning fields.
 */
export type StepStateView = StepState & { owner: UserRef | null; notes: string };

export interface PostingView {
  posting: Posting | null;
  /** Published and the application deadline (in the programme's zone) has not passed. */
  open: boolean;
  /** Leaders only: the employees they encouraged to apply. */
  invitations?: Invitation[];
  /** Whether the caller can apply now (open, not yet applied, not already an ambassador). */
  canApply: boolean;
}

export type AgreementStatusView = AgreementStatus;

export interface TrainingProgressView {
  done: number;
  total: number;
  openModules: string[];
}

export interface AmbassadorView {
  /** The ambassadorship id (route parameter `:ambId`). */
  id: string;
  person: UserRef;
  state: Extract<AmbassadorshipState, 'candidate' | 'active'>;
  term: Term;
  /** Days until the term ends, in the programme's zone (negative when past). */
  daysLeft: number;
  /** Term ends within 30 days: the board's "upcoming exits" watch-out. */
  termEndingSoon: boolean;
  activatedAt: string | null;
  /** Leaders only: agreement status (colleagues do not see each other's paperwork). */
  agreement?: AgreementStatusView;
  /** Leaders only: training progress (no per-person progress for anyone else). */
  training?: TrainingProgressView;
  /** Leaders only: why this person was chosen (management question "why these ambassadors?"). */
  selectionReason?: string;
  /** Leaders only: the planned exit so far (debrief, thanks, hand-over), for terms ending soon. */
  exit?: ExitPlan;
  /** Leaders only: the ambassadorship's ETag (agreement proposals, exit plan). */
  etag?: ETag;
  /** Leaders only: the term a new agreement version proposes by default (never in the past). */
  proposalTerm?: Term;
}

export interface FormerAmbassadorView {
  id: string;
  person: UserRef;
  state: Extract<AmbassadorshipState, 'ended' | 'withdrawn'>;
  term: Term;
  endedAt: string | null;
  /** The last day of the role in the programme's zone: the term's end, or the withdrawal day. */
  endedOn: string;
  withdrawal: ({ reason: string } & Stamp) | null;
  exit: ExitPlan;
  etag: ETag;
}

export interface MyAmbassadorshipView {
  id: string;
  state: AmbassadorshipState;
  term: Term;
  daysLeft: number;
  agreement: {
    versions: AgreementVersion[];
    ambassadorAcceptances: Acceptance[];
    leaderAcceptances: Acceptance[];
    status: AgreementStatusView;
    /** The version to send to `…/agreement/accept` (the current one), or null when none yet. */
    current: AgreementVersion | null;
  };
  training: {
    modules: { module: TrainingModule; completedAt: string | null }[];
    progress: TrainingProgressView;
  };
  nextMeetings: MeetingView[];
  /** Only active ambassadors can send a check-in. */
  canCheckIn: boolean;
  /** What the check-in form tells the ambassador: who sees the answers, from how many people, deleted when. */
  checkInPrivacy: CheckInPrivacy;
  exit: ExitPlan;
  etag: ETag;
}

export interface ApplicationView {
  id: string;
  applicant: UserRef;
  motivation: string;
  invited: boolean;
  submittedAt: string;
  decision: ({ outcome: 'selected' | 'declined'; reason: string } & Stamp) | null;
}

export interface MeetingView {
  id: string;
  kind: 'regular' | 'alignment';
  scheduledAt: string;
  durationMinutes: number;
  joinUrl: string | null;
  held: boolean;
  keyMessageVersion: number | null;
  attendees: UserRef[];
  /** The rhythm day it was generated for; null when planned by hand. */
  occurrence: string | null;
  /** Set when cancelled: shown as cancelled, no reminders. */
  cancelledAt: string | null;
  /** Who attended, recorded by a leader. */
  attended: UserRef[];
  actionItems: ActionItem[];
  /** The key-message version published from its notes. */
  publishedKeyMessageVersion: number | null;
  /** Leaders and ambassadors only. */
  notes?: Record<AgendaHeading, string>;
  /** Leaders only (PATCH …/meetings/:meetingId). */
  etag?: ETag;
}

/** The planned alignment meeting, or (source 'due') the computed monthly due date, maybe overdue. */
export interface NextAlignmentMeetingView {
  source: 'planned' | 'due';
  at: string;
  meetingId: string | null;
  overdue: boolean;
}

/** `GET …/feedback/overview` (leaders): aggregates only, each `{ hidden: true, … }` below its threshold. */
export type FeedbackOverviewView = FeedbackOverview;

export interface YouSaidWeDidView {
  id: string;
  theme: string;
  outcome: Decision['outcome'];
  explanation: string;
  /** How many check-ins named the theme — present only when enough people did (never which ones). */
  checkInCount?: number;
  by: UserRef;
  at: string;
}

/** `GET /api/v1/me`: who the server thinks the caller is. */
export interface MeView {
  user: UserRef;
  tenantId: string;
  /** 'local' = demo identity on loopback; 'sso' = verified Teams token. */
  mode: 'local' | 'sso';
  locale: Locale;
}
