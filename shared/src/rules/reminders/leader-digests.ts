import { addDays, daysBetween, isoWeekdayOf, localDateOf } from '../calendar';
import { visibleCheckInCount } from '../feedback/anonymity-gate';
import { dayAt, makeReminder, type PlanningContext, type ReminderPlanner } from './planning-context';
import type { ReminderIn } from './reminder';

/** Leaders' digests list terms ending within this many days … */
export const DIGEST_TERM_ENDING_DAYS = 30;
/** … and exits not yet debriefed for this many days after the term ended or the withdrawal. */
export const DIGEST_EXIT_DAYS = 30;

export interface LeaderDigestData {
  /** Key `digest:<local day>`. */
  leaderDigest: {
    since: string;
    until: string;
    /** The count, or null when below the anonymity threshold (the overview shows what it can). */
    newCheckIns: number | null;
    /** Active ambassadors whose term ends within DIGEST_TERM_ENDING_DAYS of the digest's day. */
    termsEnding: Array<{ ambassadorName: string; termEnd: string; daysLeft: number }>;
    /** Exits still to debrief: terms ended or withdrawn in the DIGEST_EXIT_DAYS before the digest. */
    exits: Array<{ ambassadorName: string; reason: 'termEnded' | 'withdrawn'; endedOn: string }>;
  };
}

/** What the leaders' digest of a day says about terms: those ending soon, exits still to hold. */
function digestTerms(
  ctx: PlanningContext,
  day: string,
): Pick<LeaderDigestData['leaderDigest'], 'termsEnding' | 'exits'> {
  const termsEnding: LeaderDigestData['leaderDigest']['termsEnding'] = [];
  const exits: LeaderDigestData['leaderDigest']['exits'] = [];
  for (const amb of ctx.board.ambassadorships) {
    if (amb.programmeId !== ctx.programme.id || !amb.activatedAt || amb.exit.debriefHeldAt) continue;
    const name = amb.person.displayName;
    if (amb.state === 'withdrawn') {
      const endedOn = amb.withdrawal ? localDateOf(new Date(amb.withdrawal.at), ctx.tz) : null;
      if (endedOn && endedOn < day && daysBetween(endedOn, day) <= DIGEST_EXIT_DAYS)
        exits.push({ ambassadorName: name, reason: 'withdrawn', endedOn });
      continue;
    }
    if (amb.state !== 'active' && amb.state !== 'ended') continue;
    const daysLeft = daysBetween(day, amb.term.end);
    if (amb.state === 'active' && daysLeft >= 0 && daysLeft <= DIGEST_TERM_ENDING_DAYS)
      termsEnding.push({ ambassadorName: name, termEnd: amb.term.end, daysLeft });
    else if (daysLeft < 0 && -daysLeft <= DIGEST_EXIT_DAYS)
      exits.push({ ambassadorName: name, reason: 'termEnded', endedOn: amb.term.end });
  }
  termsEnding.sort((a, b) => a.daysLeft - b.daysLeft || a.ambassadorName.localeCompare(b.ambassadorName));
  exits.sort(
    (a, b) => a.endedOn.localeCompare(b.endedOn) || a.ambassadorName.localeCompare(b.ambassadorName),
  );
  return { termsEnding, exits };
}

function leaderDigests(ctx: PlanningContext): ReminderIn<LeaderDigestData>[] {
  const { programme, board } = ctx;
  const digestWeekday = Math.min(...programme.settings.workingHours.days);
  const firstDay = addDays(localDateOf(ctx.window.from, ctx.tz), -1);
  const lastDay = addDays(localDateOf(ctx.window.to, ctx.tz), 1);
  const out: ReminderIn<LeaderDigestData>[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    if (isoWeekdayOf(day) !== digestWeekday) continue;
    const until = dayAt(ctx, day);
    const since = dayAt(ctx, addDays(day, -7));
    const week = board.checkIns.filter((c) => {
      const at = new Date(c.submittedAt).getTime();
      return c.programmeId === programme.id && at >= since.getTime() && at < until.getTime();
    });
    const terms = digestTerms(ctx, day);
    if (week.length === 0 && terms.termsEnding.length === 0 && terms.exits.length === 0) continue;
    out.push(
      makeReminder(
        ctx,
        'leaderDigest',
        { type: 'programme', id: programme.id },
        'digest',
        day,
        until,
        ctx.owners,
        {
          since: since.toISOString(),
          until: until.toISOString(),
          // None is no secret; a few are, until enough different people sent them.
          newCheckIns: week.length === 0 ? 0 : visibleCheckInCount(week, programme.settings),
          ...terms,
        },
      ),
    );
  }
  return out;
}

export const leaderDigestPlanner: ReminderPlanner<LeaderDigestData> = {
  kinds: ['leaderDigest'],
  plan: leaderDigests,
  afterProgrammeEnd: false,
};
