import {
  addDays,
  applicationSchema,
  checkInSchema,
  decisionSchema,
  localDateOf,
  nextActions,
  nextAlignmentMeeting,
  newProgramme,
  proposeAgreementVersion,
  withdraw,
  type BoardData,
  type NextAction,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  EMPLOYEE,
  LEADER,
  PROGRAMME_ID,
  TENANT,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeMeeting,
  rawAmbassadorship,
} from '../fixtures';
import {
  MODULES,
  NOW,
  SELECTED_AT,
  completeProgramme,
  onTrackBoard,
  trainedAmbassador,
} from './guidance-fixtures';

const leader = { userId: LEADER.userId };
const kinds = (actions: NextAction[]) => actions.map((a) => a.kind);
const today = localDateOf(NOW, 'Europe/Copenhagen');

describe('the leaders’ next actions', () => {
  it('has nothing to do when every step is done and every watch-out on track', () => {
    expect(nextActions(onTrackBoard(), leader, NOW)).toEqual([]);
  });

  it('walks a fresh programme through the card’s planning in step order', () => {
    const programme = newProgramme({
      id: PROGRAMME_ID,
      tenantId: TENANT,
      name: 'Fresh',
      locale: 'en',
      owner: LEADER,
      now: NOW,
      timeZone: 'Europe/Copenhagen',
      startDate: today,
    });
    const actions = nextActions(makeBoard(programme), leader, NOW);
    expect(kinds(actions)).toEqual([
      'writeTaskPlan',
      'draftPosting',
      'draftAgreementTemplate',
      'addTrainingModules',
      'setMeetingCadence',
    ]);
    expect(actions.map((a) => a.step)).toEqual(['taskPlan', 'posting', 'agreement', 'training', 'meetings']);
    expect(actions.every((a) => a.due === null && !a.overdue)).toBe(true);
  });

  it('ends a planning action when a leader marks the step done, and dates it by the step’s due date', () => {
    const base = completeProgramme({ steps: { taskPlan: { tasks: [], dueDate: '2026-03-19' } } });
    const board = { ...onTrackBoard(base) };
    const [first] = nextActions(board, leader, NOW);
    expect(first).toMatchObject({ kind: 'writeTaskPlan', due: '2026-03-19', overdue: true });
    const overridden = completeProgramme({
      steps: {
        taskPlan: {
          tasks: [],
          override: { status: 'done', note: 'Tasks agreed on paper', by: LEADER, at: NOW.toISOString() },
        },
      },
    });
    expect(kinds(nextActions(onTrackBoard(overridden), leader, NOW))).not.toContain('writeTaskPlan');
  });

  it('asks to publish a drafted posting', () => {
    const programme = completeProgramme();
    const draft = { ...programme.steps.posting.posting!, publishedAt: null };
    const board = onTrackBoard({
      ...programme,
      steps: { ...programme.steps, posting: { ...programme.steps.posting, posting: draft } },
    });
    expect(kinds(nextActions(board, leader, NOW))).toEqual(['publishPosting']);
  });

  it('counts the applications without a decision', () => {
    const board = onTrackBoard();
    const application = (id: string, person = EMPLOYEE) =>
      applicationSchema.parse({
        id,
        tenantId: TENANT,
        programmeId: PROGRAMME_ID,
        type: 'application',
        applicant: person,
        motivation: 'I would like to help – jeg vil gerne styrke vores arbejdsfællesskab',
        invited: false,
        submittedAt: '2026-01-20T09:00:00.000Z',
      });
    const actions = nextActions(
      { ...board, applications: [application('a1'), application('a2', CARL)] },
      leader,
      NOW,
    );
    expect(actions).toEqual([expect.objectContaining({ kind: 'decideApplications', params: { count: 2 } })]);
  });

  it('asks to send a candidate the agreement once the template exists, and to accept the leaders’ side', () => {
    const programme = completeProgramme();
    const board = onTrackBoard(programme);
    const bo = makeCandidate(programme, BO, NOW);
    const withBo = { ...board, ambassadorships: [...board.ambassadorships, bo] };
    expect(nextActions(withBo, leader, NOW)).toEqual([
      expect.objectContaining({
        kind: 'proposeAgreement',
        step: 'agreement',
        params: expect.objectContaining({ name: BO.displayName }),
      }),
    ]);
    // No template written, but a posting: the board offers one prefilled from it, so Bo can be sent it.
    const noTemplate = {
      ...programme,
      steps: { ...programme.steps, agreement: { ...programme.steps.agreement, template: null } },
    };
    expect(kinds(nextActions({ ...withBo, programme: noTemplate }, leader, NOW))).toEqual([
      'proposeAgreement',
    ]);
    // Neither a template nor a posting to prefill one from: the template must be drafted first.
    const nothingToPrefill = {
      ...noTemplate,
      steps: { ...noTemplate.steps, posting: { ...noTemplate.steps.posting, posting: null } },
    };
    expect(kinds(nextActions({ ...withBo, programme: nothingToPrefill }, leader, NOW))).toContain(
      'draftAgreementTemplate',
    );
    expect(kinds(nextActions({ ...withBo, programme: nothingToPrefill }, leader, NOW))).not.toContain(
      'proposeAgreement',
    );

    const proposed = proposeAgreementVersion(
      bo,
      TERMS,
      { start: '2026-04-01', end: '2027-03-31' },
      LEADER,
      NOW,
      programme.settings,
    );
    const pending = nextActions(
      { ...board, ambassadorships: [...board.ambassadorships, proposed] },
      leader,
      NOW,
    );
    // Proposing is the leaders' acceptance: nothing is left for them to accept.
    expect(kinds(pending)).not.toContain('acceptAgreementAsLeader');
  });

  it('follows up a module the day after its due day, not on it', () => {
    const dueModules = MODULES.map((m) => ({ ...m, dueWithinDays: 14 }));
    const programme = completeProgramme({ steps: { training: { modules: dueModules } } });
    // Activated Monday 2 March: due 16 March (a working day).
    const activated = new Date('2026-03-02T09:00:00Z');
    const bo = makeActive(programme, BO, activated);
    const board = { ...onTrackBoard(programme), ambassadorships: [trainedAmbassador(programme), bo] };
    const onDueDay = new Date('2026-03-16T15:00:00Z');
    expect(kinds(nextActions(board, leader, onDueDay))).not.toContain('followUpTraining');
    const dayAfter = new Date('2026-03-17T08:00:00Z');
    expect(nextActions(board, leader, dayAfter)).toContainEqual(
      expect.objectContaining({
        kind: 'followUpTraining',
        step: 'training',
        due: '2026-03-16',
        overdue: true,
        params: expect.objectContaining({ name: BO.displayName, title: 'The role' }),
      }),
    );
  });

  it('asks for the monthly alignment meeting by the date the board and the reminders name, unless one is planned', () => {
    const programme = completeProgramme();
    const board: BoardData = {
      ...onTrackBoard(programme),
      ambassadorships: [
        trainedAmbassador(programme, ANNA, 'amb-anna'),
        trainedAmbassador(programme, BO, 'amb-bo'),
        trainedAmbassador(programme, CARL, 'amb-carl'),
      ],
    };
    const due = nextAlignmentMeeting(board, NOW)!;
    expect(due.source).toBe('due');
    const [first] = nextActions(board, leader, NOW);
    expect(first).toMatchObject({
      kind: 'holdAlignmentMeeting',
      watchOut: 'alignMessages',
      step: 'meetings',
      due: localDateOf(new Date(due.at), 'Europe/Copenhagen'),
      params: { count: 3 },
    });
    const planned = makeMeeting({
      id: 'align-1',
      kind: 'alignment',
      scheduledAt: '2026-03-26T09:00:00.000Z',
    });
    expect(
      kinds(nextActions({ ...board, meetings: [...board.meetings, planned] }, leader, NOW)),
    ).not.toContain('holdAlignmentMeeting');
    // One ambassador: the card's "several" is not met.
    expect(kinds(nextActions(onTrackBoard(programme), leader, NOW))).not.toContain('holdAlignmentMeeting');
  });

  it('asks for a key message once there are ambassadors to carry one', () => {
    const programme = { ...completeProgramme(), keyMessages: [] };
    expect(kinds(nextActions(onTrackBoard(programme), leader, NOW))).toEqual(['publishKeyMessage']);
    expect(kinds(nextActions(makeBoard(programme), leader, NOW))).not.toContain('publishKeyMessage');
  });

  describe('themes waiting for an answer', () => {
    const checkIn = (n: number, theme: string, day: string) =>
      checkInSchema.parse({
        id: `ci-${theme}-${n}`,
        tenantId: TENANT,
        programmeId: PROGRAMME_ID,
        type: 'checkIn',
        authorKey: `author-${n}`,
        situations: [{ theme, description: '' }],
        alignment: 4,
        keyMessageVersion: 1,
        changeCourse: 'no',
        submittedAt: `${day}T09:00:00.000Z`,
        expiresAt: '2028-01-01T00:00:00.000Z',
      });
    // Five different people name "Workload", the fifth on 6 March: visible from then.
    const five = [1, 2, 3, 4, 5].map((n) => checkIn(n, 'Workload', `2026-03-0${n + 1}`));

    it('counts from the day enough different people had named the theme', () => {
      const board = { ...onTrackBoard(), checkIns: five };
      expect(nextActions(board, leader, NOW)).toEqual([
        expect.objectContaining({
          kind: 'answerThemes',
          watchOut: 'feedback',
          params: { count: 1, days: 14 },
        }),
      ]);
    });

    it('says nothing about a theme too few people named, or one the leaders answered', () => {
      expect(nextActions({ ...onTrackBoard(), checkIns: five.slice(0, 4) }, leader, NOW)).toEqual([]);
      const answered = decisionSchema.parse({
        id: 'd1',
        tenantId: TENANT,
        programmeId: PROGRAMME_ID,
        type: 'decision',
        outcome: 'keepCourse',
        theme: 'workload',
        explanation: 'We keep the plan',
        by: LEADER,
        at: '2026-03-12T09:00:00.000Z',
      });
      expect(nextActions({ ...onTrackBoard(), checkIns: five, decisions: [answered] }, leader, NOW)).toEqual(
        [],
      );
    });
  });

  describe('exits (limit the period)', () => {
    const ending = (end: string, exit = {}) =>
      rawAmbassadorship({
        id: 'amb-lars',
        person: BO,
        term: { start: '2025-06-01', end },
        activatedAt: '2025-06-01T08:00:00.000Z',
        exit: { debriefDate: null, debriefHeldAt: null, handoverNotes: '', thankedAt: null, ...exit },
      });
    // The only ambassador, so the monthly alignment rhythm (two or more) stays out of the way.
    const withAmb = (amb: ReturnType<typeof ending>) => ({ ...onTrackBoard(), ambassadorships: [amb] });

    it('asks to plan the exit exactly from 30 days left (today counted), not at 31', () => {
      // 20 March counted: the term ending 18 April has 30 days left, 19 April 31.
      const at30 = nextActions(withAmb(ending('2026-04-18')), leader, NOW);
      expect(at30).toEqual([
        expect.objectContaining({
          kind: 'planExit',
          step: 'agreement',
          watchOut: 'limitPeriod',
          due: '2026-04-18',
          params: expect.objectContaining({ name: BO.displayName, days: 30 }),
        }),
      ]);
      expect(nextActions(withAmb(ending('2026-04-19')), leader, NOW)).toEqual([]);
    });

    it('stops asking once the debrief has a date', () => {
      expect(nextActions(withAmb(ending('2026-04-01', { debriefDate: '2026-03-30' })), leader, NOW)).toEqual(
        [],
      );
    });

    it('asks for the debrief for 30 days after the term, until it is held', () => {
      const ended = (end: string, exit = {}) => ({
        ...ending(end, exit),
        state: 'ended' as const,
        endedAt: `${addDays(end, 1)}T00:00:00.000Z`,
      });
      expect(kinds(nextActions(withAmb(ended('2026-02-18')), leader, NOW))).toEqual(['holdExitDebrief']);
      expect(nextActions(withAmb(ended('2026-02-17')), leader, NOW)).toEqual([]);
      expect(
        nextActions(withAmb(ended('2026-03-01', { debriefHeldAt: '2026-03-05T09:00:00.000Z' })), leader, NOW),
      ).toEqual([]);
    });

    it('asks for the debrief of a withdrawal from the day it happened', () => {
      const programme = completeProgramme();
      const bo = withdraw(trainedAmbassador(programme, BO, 'amb-bo'), 'Moved to another team', LEADER, NOW);
      const board = { ...onTrackBoard(programme), ambassadorships: [trainedAmbassador(programme), bo] };
      expect(nextActions(board, leader, NOW)).toEqual([
        expect.objectContaining({
          kind: 'holdExitDebrief',
          params: expect.objectContaining({ reason: 'withdrawn', endedOn: today }),
        }),
      ]);
    });
  });

  it('lists overdue actions first and at most five', () => {
    const programme = newProgramme({
      id: PROGRAMME_ID,
      tenantId: TENANT,
      name: 'Fresh',
      locale: 'en',
      owner: LEADER,
      now: SELECTED_AT,
      timeZone: 'Europe/Copenhagen',
      startDate: '2026-02-01',
    });
    const late = {
      ...programme,
      steps: { ...programme.steps, meetings: { ...programme.steps.meetings, dueDate: '2026-03-01' } },
    };
    const board = makeBoard(late, { ambassadorships: [makeCandidate(late, ANNA, SELECTED_AT)] });
    const actions = nextActions(board, leader, NOW);
    expect(actions).toHaveLength(5);
    expect(actions[0]).toMatchObject({ kind: 'setMeetingCadence', overdue: true });
  });
});
