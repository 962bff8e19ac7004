import { STEP_KEYS, boardViewSchema, type BoardView } from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * GET …/board: the one document the tab renders, cut by the server to what the caller's role may
 * see. Checked for each demo person over real HTTP against the seeded demo programme.
 */
describe('the board API per role', () => {
  let world: ApiWorld;
  const boardOf = async (person: { userId: string; displayName: string }) => {
    const response = await world.as(person)('/api/v1/programmes/programme-a/board');
    expect(response.status).toBe(200);
    // The served JSON is exactly the documented shape (strict: no undocumented fields).
    boardViewSchema.parse(response.body);
    return response as { status: number; body: BoardView; headers: Headers };
  };

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-a', new Date()));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('leader: everything — steps, applications, answers, candidates with agreement status, ETags', async () => {
    const { body, headers } = await boardOf(PEOPLE.leader);
    expect(body.role).toBe('leader');
    expect(headers.get('etag')).toBe(`"${body.programme.etag}"`);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.steps.map((s) => s.key)).toEqual([...STEP_KEYS]);
    const taskPlan = body.steps[0]!;
    expect(taskPlan).toMatchObject({ key: 'taskPlan', status: 'done', owner: PEOPLE.leader, missing: [] });
    expect(body.card.title.da).toBe('Ambassadører');
    expect(body.applications).toHaveLength(3);
    expect(body.managementAnswers?.selectAmbassadors).toHaveLength(1);
    expect(body.agreementTemplate?.role).toContain('ambassadør');
    expect(body.programme.settings?.anonymityMinAnswers).toBe(5);
    expect(body.posting.invitations).toHaveLength(1);
    // 3 check-ins from 2 people: below the threshold of 5 people, so no count at all.
    expect(body.checkInCount).toBeUndefined();
    // Candidates are on the leaders' list (they need their agreement), with the reason they were chosen.
    const aisha = body.ambassadors.find((a) => a.person.userId === PEOPLE.candidateAmbassador.userId)!;
    expect(aisha).toMatchObject({ state: 'candidate', agreement: { pendingSides: ['ambassador'] } });
    expect(aisha.selectionReason).toContain('Aisha');
    expect(aisha.etag).toEqual(expect.any(String));
    // The term ending in three weeks is flagged (the "upcoming exits" watch-out).
    const lars = body.ambassadors.find((a) => a.person.userId === PEOPLE.endingAmbassador.userId)!;
    expect(lars.termEndingSoon).toBe(true);
    expect(lars.daysLeft).toBeGreaterThan(15);
    expect(lars.daysLeft).toBeLessThanOrEqual(30);
    expect(body.keyMessage?.version).toBe(1);
    expect(body.alignmentRequired).toBe(true);
    expect(body.nextAlignmentMeeting).toMatchObject({ source: 'planned', meetingId: 'meeting-next' });
    expect(body.meetings.recent[0]?.notes?.progress).toContain('teams');
    expect(body.youSaidWeDid[0]).toMatchObject({ theme: 'Arbejdspres', outcome: 'changeCourse' });
    // the theme was named by one person only: "answers N check-ins" is not shown
    expect(body.youSaidWeDid[0]).not.toHaveProperty('checkInCount');
    expect(body.permissions).toEqual(
      expect.arrayContaining(['step:edit', 'ambassador:select', 'feedback:viewOverview']),
    );
  });

  it('employee: the programme, the posting and current ambassadors — nothing per person, nothing of the leaders', async () => {
    const { body } = await boardOf(PEOPLE.employee);
    expect(body.role).toBe('employee');
    for (const field of [
      'applications',
      'managementAnswers',
      'agreementTemplate',
      'formerAmbassadors',
      'checkInCount',
      'myAmbassadorship',
    ]) {
      expect(body).not.toHaveProperty(field);
    }
    expect(body.programme).not.toHaveProperty('settings');
    expect(body.posting).not.toHaveProperty('invitations');
    expect(body.posting).toMatchObject({ open: true, canApply: true });
    // Only active ambassadors are shown to colleagues — not the candidate — and without paperwork.
    expect(body.ambassadors.map((a) => a.person.userId).sort()).toEqual(
      [PEOPLE.activeAmbassador.userId, PEOPLE.endingAmbassador.userId].sort(),
    );
    for (const amb of body.ambassadors) {
      expect(Object.keys(amb).sort()).toEqual([
        'activatedAt',
        'daysLeft',
        'id',
        'person',
        'state',
        'term',
        'termEndingSoon',
      ]);
    }
    expect(body.meetings).toEqual({ upcoming: [], recent: [] });
    expect(body.myApplication).toBeNull();
    expect(body.permissions).toEqual(expect.arrayContaining(['programme:view', 'posting:apply']));
    expect(body.permissions).not.toContain('step:edit');
    expect(JSON.stringify(body)).not.toContain('selectionReason');
  });

  it('candidate ambassador: her agreement awaiting her acceptance, training and meetings', async () => {
    const { body } = await boardOf(PEOPLE.candidateAmbassador);
    expect(body.role).toBe('ambassador');
    expect(body.myAmbassadorship).toMatchObject({
      id: 'amb-aisha',
      state: 'candidate',
      canCheckIn: false,
      agreement: { status: { currentVersion: 1, pendingSides: ['ambassador'] }, current: { version: 1 } },
    });
    expect(body.myAmbassadorship?.training.modules).toHaveLength(4);
    expect(body.myAmbassadorship?.nextMeetings[0]?.id).toBe('meeting-next');
    expect(body.meetings.recent[0]?.notes).toBeDefined();
    expect(body.meetings.recent[0]).not.toHaveProperty('etag');
    expect(body).not.toHaveProperty('applications');
    expect(body.posting.canApply).toBe(false);
    expect(body.myApplication?.decision?.outcome).toBe('selected');
  });

  it('active ambassador: may check in; sees colleagues only as active ambassadors', async () => {
    const { body } = await boardOf(PEOPLE.activeAmbassador);
    expect(body.myAmbassadorship).toMatchObject({ id: 'amb-jonas', state: 'active', canCheckIn: true });
    expect(body.myAmbassadorship?.training.progress).toMatchObject({ done: 2, total: 4 });
    expect(body.ambassadors.every((a) => a.state === 'active' && a.agreement === undefined)).toBe(true);
    expect(body.permissions).toContain('checkIn:submit');
  });
});
