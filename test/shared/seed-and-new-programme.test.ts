import {
  AMBASSADORS_CARD,
  DEMO_PEOPLE,
  DomainError,
  ambassadorshipSchema,
  createDemoBoard,
  createProgrammeInputSchema,
  errorMessage,
  newProgramme,
  pickLocale,
  programmeSchema,
} from '@ambassadors/shared';

const NOW = new Date('2026-11-27T08:00:00Z');
const TENANT = '11111111-1111-4111-8111-111111111111';

describe('newProgramme', () => {
  it('starts from the card defaults with the creator as owner', () => {
    const programme = newProgramme({
      id: 'p1',
      tenantId: TENANT,
      name: 'Fællesskab',
      locale: 'da',
      owner: DEMO_PEOPLE.leader,
      now: NOW,
    });
    expect(programme.owners).toEqual([DEMO_PEOPLE.leader]);
    expect(programme.settings.termMonthsDefault).toBe(12);
    expect(programme.settings.anonymityMinAnswers).toBe(5);
    expect(programme.settings.anonymityMinFreeText).toBe(10);
    expect(programme.steps.meetings.agenda).toEqual(['progress', 'challenges', 'successes', 'keyMessage']);
    expect(programme.startDate).toBe('2026-11-27');
    expect(programme.timeZone).toBe('Europe/Copenhagen');
  });

  it('takes the start date in the programme time zone, not UTC', () => {
    const lateEvening = new Date('2026-11-27T23:30:00Z'); // already the 28th in Copenhagen
    const programme = newProgramme({
      id: 'p1',
      tenantId: TENANT,
      name: 'x',
      locale: 'en',
      owner: DEMO_PEOPLE.leader,
      now: lateEvening,
    });
    expect(programme.startDate).toBe('2026-11-28');
  });

  it('rejects an unknown time zone', () => {
    expect(() =>
      newProgramme({
        id: 'p1',
        tenantId: TENANT,
        name: 'x',
        locale: 'en',
        owner: DEMO_PEOPLE.leader,
        now: NOW,
        timeZone: 'Mars/Olympus',
      }),
    ).toThrow(/time zone/);
  });

  it('input schema refuses a tenant in the body and an unknown locale', () => {
    expect(createProgrammeInputSchema.safeParse({ name: 'x', locale: 'da', tenantId: 'evil' }).success).toBe(
      false,
    );
    expect(createProgrammeInputSchema.safeParse({ name: 'x', locale: 'de' }).success).toBe(false);
    expect(createProgrammeInputSchema.safeParse({ name: '  ', locale: 'da' }).success).toBe(false);
    expect(createProgrammeInputSchema.safeParse({ name: 'x', locale: 'en' }).success).toBe(true);
  });
});

describe('the demo programme', () => {
  const board = createDemoBoard(TENANT, NOW);

  it('is a valid Danish programme with all five steps filled in', () => {
    expect(() => programmeSchema.parse(board.programme)).not.toThrow();
    expect(board.programme.locale).toBe('da');
    expect(board.programme.steps.taskPlan.tasks.length).toBeGreaterThan(0);
    expect(board.programme.steps.posting.posting).not.toBeNull();
    expect(board.programme.steps.agreement.template).not.toBeNull();
    expect(board.programme.steps.training.modules.length).toBeGreaterThan(0);
    expect(board.programme.steps.meetings.cadence).not.toBeNull();
  });

  it('has three ambassadors at different stages', () => {
    for (const amb of board.ambassadorships) expect(() => ambassadorshipSchema.parse(amb)).not.toThrow();
    const states = board.ambassadorships.map((amb) => [amb.person.userId, amb.state]);
    expect(states).toEqual([
      ['local-amb-1', 'active'],
      ['local-amb-2', 'candidate'],
      ['local-amb-3', 'active'],
    ]);
    const ending = board.ambassadorships.find((amb) => amb.person.userId === 'local-amb-3')!;
    expect(ending.term.end).toBe('2026-12-18');
    const candidate = board.ambassadorships.find((amb) => amb.state === 'candidate')!;
    expect(candidate.agreement.ambassadorAcceptances).toHaveLength(0);
    expect(candidate.agreement.leaderAcceptances).toHaveLength(1);
  });

  it('keeps every board document in the same tenant and programme', () => {
    const docs = [
      ...board.ambassadorships,
      ...board.applications,
      ...board.meetings,
      ...board.checkIns,
      ...board.decisions,
    ];
    for (const doc of docs) {
      expect(doc.tenantId).toBe(TENANT);
      expect(doc.programmeId).toBe(board.programme.id);
    }
  });

  it('never records named colleagues in check-ins: only themes and situations', () => {
    for (const checkIn of board.checkIns) {
      for (const person of Object.values(DEMO_PEOPLE)) {
        expect(JSON.stringify(checkIn.situations)).not.toContain(person.displayName);
      }
    }
  });
});

describe('card, locale and error catalogue', () => {
  it('uses the card wording for the Danish step names', () => {
    expect(AMBASSADORS_CARD.steps.map((step) => step.title.da)).toEqual([
      'Plan for ambassadøropgaver',
      'Ambassadøropslag',
      'Forventningsafstemning',
      'Mindset',
      'Møder',
    ]);
    expect(AMBASSADORS_CARD.facts.durationMinutes).toBe(180);
  });

  it('picks the locale from Teams tags and Accept-Language', () => {
    expect(pickLocale('da-DK')).toBe('da');
    expect(pickLocale('en-GB,da;q=0.8')).toBe('en');
    expect(pickLocale('de-DE,en;q=0.5')).toBe('en');
    expect(pickLocale('fr-FR')).toBe('da');
    expect(pickLocale(undefined, 'en')).toBe('en');
  });

  it('renders error messages in both languages with parameters', () => {
    expect(errorMessage('TERM_TOO_LONG', 'en', { maxMonths: 18 })).toContain('18 months');
    expect(errorMessage('TERM_TOO_LONG', 'da', { maxMonths: 18 })).toContain('18 måneder');
    const error = new DomainError('CONFLICT');
    expect(error.status).toBe(409);
    expect(error.toBody('da').code).toBe('CONFLICT');
  });
});
