import { AMBASSADORS_CARD, MANAGEMENT_QUESTION_KEYS } from '../card/ambassadors-card';
import type { Ambassadorship } from '../model/ambassadorship';
import type { Application } from '../model/application';
import type { ProgrammeBoard, Stored } from '../model/board';
import type { Meeting } from '../model/meeting';
import type { Programme } from '../model/programme';
import { agreementStatus, currentAgreementVersion, prefilledAgreementTemplate } from '../rules/agreement';
import { isOpenAmbassadorship, isShownAsAmbassador, withTermsEnded } from '../rules/ambassadorship-lifecycle';
import { localDateOf } from '../rules/calendar';
import { visibleCheckInCount } from '../rules/feedback/anonymity-gate';
import { checkInPrivacy, liveCheckIns } from '../rules/feedback/check-ins';
import { youSaidWeDid } from '../rules/feedback/decisions';
import { groupAgreementMeetingsView, openSituationsView } from './open-situations-view';
import { isMeetingOn, planRhythmMeetings } from '../rules/meeting-rhythm';
import { programmePeople } from '../rules/meeting-record';
import { alignmentMeetingRequired, currentKeyMessage, nextAlignmentMeeting } from '../rules/key-messages';
import { postingOpen } from '../rules/posting';
import { WORKSHOP_SESSION_MINUTES } from '../model/workshop';
import { workshopSummary } from '../rules/workshop-session';
import { allowedInProgrammeState, canReopen, closedOn, reopenDeadline } from '../rules/programme-closure';
import { applicantDecisionOf, blocksNewApplication, isPendingApplication } from '../rules/application-round';
import { can, permissionsOf, roleOf, type ProgrammeRole } from '../rules/roles';
import { describeSteps } from '../rules/step-status';
import { undoHistory, undoOffers } from '../rules/undo';
import { daysLeft, termHasEnded } from '../rules/term';
import { suggestedAgreementTerm } from '../rules/term-limits';
import { trainingProgress } from '../rules/training';
import { alignmentRoundView, type BoardViewOptions } from './alignment-round-view';
import { nextTrainingItem } from '../rules/training-completion';
import { hasSessionStarted } from '../rules/session-started';
import { buildGuidanceView } from '../guidance/guidance-view';
import type {
  AmbassadorView,
  ApplicationView,
  BoardView,
  FormerAmbassadorView,
  MeetingView,
  MyAmbassadorshipView,
  ProgrammeClosureView,
  MyApplicationView,
  TrainingProgressView,
} from './board-view';

/** Upcoming exits: the board warns when a term ends within this many days (the 30-day warning). */
export const TERM_ENDING_SOON_DAYS = 30;
/** How many upcoming and recent meetings the board carries. */
export const BOARD_MEETING_LIMIT = 10;
/** Upcoming meetings on the board: the rhythm's year ahead, even when it is weekly. */
export const BOARD_UPCOMING_MEETING_LIMIT = 60;
export type { BoardViewOptions } from './alignment-round-view';

function training(amb: Ambassadorship, board: ProgrammeBoard): TrainingProgressView {
  const progress = trainingProgress(amb, board.programme.steps.training);
  return {
    done: progress.done,
    total: progress.total,
    complete: progress.complete,
    openModules: progress.openModules.map((m) => m.id),
    openSessions: progress.openSessions,
  };
}

function attendanceOf(amb: Ambassadorship, sessionId: string): boolean | null {
  return amb.sessionAttendance.find((a) => a.sessionId === sessionId)?.attended ?? null;
}

/** Who looks at a meeting, for the parts of its view that depend on the person (the round). */
interface MeetingViewer {
  board: ProgrammeBoard;
  userId: string;
  now: Date;
  options: BoardViewOptions;
}

function meetingView(meeting: Stored<Meeting>, role: ProgrammeRole, viewer: MeetingViewer): MeetingView {
  const round =
    meeting.kind === 'alignment' && can(role, 'meeting:view') ? alignmentRoundView(meeting, viewer) : null;
  const userId = viewer.userId;
  return {
    id: meeting.id,
    kind: meeting.kind,
    scheduledAt: meeting.scheduledAt,
    durationMinutes: meeting.durationMinutes,
    joinUrl: meeting.joinUrl,
    held: meeting.held,
    keyMessageVersion: meeting.keyMessageVersion,
    attendees: meeting.attendees,
    occurrence: meeting.occurrence,
    cancelledAt: meeting.cancelledAt,
    attended: meeting.attended,
    actionItems: meeting.actionItems,
    publishedKeyMessageVersion: meeting.publishedKeyMessageVersion,
    ...(can(role, 'meeting:view') ? { notes: { ...meeting.notes } } : {}),
    ...(role === 'leader' ? { etag: meeting.etag } : {}),
    teamsMeetingId: meeting.teamsMeetingId ?? null,
    focus: meeting.focus ?? null,
    callerPresent: meeting.attended.some((p) => p.userId === userId),
    ...(can(role, 'meeting:view') ? { noteEntries: meeting.noteEntries ?? [] } : {}),
    ...(round ? { alignmentRound: round } : {}),
  };
}

function applicationView(application: Application): ApplicationView {
  return {
    id: application.id,
    applicant: application.applicant,
    motivation: application.motivation,
    invited: application.invited,
    submittedAt: application.submittedAt,
    decision: application.decision,
    withdrawnAt: application.withdrawnAt ?? null,
    earlier: application.earlier ?? [],
  };
}

/** The applicant's own view: the message meant for them, never the internal note. */
function myApplicationView(application: Application): MyApplicationView {
  return {
    id: application.id,
    motivation: application.motivation,
    submittedAt: application.submittedAt,
    withdrawnAt: application.withdrawnAt ?? null,
    decision: application.decision ? applicantDecisionOf(application.decision) : null,
    canWithdraw: isPendingApplication(application),
  };
}

function closureView(programme: Programme, isLeader: boolean, now: Date): ProgrammeClosureView | null {
  const closure = programme.closure;
  if (!closure) return null;
  return {
    closedAt: closure.closedAt,
    closedOn: closedOn(programme)!,
    closedBy: closure.closedBy,
    reopenUntil: localDateOf(reopenDeadline(closure), programme.timeZone),
    canReopen: canReopen(programme, now),
    ...(isLeader ? { feedbackSnapshot: closure.feedbackSnapshot } : {}),
  };
}

/**
 * Builds the board as the caller may see it: the one place that decides what each role gets.
 * Pure (time is a parameter), so the role cuts are testable without a server. The server calls it
 * with the board it loaded in the caller's tenant, so nothing of another tenant can appear here.
 */
export function buildBoardView(
  stored: ProgrammeBoard,
  userId: string,
  now: Date,
  options: BoardViewOptions = {},
): BoardView {
  // Terms that are over read as ended on their end date, even before the scheduler writes it.
  const board = withTermsEnded(stored, now);
  const { programme } = board;
  const tz = programme.timeZone;
  const role = roleOf(board, userId, now);
  const isLeader = role === 'leader';
  const nowMs = now.getTime();

  // Open and still inside the term: these are ambassadors (or, for candidates, about to be).
  const current = board.ambassadorships.filter(
    (a) => isOpenAmbassadorship(a) && !termHasEnded(a.term, now, tz),
  );
  const visible = isLeader ? current : current.filter((a) => isShownAsAmbassador(a, now, tz));
  const ambassadors: AmbassadorView[] = visible.map((a) => {
    const left = daysLeft(a.term, now, tz);
    return {
      id: a.id,
      person: a.person,
      state: a.state as AmbassadorView['state'],
      term: a.term,
      daysLeft: left,
      termEndingSoon: a.state === 'active' && left <= TERM_ENDING_SOON_DAYS,
      activatedAt: a.activatedAt,
      ...(isLeader
        ? {
            agreement: agreementStatus(a),
            training: training(a, board),
            selectionReason: a.selection.reason,
            exit: a.exit,
            etag: a.etag,
            proposalTerm: suggestedAgreementTerm(a, now, tz, programme.settings),
          }
        : {}),
    };
  });

  const formerAmbassadors: FormerAmbassadorView[] = board.ambassadorships
    .filter((a) => !current.includes(a))
    .map((a) => ({
      id: a.id,
      person: a.person,
      // An active ambassadorship past its term is over, even before the scheduler records it.
      state: a.state === 'withdrawn' ? 'withdrawn' : 'ended',
      term: a.term,
      endedAt: a.endedAt,
      endedOn: a.state === 'withdrawn' && a.endedAt ? localDateOf(new Date(a.endedAt), tz) : a.term.end,
      withdrawal: a.withdrawal,
      exit: a.exit,
      etag: a.etag,
    }));

  const meetingsSorted = [...board.meetings].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const upcoming = meetingsSorted.filter((m) => !m.held && new Date(m.scheduledAt).getTime() >= nowMs);
  const upcomingOn = upcoming.filter(isMeetingOn);
  const recent = meetingsSorted.filter((m) => m.held || new Date(m.scheduledAt).getTime() < nowMs).reverse();
  const showMeetings = can(role, 'meeting:view');
  const viewer: MeetingViewer = { board, userId, now, options };

  const mine = current.find((a) => a.person.userId === userId);
  let myAmbassadorship: MyAmbassadorshipView | undefined;
  if (role === 'ambassador' && mine) {
    const modules = programme.steps.training.modules;
    myAmbassadorship = {
      id: mine.id,
      state: mine.state,
      term: mine.term,
      daysLeft: daysLeft(mine.term, now, tz),
      agreement: {
        versions: mine.agreement.versions,
        ambassadorAcceptances: mine.agreement.ambassadorAcceptances,
        leaderAcceptances: mine.agreement.leaderAcceptances,
        status: agreementStatus(mine),
        current: currentAgreementVersion(mine),
      },
      training: {
        modules: modules.map((module) => ({
          module,
          completedAt: mine.training.find((c) => c.moduleId === module.id)?.completedAt ?? null,
        })),
        progress: training(mine, board),
        sessions: programme.steps.training.sessions.map((s) => ({
          sessionId: s.id,
          attended: attendanceOf(mine, s.id),
        })),
        next: nextTrainingItem(mine, programme.steps.training, now),
      },
      nextMeetings: upcomingOn.slice(0, 3).map((m) => meetingView(m, role, viewer)),
      canCheckIn: isShownAsAmbassador(mine, now, tz),
      checkInPrivacy: checkInPrivacy(programme, mine),
      exit: mine.exit,
      etag: mine.etag,
    };
  }

  const own = board.applications.find((a) => a.applicant.userId === userId);
  const open = postingOpen(programme, now);
  const steps = describeSteps(board, now).map((step) => ({
    ...step,
    owner: programme.steps[step.key].owner,
    notes: programme.steps[step.key].notes,
  }));
  const next = nextAlignmentMeeting(board, now);

  const view: BoardView = {
    programme: {
      id: programme.id,
      name: programme.name,
      purpose: programme.purpose,
      targetGroup: programme.targetGroup,
      locale: programme.locale,
      timeZone: tz,
      startDate: programme.startDate,
      endDate: programme.endDate,
      owners: programme.owners,
      ...(isLeader ? { settings: programme.settings, settingsHistory: programme.settingsHistory } : {}),
      createdAt: programme.createdAt,
      updatedAt: programme.updatedAt,
      etag: programme.etag,
    },
    role,
    card: AMBASSADORS_CARD,
    steps,
    taskPlan: { tasks: programme.steps.taskPlan.tasks },
    posting: {
      posting: programme.steps.posting.posting,
      open,
      ...(isLeader ? { invitations: programme.steps.posting.invitations } : {}),
      canApply:
        can(role, 'posting:apply') &&
        open &&
        !(own && blocksNewApplication(own, programme.steps.posting.posting)) &&
        !mine,
      motivationMinChars: programme.settings.applicationMotivationMinChars,
    },
    trainingModules: programme.steps.training.modules,
    meetingPlan: {
      cadence: programme.steps.meetings.cadence,
      agenda: programme.steps.meetings.agenda,
      ...(isLeader
        ? {
            rhythmToCreate: planRhythmMeetings(programme, board.meetings, now).create.length,
            people: programmePeople(board),
          }
        : {}),
    },
    ambassadors,
    meetings: {
      upcoming: showMeetings
        ? upcoming.slice(0, BOARD_UPCOMING_MEETING_LIMIT).map((m) => meetingView(m, role, viewer))
        : [],
      recent: showMeetings
        ? recent.slice(0, BOARD_MEETING_LIMIT).map((m) => meetingView(m, role, viewer))
        : [],
    },
    keyMessage: currentKeyMessage(programme),
    nextAlignmentMeeting: next
      ? { source: next.source, at: next.at, meetingId: next.meetingId, overdue: next.overdue }
      : null,
    alignmentRequired: alignmentMeetingRequired(board, now),
    youSaidWeDid: can(role, 'youSaidWeDid:view') ? youSaidWeDid(board, now) : [],
    myApplication: own ? myApplicationView(own) : null,
    // A closed programme is read-only: its view offers only what may still be done.
    permissions: permissionsOf(role).filter((action) => allowedInProgrammeState(programme, action)),
    guidance: buildGuidanceView(board, userId, role, now),
    generatedAt: now.toISOString(),
    closure: closureView(programme, isLeader, now),
    trainingSessions: [...programme.steps.training.sessions]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((s) => {
        const started = hasSessionStarted(s, now);
        const { addedAt: _addedAt, ...shown } = s;
        return {
          ...shown,
          started,
          ...(isLeader && started
            ? {
                attendance: current
                  .filter((a) => a.state === 'active')
                  .map((a) => ({
                    ambassadorshipId: a.id,
                    name: a.person.displayName,
                    attended: attendanceOf(a, s.id),
                  })),
              }
            : {}),
        };
      }),
  };
  if (isLeader) {
    view.agreementTemplate = prefilledAgreementTemplate(programme);
    view.formerAmbassadors = formerAmbassadors;
    view.applications = [...board.applications]
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
      .map(applicationView);
    view.managementAnswers = Object.fromEntries(
      MANAGEMENT_QUESTION_KEYS.map((key) => [key, programme.managementAnswers[key]]),
    ) as BoardView['managementAnswers'];
    // Like every figure, the count shows only when enough different people stand behind it.
    const checkInCount = visibleCheckInCount(liveCheckIns(board, now), programme.settings);
    if (checkInCount !== null) view.checkInCount = checkInCount;
  }
  if (myAmbassadorship) view.myAmbassadorship = myAmbassadorship;
  if (programme.workshop) view.workshop = workshopView(programme);
  // Undo is a write: a closed programme offers none.
  const offers = view.closure ? [] : undoOffers(board, userId, now);
  if (offers.length > 0) view.undo = offers;
  const undone = undoHistory(board, userId, isLeader);
  if (undone.length > 0) view.undoHistory = undone;
  const openSituations = openSituationsView(board, userId, role, now);
  if (openSituations) view.openSituations = openSituations;
  const agreementMeetings = groupAgreementMeetingsView(board, role, now);
  if (agreementMeetings) view.groupAgreementMeetings = agreementMeetings;
  return view;
}

/** The workshop for every role: the agenda, the shared timer and what it captured. */
function workshopView(programme: Programme): NonNullable<BoardView['workshop']> {
  const workshop = programme.workshop!;
  return {
    id: workshop.id,
    sessionMinutes: WORKSHOP_SESSION_MINUTES,
    items: workshop.items.map((item) => ({
      key: item.key,
      minutes: item.minutes,
      capturedAt: item.capturedAt,
    })),
    timer: { ...workshop.timer },
    startedAt: workshop.startedAt,
    finishedAt: workshop.finishedAt,
    chatId: workshop.chatId,
    summary: workshop.summary,
    summaryLines: workshopSummary(programme),
    createdAt: workshop.createdAt,
    updatedAt: workshop.updatedAt,
  };
}
