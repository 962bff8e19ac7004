import type { TrainingModule } from '../../model/programme';
import { addDays, localDateOf } from '../calendar';
import { trainingDueDay } from '../training';
import { DateTime } from 'luxon';
import {
  currentAt,
  dayReminderAt,
  makeReminder,
  type PlanningContext,
  type ReminderPlanner,
} from './planning-context';
import type { ReminderIn } from './reminder';

/** Overdue training nudges after the due date (then it is left to the leaders). */
export const TRAINING_OVERDUE_NUDGES = 2;

export interface TrainingReminderData {
  /** Key `<ambassadorshipId>:<moduleId>.<0 = before due, 1.. = overdue>`. */
  trainingModule: {
    ambassadorshipId: string;
    moduleId: string;
    moduleTitle: string;
    resourceUrl: string | null;
    dueDate: string;
    overdue: boolean;
  };
  /** Key `<sessionId>.dayBefore`: the day before a training session, at its local time. */
  trainingSession: {
    sessionId: string;
    title: string;
    startsAt: string;
    durationMinutes: number;
    place: string;
    joinUrl: string | null;
    required: boolean;
  };
}

/** A module with a due date is announced shortly before it, then nudged a few times once overdue. */
function trainingReminders(ctx: PlanningContext): ReminderIn<TrainingReminderData>[] {
  const { programme } = ctx;
  const modules: TrainingModule[] = programme.steps.training.modules;
  const nudgeDays = programme.settings.nudgeIntervalDays;
  const out: ReminderIn<TrainingReminderData>[] = [];
  for (const amb of ctx.board.ambassadorships) {
    if (amb.programmeId !== programme.id || amb.state !== 'active' || !amb.activatedAt) continue;
    const completed = new Set(amb.training.map((c) => c.moduleId));
    const activationDay = localDateOf(new Date(amb.activatedAt), ctx.tz);
    for (const module of modules) {
      if (completed.has(module.id) || module.dueWithinDays === null) continue;
      // Same as moduleDueDate(), with the activation day computed once per ambassador.
      const due = trainingDueDay(activationDay, module.dueWithinDays, programme.settings);
      // An optional module is announced, never chased: it does not block completion either.
      const nudges = module.required === false ? 0 : TRAINING_OVERDUE_NUDGES;
      const days = [
        { day: addDays(due, -Math.min(3, module.dueWithinDays - 1)), n: 0 },
        ...Array.from({ length: nudges }, (_, k) => ({
          day: addDays(due, 1 + k * nudgeDays),
          n: k + 1,
        })),
      ];
      for (const { day, n } of days) {
        const t = dayReminderAt(ctx, amb, day);
        if (!t) continue;
        out.push(
          makeReminder(
            ctx,
            'trainingModule',
            { type: 'ambassadorship', id: amb.id },
            amb.id,
            `${module.id}.${n}`,
            t,
            [amb.person],
            {
              ambassadorshipId: amb.id,
              moduleId: module.id,
              moduleTitle: module.title,
              resourceUrl: module.resourceUrl,
              dueDate: due,
              overdue: n > 0,
            },
          ),
        );
      }
    }
  }
  return out;
}

/**
 * A training session is announced the day before, at the same local time, to the ambassadors
 * invited to it: those current then whose attendance is not recorded yet.
 */
function sessionReminders(ctx: PlanningContext): ReminderIn<TrainingReminderData>[] {
  const out: ReminderIn<TrainingReminderData>[] = [];
  for (const session of ctx.programme.steps.training.sessions) {
    const dueAt = DateTime.fromISO(session.startsAt, { zone: ctx.tz }).minus({ days: 1 }).toJSDate();
    const invited = currentAt(ctx, dueAt).filter(
      (a) => !a.sessionAttendance.some((r) => r.sessionId === session.id),
    );
    if (invited.length === 0) continue;
    out.push(
      makeReminder(
        ctx,
        'trainingSession',
        { type: 'programme', id: ctx.programme.id },
        session.id,
        'dayBefore',
        dueAt,
        invited.map((a) => a.person),
        {
          sessionId: session.id,
          title: session.title,
          startsAt: session.startsAt,
          durationMinutes: session.durationMinutes,
          place: session.place,
          joinUrl: session.onlineUrl,
          required: session.required,
        },
      ),
    );
  }
  return out;
}

export const trainingPlanner: ReminderPlanner<TrainingReminderData> = {
  kinds: ['trainingModule', 'trainingSession'],
  plan: (ctx) => [...trainingReminders(ctx), ...sessionReminders(ctx)],
  afterProgrammeEnd: false,
};
