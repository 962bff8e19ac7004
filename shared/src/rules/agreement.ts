import type { Ambassadorship, AgreementVersion, Term } from '../model/ambassadorship';
import type { UserRef } from '../model/common';
import { userRefSchema } from '../model/common';
import type { AgreementTerms } from '../model/programme';
import { agreementTermsSchema } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import { DEFAULT_SETTINGS } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { assertOpen, assertTermRunning } from './ambassadorship-lifecycle';
import { parseInput } from './parse-input';
import { validateTerm } from './term';

/**
 * Step 3, "expectation alignment": each ambassador has a versioned agreement (tasks, time,
 * confidentiality, term, exit). Both the ambassador and a leader accept a *version*; a new
 * version voids earlier acceptances for being current, but they stay on record. When both sides
 * have accepted the current version, a candidate becomes active — accepting starts the training.
 */
export const AGREEMENT_SIDES = ['ambassador', 'leader'] as const;
export type AgreementSide = (typeof AGREEMENT_SIDES)[number];

export function currentAgreementVersion(amb: Ambassadorship): AgreementVersion | null {
  return amb.agreement.versions.reduce<AgreementVersion | null>(
    (latest, v) => (latest === null || v.version > latest.version ? v : latest),
    null,
  );
}

/**
 * A leader proposes a new version (1 for the first). The term is validated against the
 * programme's settings (TERM_INVALID / TERM_TOO_LONG). The ambassadorship's own term changes only
 * when the version is accepted by both sides.
 */
export function proposeAgreementVersion(
  amb: Ambassadorship,
  terms: AgreementTerms,
  term: Term,
  by: UserRef,
  now: Date,
  settings: Pick<ProgrammeSettings, 'termMonthsMax'> = DEFAULT_SETTINGS,
): Ambassadorship {
  assertOpen(amb);
  const checkedTerms = parseInput(agreementTermsSchema, terms);
  const checkedTerm = validateTerm(term, settings);
  const at = now.toISOString();
  const version: AgreementVersion = {
    ...checkedTerms,
    version: (currentAgreementVersion(amb)?.version ?? 0) + 1,
    term: checkedTerm,
    createdBy: parseInput(userRefSchema, by),
    createdAt: at,
  };
  return {
    ...amb,
    agreement: { ...amb.agreement, versions: [...amb.agreement.versions, version] },
    updatedAt: at,
  };
}

/**
 * One side accepts a version. The version the user read must be the current one
 * (AGREEMENT_VERSION_STALE otherwise — they must read the new text first); no versions yet →
 * AGREEMENT_MISSING. The ambassador side can only be accepted by the ambassador themself
 * (FORBIDDEN); that the leader side is accepted by a leader is the caller's role check.
 * Accepting twice is a no-op (returns the same object). With the programme's `timeZone`, an
 * ambassadorship whose term is over cannot be accepted any more (AMBASSADORSHIP_CLOSED): an
 * acceptance never re-activates or extends a role that has ended.
 */
export function acceptAgreement(
  amb: Ambassadorship,
  side: AgreementSide,
  version: number,
  by: UserRef,
  now: Date,
  timeZone?: string,
): Ambassadorship {
  if (timeZone === undefined) assertOpen(amb);
  else assertTermRunning(amb, now, timeZone);
  const current = currentAgreementVersion(amb);
  if (!current) throw new DomainError('AGREEMENT_MISSING', { id: amb.id });
  if (version !== current.version) {
    throw new DomainError('AGREEMENT_VERSION_STALE', { expected: version, current: current.version });
  }
  const who = parseInput(userRefSchema, by);
  if (side === 'ambassador' && who.userId !== amb.person.userId) throw new DomainError('FORBIDDEN', { side });
  const key = side === 'ambassador' ? 'ambassadorAcceptances' : 'leaderAcceptances';
  if (amb.agreement[key].some((a) => a.version === version)) return amb;
  const at = now.toISOString();
  const agreement = { ...amb.agreement, [key]: [...amb.agreement[key], { version, by: who, at }] };
  const accepted: Ambassadorship = { ...amb, agreement, updatedAt: at };
  const status = agreementStatus(accepted);
  if (!status.fullyAccepted) return accepted;
  return {
    ...accepted,
    term: { ...current.term },
    state: accepted.state === 'candidate' ? 'active' : accepted.state,
    activatedAt: accepted.state === 'candidate' ? at : accepted.activatedAt,
  };
}

export interface AgreementStatus {
  /** Null when no version has been proposed yet. */
  currentVersion: number | null;
  ambassadorAccepted: boolean;
  leaderAccepted: boolean;
  fullyAccepted: boolean;
  /** Sides that still have to accept the current version (empty when there is none). */
  pendingSides: AgreementSide[];
}

export function agreementStatus(amb: Ambassadorship): AgreementStatus {
  const current = currentAgreementVersion(amb);
  if (!current) {
    return {
      currentVersion: null,
      ambassadorAccepted: false,
      leaderAccepted: false,
      fullyAccepted: false,
      pendingSides: [],
    };
  }
  const ambassadorAccepted = amb.agreement.ambassadorAcceptances.some((a) => a.version === current.version);
  const leaderAccepted = amb.agreement.leaderAcceptances.some((a) => a.version === current.version);
  const pendingSides: AgreementSide[] = [];
  if (!ambassadorAccepted) pendingSides.push('ambassador');
  if (!leaderAccepted) pendingSides.push('leader');
  return {
    currentVersion: current.version,
    ambassadorAccepted,
    leaderAccepted,
    fullyAccepted: ambassadorAccepted && leaderAccepted,
    pendingSides,
  };
}
