import type { StepKey } from '../card/ambassadors-card';
import type { Ambassadorship } from '../model/ambassadorship';
import type { BoardData } from '../model/board';
import { agreementStatus, currentAgreementVersion, prefilledAgreementTemplate } from '../rules/agreement';
import { currentAmbassadors, isOpenAmbassadorship } from '../rules/ambassadorship-lifecycle';
import { daysBetween, localDateOf } from '../rules/calendar';
import { alignmentMeetingRequired, currentKeyMessage, nextAlignmentMeeting } from '../rules/key-messages';
import { DIGEST_EXIT_DAYS, DIGEST_TERM_ENDING_DAYS } from '../rules/reminders/leader-digests';
import { describeSteps, type StepState } from '../rules/step-status';
import { daysLeft, termHasEnded } from '../rules/term';
import { moduleDueDate, trainingProgress } from '../rules/training';
import { hasSessionEnded, hasSessionStarted } from '../rules/session-started';
import type { NextAction } from './next-action';
import { action } from './rank-actions';
import { waitingThemes } from './waiting-themes';

/** An open ambassadorship still inside its term: the people leaders still work with. */
function openInTerm(board: BoardData, now: Date): Ambassadorship[] {
  const tz = board.programme.timeZone;
  return board.ambassadorships.filter(
    (a) => a.programmeId === board.programme.id && isOpenAmbassadorship(a) && !termHasEnded(a.term, now, tz),
  );
}

/** Planning actions follow the step status (a leader's "done" override ends them). */
function planning(steps: StepState[], today: string): NextAction[] {
  const byKey = Object.fromEntries(steps.map((s) => [s.key, s])) as Record<StepKey, StepState>;
  const out: NextAction[] = [];
  const open = (key: StepKey, code: StepState['missing'][number]) =>
    byKey[key].status !== 'done' && byKey[key].missing.includes(code);
  const plan = (kind: NextAction['kind'], step: StepKey) =>
    out.push(action({ id: `${kind}:${step}`, kind, step, due: byKey[step].dueDate, params: {} }, today));
  if (open('taskPlan', 'noTasks')) plan('writeTaskPlan', 'taskPlan');
  if (open('posting', 'postingNotDrafted')) plan('draftPosting', 'posting');
  if (open('posting', 'postingNotPublished')) plan('publishPosting', 'posting');
  if (open('training', 'noTrainingModules')) plan('addTrainingModules', 'training');
  if (open('meetings', 'noCadence')) plan('setMeetingCadence', 'meetings');
  return out;
}

function agreements(board: BoardData, now: Date, steps: StepState[], today: string): NextAction[] {
  const out: NextAction[] = [];
  const agreementStep = steps.find((s) => s.key === 'agreement')!;
  // The template the board offers: the leaders' own, or one prefilled from the posting and the
  // task plan — with either, there is nothing to draft and candidates can be sent it.
  const template = prefilledAgreementTemplate(board.programme);
  if (template === null && agreementStep.status !== 'done') {
    out.push(
      action(
        {
          id: 'draftAgreementTemplate:agreement',
          kind: 'draftAgreementTemplate',
          step: 'agreement',
          due: agreementStep.dueDate,
          params: {},
        },
        today,
      ),
    );
  }
  for (const amb of openInTerm(board, now)) {
    const name = amb.person.displayName;
    const current = currentAgreementVersion(amb);
    if (!current) {
      if (template !== null && amb.state === 'candidate')
        out.push(
          action(
            {
              id: `proposeAgreement:${amb.id}`,
              kind: 'proposeAgreement',
              step: 'agreement',
              due: null,
              params: { name, ambassadorshipId: amb.id },
            },
            today,
          ),
        );
      continue;
    }
    // The leaders' side of the same pending list the acceptance reminders nudge on.
    if (agreementStatus(amb).pendingSides.includes('leader'))
      out.push(
        action(
          {
            id: `acceptAgreementAsLeader:${amb.id}`,
            kind: 'acceptAgreementAsLeader',
            step: 'agreement',
            due: amb.state === 'candidate' ? current.term.start : null,
            params: { name, ambassadorshipId: amb.id, version: current.version },
          },
          today,
        ),
      );
  }
  return out;
}

/** Applications nobody has decided on yet (the posting step's follow-up). */
function applications(board: BoardData, today: string): NextAction[] {
  const undecided = board.applications.filter(
    (a) => a.programmeId === board.programme.id && a.decision === null,
  ).length;
  if (undecided === 0) return [];
  return [
    action(
      {
        id: 'decideApplications:posting',
        kind: 'decideApplications',
        step: 'posting',
        due: null,
        params: { count: undecided },
      },
      today,
    ),
  ];
}

/**
 * Training past its due day (the day the schedule's module reminders count to): after the
 * ambassador's own overdue nudges it is the leaders' to follow up — one line per person, their
 * earliest overdue module.
 */
function overdueTraining(board: BoardData, now: Date, today: string): NextAction[] {
  const { programme } = board;
  const out: NextAction[] = [];
  for (const amb of currentAmbassadors(board.ambassadorships, now, programme.timeZone)) {
    if (amb.programmeId !== programme.id) continue;
    const overdue = trainingProgress(amb, programme.steps.training)
      .openModules.map((m) => ({
        module: m,
        due: moduleDueDate(amb, m, programme.timeZone, programme.settings),
      }))
      .filter((m): m is { module: typeof m.module; due: string } => m.due !== null && m.due < today)
      .sort((a, b) => a.due.localeCompare(b.due))[0];
    if (!overdue) continue;
    out.push(
      action(
        {
          id: `followUpTraining:${amb.id}`,
          kind: 'followUpTraining',
          step: 'training',
          due: overdue.due,
          params: { name: amb.person.displayName, title: overdue.module.title, ambassadorshipId: amb.id },
        },
        today,
      ),
    );
  }
  return out;
}

/**
 * Sessions that started and whose attendance is not recorded for every active ambassador: only
 * the leaders can record it, and the completion rule waits for it. Then, by the same rule, how
 * many current ambassadors have not finished their training once something required is behind
 * them (an overdue module, or a session that is over) — unless that is one person whose overdue
 * module the follow-up line already names.
 */
function sessionFollowUp(board: BoardData, now: Date, today: string): NextAction[] {
  const { programme } = board;
  const tz = programme.timeZone;
  const plan = programme.steps.training;
  const current = currentAmbassadors(board.ambassadorships, now, tz).filter(
    (a) => a.programmeId === programme.id && a.state === 'active',
  );
  const out: NextAction[] = [];
  for (const session of plan.sessions) {
    if (!hasSessionStarted(session, now)) continue;
    const unrecorded = current.filter((a) => !a.sessionAttendance.some((r) => r.sessionId === session.id));
    if (unrecorded.length === 0) continue;
    out.push(
      action(
        {
          id: `recordSessionAttendance:${session.id}`,
          kind: 'recordSessionAttendance',
          step: 'training',
          due: localDateOf(new Date(session.startsAt), tz),
          params: { title: session.title, sessionId: session.id, count: unrecorded.length },
        },
        today,
      ),
    );
  }
  const behind = current.flatMap((amb) => {
    const progress = trainingProgress(amb, plan);
    if (progress.complete) return [];
    const sessionOver = plan.sessions.some(
      (s) => progress.openSessions.includes(s.id) && hasSessionEnded(s, now),
    );
    const moduleOverdue = progress.openModules.some((m) => {
      const due = moduleDueDate(amb, m, tz, programme.settings);
      return due !== null && due < today;
    });
    return sessionOver || moduleOverdue ? [{ amb, namedByFollowUp: moduleOverdue }] : [];
  });
  // One person with an overdue module already has their own follow-up line, by name.
  if (behind.length > 1 || behind.some((b) => !b.namedByFollowUp)) {
    out.push(
      action(
        {
          id: 'trainingNotFinished:training',
          kind: 'trainingNotFinished',
          step: 'training',
          due: null,
          params: { count: behind.length },
        },
        today,
      ),
    );
  }
  return out;
}

/** The watch-out "align the messages": the monthly meeting when it is due and not planned, and a key message. */
function alignment(board: BoardData, now: Date, today: string): NextAction[] {
  const { programme } = board;
  const out: NextAction[] = [];
  const active = currentAmbassadors(board.ambassadorships, now, programme.timeZone).length;
  const next = nextAlignmentMeeting(board, now);
  if (alignmentMeetingRequired(board, now) && next?.source === 'due') {
    out.push(
      action(
        {
          id: 'holdAlignmentMeeting:meetings',
          kind: 'holdAlignmentMeeting',
          step: 'meetings',
          watchOut: 'alignMessages',
          due: localDateOf(new Date(next.at), programme.timeZone),
          params: { count: active },
        },
        today,
      ),
    );
  }
  if (active > 0 && currentKeyMessage(programme) === null) {
    out.push(
      action(
        {
          id: 'publishKeyMessage:meetings',
          kind: 'publishKeyMessage',
          step: 'meetings',
          watchOut: 'alignMessages',
          due: null,
          params: {},
        },
        today,
      ),
    );
  }
  return out;
}

/** The watch-out "get feedback along the way": visible themes still without the leaders' answer. */
function themes(board: BoardData, now: Date, today: string): NextAction[] {
  const waiting = waitingThemes(board, now);
  if (waiting.length === 0) return [];
  return [
    action(
      {
        id: 'answerThemes:feedback',
        kind: 'answerThemes',
        step: 'meetings',
        watchOut: 'feedback',
        due: null,
        params: { count: waiting.length, days: Math.max(...waiting.map((w) => w.waitingDays)) },
      },
      today,
    ),
  ];
}

/**
 * The watch-out "limit the period": a term ending within DIGEST_TERM_ENDING_DAYS (counted as the
 * board counts days left, today included) whose exit is not planned yet, and exits of the last
 * DIGEST_EXIT_DAYS whose debrief has not been held.
 */
function exits(board: BoardData, now: Date, today: string): NextAction[] {
  const { programme } = board;
  const tz = programme.timeZone;
  const out: NextAction[] = [];
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== programme.id || !amb.activatedAt || amb.exit.debriefHeldAt) continue;
    const name = amb.person.displayName;
    const base = { step: 'agreement' as const, watchOut: 'limitPeriod' as const };
    if (amb.state === 'active' && !termHasEnded(amb.term, now, tz)) {
      const left = daysLeft(amb.term, now, tz);
      if (left <= DIGEST_TERM_ENDING_DAYS && amb.exit.debriefDate === null)
        out.push(
          action(
            {
              ...base,
              id: `planExit:${amb.id}`,
              kind: 'planExit',
              due: amb.term.end,
              params: { name, days: left, ambassadorshipId: amb.id },
            },
            today,
          ),
        );
      continue;
    }
    const endedOn =
      amb.state === 'withdrawn'
        ? amb.withdrawal
          ? localDateOf(new Date(amb.withdrawal.at), tz)
          : null
        : amb.state === 'active' || amb.state === 'ended'
          ? amb.term.end
          : null;
    if (!endedOn || endedOn > today || daysBetween(endedOn, today) > DIGEST_EXIT_DAYS) continue;
    out.push(
      action(
        {
          ...base,
          id: `holdExitDebrief:${amb.id}`,
          kind: 'holdExitDebrief',
          due: amb.exit.debriefDate,
          params: {
            name,
            endedOn,
            reason: amb.state === 'withdrawn' ? 'withdrawn' : 'termEnded',
            ambassadorshipId: amb.id,
          },
        },
        today,
      ),
    );
  }
  return out;
}

/** Every action the card asks of the programme's leaders now, unranked and uncapped (`steps`: the board's describeSteps, when already at hand). */
export function leaderActions(
  board: BoardData,
  now: Date,
  steps: StepState[] = describeSteps(board, now),
): NextAction[] {
  const today = localDateOf(now, board.programme.timeZone);
  return [
    ...planning(steps, today),
    ...applications(board, today),
    ...agreements(board, now, steps, today),
    ...overdueTraining(board, now, today),
    ...sessionFollowUp(board, now, today),
    ...alignment(board, now, today),
    ...themes(board, now, today),
    ...exits(board, now, today),
  ];
}
