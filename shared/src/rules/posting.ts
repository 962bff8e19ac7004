import { z } from 'zod';
import type { Application } from '../model/application';
import type { BoardData } from '../model/board';
import type { UserRef } from '../model/common';
import { idSchema, userRefSchema } from '../model/common';
import type { Posting, Programme } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { localDateOf } from './calendar';
import { endTermIfDue, isOpenAmbassadorship } from './ambassadorship-lifecycle';
import { parseInput } from './parse-input';
import { blocksNewApplication, checkMotivation, earlierRoundOf } from './application-round';

/**
 * Step 2, the internal posting. It is open from `publishedAt` through the whole of the
 * deadline day in the programme's time zone (a Danish deadline of 15 March means until midnight
 * in Copenhagen, wherever the server runs).
 */
export function postingOpen(programme: Programme, now: Date): boolean {
  const posting = programme.steps.posting.posting;
  if (!posting?.publishedAt) return false;
  if (now.getTime() < new Date(posting.publishedAt).getTime()) return false;
  return localDateOf(now, programme.timeZone) <= posting.applicationDeadline;
}

/**
 * The term a posting advertises is a promise to the people who apply, and it becomes their
 * default term at selection, so it must be one the programme can keep: at least
 * `termMonthsMin` and at most `termMonthsMax` months (POSTING_TERM_OUT_OF_RANGE otherwise).
 */
export function assertPostingTermInRange(
  posting: Pick<Posting, 'termMonths'>,
  settings: Pick<ProgrammeSettings, 'termMonthsMax' | 'termMonthsMin'>,
): void {
  const min = Math.min(settings.termMonthsMin, settings.termMonthsMax);
  if (posting.termMonths < min || posting.termMonths > settings.termMonthsMax) {
    throw new DomainError('POSTING_TERM_OUT_OF_RANGE', { minMonths: min, maxMonths: settings.termMonthsMax });
  }
}

export const applicationInputSchema = z.object({ motivation: z.string().trim().min(1).max(4000) });

export interface ApplyToPostingInput {
  board: BoardData;
  applicant: UserRef;
  motivation: string;
  now: Date;
  id: string;
}

/**
 * An employee applies. POSTING_CLOSED when nothing is published or the deadline has passed;
 * VALIDATION_FAILED on the motivation when it is shorter than `applicationMotivationMinChars`;
 * ALREADY_APPLIED when their application is pending or was decided in this round (after a
 * withdrawal, or a decline in an earlier round, the new application replaces the old one under
 * the same id and keeps it in `earlier`); ALREADY_AMBASSADOR when they
 * already are a candidate or an active ambassador whose term is not over; FORBIDDEN for an owner of
 * the programme (the leaders who select cannot apply to their own posting). `invited` records whether
 * a leader asked them.
 */
export function applyToPosting(input: ApplyToPostingInput): Application {
  const { board, now } = input;
  const { programme } = board;
  const applicant = parseInput(userRefSchema, input.applicant);
  const { motivation } = parseInput(applicationInputSchema, { motivation: input.motivation });
  const id = parseInput(idSchema, input.id);
  if (programme.owners.some((owner) => owner.userId === applicant.userId)) {
    throw new DomainError('FORBIDDEN', { action: 'posting:apply' });
  }
  if (!postingOpen(programme, now)) throw new DomainError('POSTING_CLOSED');
  checkMotivation(motivation, programme.settings);
  const existing = board.applications.find(
    (a) => a.programmeId === programme.id && a.applicant.userId === applicant.userId,
  );
  if (existing && blocksNewApplication(existing, programme.steps.posting.posting)) {
    throw new DomainError('ALREADY_APPLIED');
  }
  if (
    board.ambassadorships.some(
      (amb) =>
        amb.person.userId === applicant.userId &&
        isOpenAmbassadorship(endTermIfDue(amb, now, programme.timeZone)),
    )
  ) {
    throw new DomainError('ALREADY_AMBASSADOR', { userId: applicant.userId });
  }
  const invitation = programme.steps.posting.invitations.find(
    (inv) => inv.invitee.userId === applicant.userId,
  );
  // Invited from the directory: the sign-in name found then stays with them for meeting invitations.
  const upn = applicant.upn ?? invitation?.invitee.upn;
  return {
    id: existing?.id ?? id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'application',
    applicant: upn ? { ...applicant, upn } : applicant,
    motivation,
    invited: invitation !== undefined,
    submittedAt: now.toISOString(),
    decision: null,
    ...(existing ? { earlier: [...(existing.earlier ?? []), earlierRoundOf(existing)] } : {}),
  };
}
