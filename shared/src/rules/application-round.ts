import { z } from 'zod';
import type { Application } from '../model/application';
import { applicantMessageSchema } from '../model/application';
import type { UserRef } from '../model/common';
import { userRefSchema } from '../model/common';
import type { Posting } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import type { Locale, LocalizedText } from '../i18n/locale';
import { DomainError } from '../errors/domain-error';
import { localDateOf } from './calendar';
import { parseInput } from './parse-input';

/**
 * An application round that treats people well: the applicant reads a message meant for them
 * (never the leaders' internal note), may withdraw before a decision, and may apply again in a
 * later round after a decline or a withdrawal.
 */

export type ApplicationDecision = NonNullable<Application['decision']>;

/** The kind default an applicant reads when the leaders wrote no message of their own. */
export const DEFAULT_APPLICANT_MESSAGES: Readonly<Record<ApplicationDecision['outcome'], LocalizedText>> = {
  declined: {
    da: 'Tak fordi du søgte ambassadørrollen. Denne gang har vi valgt andre, men vi er rigtig glade for din interesse og håber, du vil fortsætte med at styrke vores arbejdsfællesskab – måske i en senere runde.',
    en: 'Thank you for applying for the ambassador role. This time we have chosen others, but we truly value your interest and hope you will keep strengthening our workplace community – perhaps in a later round.',
  },
  selected: {
    da: 'Tillykke – du er valgt som ambassadør! Du får snart en aftale om opgaver, tid og periode, som du kan læse og acceptere.',
    en: 'Congratulations – you have been selected as an ambassador! You will soon get an agreement on tasks, time and term to read and accept.',
  },
};

/**
 * Exactly what the applicant reads about a decision, in their language: the leaders' message
 * for them, else the kind default. The internal note (`reason`) is never part of it; the
 * dialog's preview, the applicant's board, the export and the bot card all call this.
 */
export function applicantMessageOf(
  decision: Pick<ApplicationDecision, 'outcome' | 'applicantMessage'>,
  locale: Locale,
): string {
  return decision.applicantMessage ?? DEFAULT_APPLICANT_MESSAGES[decision.outcome][locale];
}

/** The decision as the applicant may see it: outcome, their message (null = the default) and when. */
export function applicantDecisionOf(decision: ApplicationDecision): {
  outcome: ApplicationDecision['outcome'];
  message: string | null;
  at: string;
} {
  return { outcome: decision.outcome, message: decision.applicantMessage ?? null, at: decision.at };
}

/** The applicant's message as the leader typed it: blank means "use the kind default". */
export function checkedApplicantMessage(message: string | null | undefined): string | undefined {
  if (message === undefined || message === null || message.trim() === '') return undefined;
  return parseInput(z.object({ applicantMessage: applicantMessageSchema }), { applicantMessage: message })
    .applicantMessage;
}

/**
 * The motivation an application needs: at least `applicationMotivationMinChars` characters after
 * trimming (VALIDATION_FAILED on the motivation field otherwise, with the minimum in the message).
 */
export function checkMotivation(
  motivation: string,
  settings: Pick<ProgrammeSettings, 'applicationMotivationMinChars'>,
): string {
  const schema = z.object({
    motivation: z.string().trim().min(settings.applicationMotivationMinChars).max(4000),
  });
  return parseInput(schema, { motivation }).motivation;
}

/** Whether an application is still in play: not withdrawn and not decided. */
export function isPendingApplication(application: Application): boolean {
  return !application.withdrawnAt && application.decision === null;
}

/**
 * Whether an existing application stops its person from applying now. A pending application
 * does (it carries over into a new round and is decided there); so does a decision in the
 * current round. A withdrawal, or a decline in an earlier round, does not: they may apply again.
 */
export function blocksNewApplication(
  existing: Application,
  posting: Pick<Posting, 'publishedAt'> | null,
): boolean {
  if (existing.withdrawnAt) return false;
  if (existing.decision === null) return true;
  if (existing.decision.outcome === 'selected') return true;
  const roundStart = posting?.publishedAt ?? null;
  return roundStart === null || existing.submittedAt >= roundStart;
}

/** What an earlier round leaves on record when the same person applies again. */
export function earlierRoundOf(existing: Application): NonNullable<Application['earlier']>[number] {
  const outcome = existing.withdrawnAt ? 'withdrawn' : 'declined';
  return {
    motivation: existing.motivation,
    submittedAt: existing.submittedAt,
    outcome,
    at: existing.withdrawnAt ?? existing.decision?.at ?? existing.submittedAt,
  };
}

/**
 * The applicant withdraws their own application before a decision: FORBIDDEN for anyone else,
 * APPLICATION_ALREADY_DECIDED once decided. Withdrawing twice is a no-op (the same object).
 */
export function withdrawApplication(application: Application, by: UserRef, now: Date): Application {
  const who = parseInput(userRefSchema, by);
  if (who.userId !== application.applicant.userId) {
    throw new DomainError('FORBIDDEN', { action: 'application:withdraw' });
  }
  if (application.withdrawnAt) return application;
  if (application.decision) throw new DomainError('APPLICATION_ALREADY_DECIDED', { id: application.id });
  return { ...application, withdrawnAt: now.toISOString() };
}

/**
 * When a posting's round starts. Publishing a posting that is closed — its deadline is over, or
 * it was never published — with a deadline still ahead starts a new round now, so earlier
 * applicants can tell this round from the last and invitees are told again. Anything else keeps
 * the round it is in (editing an open posting, or closing it, does not).
 */
export function postingRoundStart(
  previous: Pick<Posting, 'publishedAt' | 'applicationDeadline'> | null,
  next: Pick<Posting, 'applicationDeadline'>,
  publish: boolean,
  now: Date,
  timeZone: string,
): string | null {
  if (!publish) return null;
  const today = localDateOf(now, timeZone);
  if (!previous?.publishedAt) return now.toISOString();
  const previousClosed = previous.applicationDeadline < today;
  if (previousClosed && next.applicationDeadline >= today) return now.toISOString();
  return previous.publishedAt;
}
