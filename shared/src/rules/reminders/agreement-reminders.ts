import type { AgreementSide } from '../agreement';
import { agreementStatus, currentAgreementVersion } from '../agreement';
import { addDays, localDateOf } from '../calendar';
import { termEndInstant } from '../term';
import { dayAt, makeReminder, type PlanningContext, type ReminderPlanner } from './planning-context';
import type { ReminderIn } from './reminder';

/**
 * Safety bound on agreement nudges: they repeat every `nudgeIntervalDays` until the side accepts
 * or the term ends (a 36-month term at one nudge a day is ~1,100).
 */
const MAX_AGREEMENT_NUDGES = 1200;

export interface AgreementReminderData {
  /** Key `<ambassadorshipId>:v<version>.<side>.<nudge>`. */
  agreementAcceptance: {
    ambassadorshipId: string;
    ambassadorName: string;
    version: number;
    side: AgreementSide;
    /** 0 for the first request, then 1, 2, … for each nudge. */
    nudge: number;
    /** What the version says, so the card shows the agreement the person accepts. */
    role: string;
    responsibilities: string[];
    hoursPerMonth: number;
    termStart: string;
    termEnd: string;
  };
}

/** Each side still to accept the current agreement version is asked, then nudged until it does or the term ends. */
function agreementReminders(ctx: PlanningContext): ReminderIn<AgreementReminderData>[] {
  const { programme } = ctx;
  const nudgeDays = programme.settings.nudgeIntervalDays;
  const out: ReminderIn<AgreementReminderData>[] = [];
  for (const amb of ctx.board.ambassadorships) {
    if (amb.programmeId !== programme.id || (amb.state !== 'candidate' && amb.state !== 'active')) continue;
    const version = currentAgreementVersion(amb);
    if (!version) continue;
    const end = termEndInstant(amb.term, ctx.tz).getTime();
    const created = new Date(version.createdAt);
    const createdDay = localDateOf(created, ctx.tz);
    for (const side of agreementStatus(amb).pendingSides) {
      for (let n = 0; n <= MAX_AGREEMENT_NUDGES; n += 1) {
        const day = addDays(createdDay, n * nudgeDays);
        if (n > 0 && day > ctx.toDay) break;
        if (n > 0 && day < ctx.fromDay) continue;
        const t = n === 0 ? created : dayAt(ctx, day);
        if (t.getTime() >= end) break;
        out.push(
          makeReminder(
            ctx,
            'agreementAcceptance',
            { type: 'ambassadorship', id: amb.id },
            amb.id,
            `v${version.version}.${side}.${n}`,
            t,
            side === 'ambassador' ? [amb.person] : ctx.owners,
            {
              ambassadorshipId: amb.id,
              ambassadorName: amb.person.displayName,
              version: version.version,
              side,
              nudge: n,
              role: version.role,
              responsibilities: version.responsibilities,
              hoursPerMonth: version.hoursPerMonth,
              termStart: version.term.start,
              termEnd: version.term.end,
            },
          ),
        );
      }
    }
  }
  return out;
}

export const agreementPlanner: ReminderPlanner<AgreementReminderData> = {
  kinds: ['agreementAcceptance'],
  plan: agreementReminders,
  afterProgrammeEnd: false,
};
