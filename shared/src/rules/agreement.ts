import type { Ambassadorship, AgreementVersion, Term } from '../model/ambassadorship';
import type { UserRef } from '../model/common';
import { userRefSchema } from '../model/common';
import type { AgreementTerms } from '../model/programme';
import { agreementTermsSchema, type Programme } from '../model/programme';
import { DEFAULT_SETTINGS } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { assertOpen, endTermIfDue } from './ambassadorship-lifecycle';
import { localDateOf } from './calendar';
import { parseInput } from './parse-input';
import { checkTerm, type TermLimitSettings } from './term-limits';

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

/** Where an agreement's term is checked: the programme's zone and the person's other terms. */
export interface AgreementTermContext {
  /** The programme's time zone (days are local days). Defaults to Europe/Copenhagen. */
  timeZone?: string;
  /** The programme's ambassadorships: the person's earlier terms count towards the limit. */
  ambassadorships?: readonly Ambassadorship[];
}

const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/**
 * A leader proposes a new version (1 for the first). Its term passes `checkTerm`: real dates, at
 * most `termMonthsMax`, not in the past (an active ambassador's running term keeps its start),
 * and within the limit with the person's consecutive terms. The ambassadorship's own term
 * changes only when the version is accepted by both sides. A term that is over closes the
 * ambassadorship (AMBASSADORSHIP_CLOSED), even before the scheduler has recorded it.
 * Proposing is the leaders' acceptance of that version (one step): the proposing leader is
 * recorded as the leader side, so only the ambassador still has to accept (and is asked to).
 */
export function proposeAgreementVersion(
  amb: Ambassadorship,
  terms: AgreementTerms,
  term: Term,
  by: UserRef,
  now: Date,
  settings: TermLimitSettings = DEFAULT_SETTINGS,
  context: AgreementTermContext = {},
): Ambassadorship {
  const timeZone = context.timeZone ?? DEFAULT_TIME_ZONE;
  assertOpen(endTermIfDue(amb, now, timeZone));
  const checkedTerms = parseInput(agreementTermsSchema, terms);
  const checkedTerm = checkTerm({
    term,
    programme: { id: amb.programmeId, timeZone, settings },
    userId: amb.person.userId,
    ambassadorshipId: amb.id,
    ambassadorships: context.ambassadorships ?? [],
    now,
    runningStart: amb.state === 'active' ? amb.term.start : null,
  });
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
    agreement: {
      ...amb.agreement,
      versions: [...amb.agreement.versions, version],
      leaderAcceptances: [
        ...amb.agreement.leaderAcceptances,
        { version: version.version, by: version.createdBy, at },
      ],
    },
    updatedAt: at,
  };
}

/**
 * One side accepts a version. The version the user read must be the current one
 * (AGREEMENT_VERSION_STALE otherwise — they must read the new text first); no versions yet →
 * AGREEMENT_MISSING. The ambassador side can only be accepted by the ambassador themself
 * (FORBIDDEN); that the leader side is accepted by a leader is the caller's role check.
 * Accepting twice is a no-op (returns the same object). The term starts no earlier than the
 * agreement is accepted (the card: accepting starts the role): a version whose term has begun
 * by now cannot be accepted (TERM_STARTS_BEFORE_ACCEPTANCE) unless it keeps the start of a term
 * already running. A term that is over closes the ambassadorship (AMBASSADORSHIP_CLOSED).
 */
export function acceptAgreement(
  amb: Ambassadorship,
  side: AgreementSide,
  version: number,
  by: UserRef,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): Ambassadorship {
  assertOpen(endTermIfDue(amb, now, timeZone));
  const current = currentAgreementVersion(amb);
  if (!current) throw new DomainError('AGREEMENT_MISSING', { id: amb.id });
  if (version !== current.version) {
    throw new DomainError('AGREEMENT_VERSION_STALE', { expected: version, current: current.version });
  }
  const who = parseInput(userRefSchema, by);
  if (side === 'ambassador' && who.userId !== amb.person.userId) throw new DomainError('FORBIDDEN', { side });
  const key = side === 'ambassador' ? 'ambassadorAcceptances' : 'leaderAcceptances';
  if (amb.agreement[key].some((a) => a.version === version)) return amb;
  const running = amb.state === 'active' && current.term.start === amb.term.start;
  if (!running && current.term.start < localDateOf(now, timeZone)) {
    throw new DomainError('TERM_STARTS_BEFORE_ACCEPTANCE', { version, start: current.term.start });
  }
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

/**
 * Where each ambassador's agreement starts, without retyping: the leaders' own template when
 * they wrote one, else one filled from the posting (role, responsibilities, expectations, hours)
 * and the task plan (each task as a responsibility). Null when there is neither a template nor
 * a posting. Always valid agreement terms, so it can be proposed as it is.
 */
export function prefilledAgreementTemplate(programme: Pick<Programme, 'steps'>): AgreementTerms | null {
  const { template } = programme.steps.agreement;
  if (template) return template;
  const posting = programme.steps.posting.posting;
  if (!posting) return null;
  const tasks = programme.steps.taskPlan.tasks.map((task) => task.title);
  const responsibilities = [...new Set([...posting.responsibilities, ...tasks])].slice(0, 30);
  return parseInput(agreementTermsSchema, {
    role: posting.title,
    responsibilities,
    expectations: posting.expectations.slice(0, 30),
    hoursPerMonth: posting.hoursPerMonth,
    passOn: { themes: [], situations: '' },
    confidentiality: '',
  });
}
