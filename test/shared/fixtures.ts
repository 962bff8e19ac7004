/**
 * A small factory for programme boards in tests. Programmes come from the lead's `newProgramme`
 * (the same defaults production uses); other documents are parsed through their zod schemas, so
 * a fixture that drifts from the model fails loudly instead of testing a shape that cannot exist.
 * Ambassadors are made active through the real rules (select → propose → accept twice).
 */
import {
  acceptAgreement,
  ambassadorshipSchema,
  checkInSchema,
  meetingSchema,
  newProgramme,
  programmeSchema,
  proposeAgreementVersion,
  selectAmbassador,
  type AgreementTerms,
  type Ambassadorship,
  type BoardData,
  type CheckIn,
  type Meeting,
  type Programme,
  type Term,
  type UserRef,
} from '@ambassadors/shared';

export const TENANT = 'tenant-1';
export const PROGRAMME_ID = 'prog-1';
export const LEADER: UserRef = { userId: 'leader-1', displayName: 'Lene Leder' };
export const LEADER_2: UserRef = { userId: 'leader-2', displayName: 'Lars Leder' };
export const ANNA: UserRef = { userId: 'anna', displayName: 'Anna Andersen' };
export const BO: UserRef = { userId: 'bo', displayName: 'Bo Berg' };
export const CARL: UserRef = { userId: 'carl', displayName: 'Carl Clausen' };
export const EMPLOYEE: UserRef = { userId: 'emp-9', displayName: 'Eva Employee' };

export const TERMS: AgreementTerms = {
  role: 'Workplace-community ambassador',
  responsibilities: ['Push the dialogues'],
  expectations: ['Two hours a month'],
  hoursPerMonth: 3,
  passOn: { themes: ['workload'], situations: 'Where you had to take a stand' },
  confidentiality: 'Never name colleagues',
};

export interface ProgrammeOptions {
  timeZone?: string;
  startDate?: string;
  now?: Date;
  settings?: Partial<Programme['settings']>;
  steps?: Partial<{ [K in keyof Programme['steps']]: Partial<Programme['steps'][K]> }>;
  owners?: UserRef[];
  locale?: 'da' | 'en';
}

export function makeProgramme(options: ProgrammeOptions = {}): Programme {
  const base = newProgramme({
    id: PROGRAMME_ID,
    tenantId: TENANT,
    name: 'Ambassadors 2026',
    locale: options.locale ?? 'da',
    owner: LEADER,
    now: options.now ?? new Date('2026-01-01T08:00:00Z'),
    timeZone: options.timeZone ?? 'Europe/Copenhagen',
    startDate: options.startDate ?? '2026-01-01',
  });
  const steps = options.steps ?? {};
  return programmeSchema.parse({
    ...base,
    owners: options.owners ?? base.owners,
    settings: { ...base.settings, ...options.settings },
    steps: {
      taskPlan: { ...base.steps.taskPlan, ...steps.taskPlan },
      posting: { ...base.steps.posting, ...steps.posting },
      agreement: { ...base.steps.agreement, ...steps.agreement },
      training: { ...base.steps.training, ...steps.training },
      meetings: { ...base.steps.meetings, ...steps.meetings },
    },
  });
}

export function makeBoard(
  programme: Programme,
  parts: Partial<Omit<BoardData, 'programme'>> = {},
): BoardData {
  return {
    programme,
    ambassadorships: parts.ambassadorships ?? [],
    applications: parts.applications ?? [],
    meetings: parts.meetings ?? [],
    checkIns: parts.checkIns ?? [],
    decisions: parts.decisions ?? [],
    ...(parts.feedbackMonths ? { feedbackMonths: parts.feedbackMonths } : {}),
    ...(parts.openSituations ? { openSituations: parts.openSituations } : {}),
  };
}

/** A candidate, selected directly with a reason. */
export function makeCandidate(
  programme: Programme,
  person: UserRef,
  at: Date,
  options: { id?: string; term?: Term } = {},
): Ambassadorship {
  return selectAmbassador({
    programme,
    person,
    reason: 'Trusted by colleagues',
    term: options.term ?? null,
    by: LEADER,
    now: at,
    id: options.id ?? `amb-${person.userId}`,
  }).ambassadorship;
}

/** An active ambassador: selected at `at`, agreement v1 proposed and accepted by both sides. */
export function makeActive(
  programme: Programme,
  person: UserRef,
  at: Date,
  options: { id?: string; term?: Term } = {},
): Ambassadorship {
  const candidate = makeCandidate(programme, person, at, options);
  const proposed = proposeAgreementVersion(candidate, TERMS, candidate.term, LEADER, at, programme.settings);
  const accepted = acceptAgreement(proposed, 'ambassador', 1, person, at);
  return acceptAgreement(accepted, 'leader', 1, LEADER, at);
}

/** A raw ambassadorship in any state, parsed through the schema. */
export function rawAmbassadorship(
  overrides: Partial<Ambassadorship> & { id: string; person: UserRef },
): Ambassadorship {
  return ambassadorshipSchema.parse({
    tenantId: TENANT,
    programmeId: PROGRAMME_ID,
    type: 'ambassadorship',
    state: 'active',
    selection: { reason: 'chosen', applicationId: null, by: LEADER, at: '2026-01-01T08:00:00.000Z' },
    term: { start: '2026-01-01', end: '2026-12-31' },
    agreement: {},
    exit: {},
    activatedAt: '2026-01-01T08:00:00.000Z',
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
    ...overrides,
  });
}

export function makeMeeting(overrides: Partial<Meeting> & { id: string; scheduledAt: string }): Meeting {
  return meetingSchema.parse({
    tenantId: TENANT,
    programmeId: PROGRAMME_ID,
    type: 'meeting',
    kind: 'regular',
    notes: {},
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
    ...overrides,
  });
}

let checkInCounter = 0;
export function makeCheckIn(overrides: Partial<CheckIn> & { submittedAt: string }): CheckIn {
  checkInCounter += 1;
  return checkInSchema.parse({
    id: `ci-${checkInCounter}`,
    tenantId: TENANT,
    programmeId: PROGRAMME_ID,
    type: 'checkIn',
    authorKey: 'hash-anna',
    alignment: 4,
    keyMessageVersion: null,
    changeCourse: 'no',
    expiresAt: '2028-01-01T00:00:00.000Z',
    ...overrides,
  });
}

/** Catches the DomainError a function throws, for asserting on its code and params. */
export function thrown(fn: () => unknown): {
  code: string;
  params: Record<string, unknown>;
  fieldsIn: (locale: 'da' | 'en') => Array<{ path: string; label: string; message: string }>;
} {
  try {
    fn();
  } catch (error) {
    const e = error as {
      code?: string;
      params?: Record<string, unknown>;
      fieldsIn?: (locale: 'da' | 'en') => Array<{ path: string; label: string; message: string }>;
    };
    if (e.code) {
      const result = { code: e.code, params: e.params ?? {} };
      // Not enumerable: tests compare `{ code, params }` with toEqual.
      return Object.defineProperty(result, 'fieldsIn', {
        value: (l: 'da' | 'en') => e.fieldsIn?.(l) ?? [],
        enumerable: false,
      }) as ReturnType<typeof thrown>;
    }
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
