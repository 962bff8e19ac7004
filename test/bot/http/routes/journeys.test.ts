import { createHmac } from 'node:crypto';
import { boardViewSchema, feedbackOverviewViewSchema, type BoardView } from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * The three roles' journeys through the API over real HTTP, in order, on one seeded programme:
 * the leader plans and selects, the employee applies, the ambassadors accept, train and check
 * in, the leaders answer the feedback. Along the way: ETags (428/409, body untouched), validation
 * (400) and the anonymity thresholds of the feedback overview.
 */
describe('journeys through the tab API', () => {
  let world: ApiWorld;
  const P = '/api/v1/programmes/programme-a';
  const SECRET = 'test-author-secret';
  const leader = () => world.as(PEOPLE.leader);
  const board = async (person: { userId: string; displayName: string } = PEOPLE.leader): Promise<BoardView> =>
    boardViewSchema.parse((await world.as(person)(`${P}/board`)).body) as BoardView;
  const stored = () => world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, 'programme-a');

  beforeAll(async () => {
    world = await startApiWorld({ env: { CHECKIN_AUTHOR_SECRET: SECRET } });
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-a', new Date()));
  });
  afterAll(async () => {
    await world?.close();
  });

  describe('leader edits a step (If-Match)', () => {
    const tasks = [
      { id: 'task-new', title: 'Hold a dialogue round each month', description: '', hoursPerMonth: 1 },
    ];

    it('without If-Match → 428 IF_MATCH_REQUIRED, nothing saved', async () => {
      const response = await leader()(`${P}/steps/taskPlan`, { method: 'PUT', body: { tasks } });
      expect(response.status).toBe(428);
      expect(response.body.code).toBe('IF_MATCH_REQUIRED');
      expect((await board()).taskPlan.tasks).toHaveLength(3);
    });

    it('with the current ETag → 200, the new board and a new ETag', async () => {
      const before = await board();
      const response = await leader()(`${P}/steps/taskPlan`, {
        method: 'PUT',
        body: { tasks, notes: 'Agreed at the kick-off', dueDate: '2027-01-31' },
        headers: { 'if-match': `"${before.programme.etag}"` },
      });
      expect(response.status).toBe(200);
      const after = response.body as BoardView;
      expect(after.taskPlan.tasks).toEqual(tasks);
      expect(after.steps[0]).toMatchObject({
        key: 'taskPlan',
        notes: 'Agreed at the kick-off',
        dueDate: '2027-01-31',
      });
      expect(after.programme.etag).not.toBe(before.programme.etag);
      expect(response.headers.get('etag')).toBe(`"${after.programme.etag}"`);
    });

    it('with a stale ETag → 409 CONFLICT and the saved content untouched', async () => {
      const current = await board();
      const stale = 'an-old-etag';
      const response = await leader()(`${P}/steps/taskPlan?lang=da`, {
        method: 'PUT',
        body: { tasks: [] },
        headers: { 'if-match': `"${stale}"` },
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('CONFLICT');
      expect(response.body.message).toMatch(/En anden har ændret dette imens/);
      const after = await board();
      expect(after.taskPlan.tasks).toEqual(current.taskPlan.tasks);
      expect(after.programme.etag).toBe(current.programme.etag);
    });

    it('two leaders saving on the same version: one wins, the other gets 409 (no lost update)', async () => {
      const { etag } = (await board()).programme;
      const save = (notes: string) =>
        leader()(`${P}/steps/training`, {
          method: 'PUT',
          body: { notes },
          headers: { 'if-match': `"${etag}"` },
        });
      const results = await Promise.all([save('first'), save('second')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!.body as BoardView;
      expect((await board()).steps[3]!.notes).toBe(winner.steps[3]!.notes);
    });

    it('invalid or smuggled fields → 400 VALIDATION_FAILED', async () => {
      const { etag } = (await board()).programme;
      const headers = { 'if-match': `"${etag}"` };
      const bad = await leader()(`${P}/steps/taskPlan`, {
        method: 'PUT',
        body: { tasks: [{ id: 'x', title: ' ', hoursPerMonth: 2 }] },
        headers: { ...headers, 'accept-language': 'da-DK' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      // the person reads the form's own field name in their language; the form gets the path
      expect(bad.body.message).toBe('Oplysningerne er ikke gyldige: Opgave 1 – Opgave: skal udfyldes');
      expect(bad.body.fields).toEqual([
        { path: 'tasks.0.title', label: 'Opgave 1 – Opgave', message: 'Skal udfyldes.' },
      ]);
      const smuggled = await leader()(`${P}/steps/taskPlan`, {
        method: 'PUT',
        body: { tenantId: 'other' },
        headers,
      });
      expect(smuggled.status).toBe(400);
      const wrongStep = await leader()(`${P}/steps/taskPlan`, {
        method: 'PUT',
        body: { modules: [] },
        headers,
      });
      expect(wrongStep.status).toBe(400);
      const unknownStep = await leader()(`${P}/steps/step6`, { method: 'PUT', body: {}, headers });
      expect(unknownStep.status).toBe(404);
    });

    it('override a step with a note, then remove the override', async () => {
      let { etag } = (await board()).programme;
      const set = await leader()(`${P}/steps/meetings/override`, {
        method: 'POST',
        body: { status: 'done', note: 'We meet weekly in the stand-up' },
        headers: { 'if-match': `"${etag}"` },
      });
      expect(set.status).toBe(200);
      const step = (set.body as BoardView).steps[4]!;
      expect(step).toMatchObject({
        status: 'done',
        override: { status: 'done', note: 'We meet weekly in the stand-up', by: PEOPLE.leader },
      });
      etag = (set.body as BoardView).programme.etag;
      const removed = await leader()(`${P}/steps/meetings/override`, {
        method: 'DELETE',
        headers: { 'if-match': `"${etag}"` },
      });
      expect(removed.status).toBe(200);
      expect((removed.body as BoardView).steps[4]!.override).toBeNull();
      expect((removed.body as BoardView).steps[4]!.status).toBe(
        (removed.body as BoardView).steps[4]!.derivedStatus,
      );
    });

    it('posting: invitations are stamped by the server; publish sets publishedAt once', async () => {
      const before = await board();
      const response = await leader()(`${P}/steps/posting`, {
        method: 'PUT',
        body: {
          invitations: [
            { invitee: PEOPLE.employee, note: 'changed note' },
            { invitee: { userId: 'new-person', displayName: 'Ny Person' }, note: '' },
          ],
          publish: true,
        },
        headers: { 'if-match': `"${before.programme.etag}"` },
      });
      expect(response.status).toBe(200);
      const after = response.body as BoardView;
      const [sofie, added] = after.posting.invitations!;
      expect(sofie).toMatchObject({
        note: 'changed note',
        invitedAt: before.posting.invitations![0]!.invitedAt,
      });
      expect(added).toMatchObject({ invitedBy: PEOPLE.leader });
      expect(after.posting.posting?.publishedAt).toBe(before.posting.posting?.publishedAt);
    });
  });

  describe('employee applies, leader selects with a reason', () => {
    it('employee applies → 201; applying twice → 409 ALREADY_APPLIED', async () => {
      const asSofie = world.as(PEOPLE.employee);
      const response = await asSofie(`${P}/applications`, {
        method: 'POST',
        body: { motivation: 'I want to help. – jeg vil gerne styrke vores arbejdsfællesskab' },
      });
      expect(response.status).toBe(201);
      const view = response.body as BoardView;
      expect(view.myApplication).toMatchObject({
        motivation: 'I want to help. – jeg vil gerne styrke vores arbejdsfællesskab',
        decision: null,
        canWithdraw: true,
      });
      expect(view.applications).toBeUndefined();
      expect(view.posting.canApply).toBe(false);
      const again = await asSofie(`${P}/applications`, {
        method: 'POST',
        body: { motivation: 'Again – jeg vil gerne styrke vores arbejdsfællesskab' },
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_APPLIED');
    });

    it('leader selects the applicant with a reason → a candidate; deciding twice → 409', async () => {
      const app = (await board()).applications!.find((a) => a.applicant.userId === PEOPLE.employee.userId)!;
      const noReason = await leader()(`${P}/applications/${app.id}/decision`, {
        method: 'POST',
        body: { outcome: 'selected' },
      });
      expect(noReason.status).toBe(400);
      const response = await leader()(`${P}/applications/${app.id}/decision`, {
        method: 'POST',
        body: { outcome: 'selected', reason: 'Colleagues already come to Sofie with ideas.' },
      });
      expect(response.status).toBe(200);
      const view = response.body as BoardView;
      const sofie = view.ambassadors.find((a) => a.person.userId === PEOPLE.employee.userId)!;
      expect(sofie).toMatchObject({
        state: 'candidate',
        selectionReason: 'Colleagues already come to Sofie with ideas.',
      });
      expect(view.applications!.find((a) => a.id === app.id)!.decision).toMatchObject({
        outcome: 'selected',
        by: PEOPLE.leader,
      });
      const again = await leader()(`${P}/applications/${app.id}/decision`, {
        method: 'POST',
        body: { outcome: 'declined', reason: 'changed our minds' },
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('APPLICATION_ALREADY_DECIDED');
    });

    it('leader selects an invited person directly; the same person twice → 409 ALREADY_AMBASSADOR', async () => {
      const person = { userId: 'new-person', displayName: 'Ny Person' };
      const body = { person, reason: 'Invited by the team; knows the night shift.' };
      const response = await leader()(`${P}/ambassadors`, { method: 'POST', body });
      expect(response.status).toBe(201);
      expect((response.body as BoardView).ambassadors.some((a) => a.person.userId === 'new-person')).toBe(
        true,
      );
      const again = await leader()(`${P}/ambassadors`, { method: 'POST', body });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_AMBASSADOR');
    });

    it('leader proposes an agreement version (If-Match on the ambassadorship)', async () => {
      const amb = (await board()).ambassadors.find((a) => a.person.userId === 'new-person')!;
      const template = (await board()).agreementTemplate!;
      const body = { terms: template, term: { start: '2027-01-01', end: '2027-12-31' } };
      const missing = await leader()(`${P}/ambassadors/${amb.id}/agreement`, { method: 'POST', body });
      expect(missing.status).toBe(428);
      const response = await leader()(`${P}/ambassadors/${amb.id}/agreement`, {
        method: 'POST',
        body,
        headers: { 'if-match': `"${amb.etag}"` },
      });
      expect(response.status).toBe(201);
      const updated = (response.body as BoardView).ambassadors.find((a) => a.id === amb.id)!;
      expect(updated.agreement).toMatchObject({
        currentVersion: 1,
        leaderAccepted: true,
        pendingSides: ['ambassador'],
      });
      const tooLong = await leader()(`${P}/ambassadors/${amb.id}/agreement`, {
        method: 'POST',
        body: { ...body, term: { start: '2027-01-01', end: '2029-12-31' } },
        headers: { 'if-match': `"${updated.etag}"` },
      });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.code).toBe('TERM_TOO_LONG');
      // The leaders accept their side of the version; the ambassador's side stays pending.
      const accepted = await leader()(`${P}/ambassadors/${amb.id}/agreement/accept`, {
        method: 'POST',
        body: { version: 1 },
      });
      expect(accepted.status).toBe(200);
      expect((accepted.body as BoardView).ambassadors.find((a) => a.id === amb.id)!.agreement).toMatchObject({
        leaderAccepted: true,
        pendingSides: ['ambassador'],
      });
    });
  });

  describe('ambassador accepts the agreement, trains and checks in', () => {
    it('a stale version → 409 AGREEMENT_VERSION_STALE; the current one makes the candidate active', async () => {
      const asAisha = world.as(PEOPLE.candidateAmbassador);
      const stale = await asAisha(`${P}/ambassadors/amb-aisha/agreement/accept`, {
        method: 'POST',
        body: { version: 2 },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('AGREEMENT_VERSION_STALE');
      const response = await asAisha(`${P}/ambassadors/amb-aisha/agreement/accept`, {
        method: 'POST',
        body: { version: 1 },
      });
      expect(response.status).toBe(200);
      const mine = (response.body as BoardView).myAmbassadorship!;
      expect(mine.agreement.status).toMatchObject({ fullyAccepted: true, pendingSides: [] });
      expect(mine.state).toBe('active');
    });

    it('training: the ambassador completes a module (idempotent); an unknown module → 400', async () => {
      const asAisha = world.as(PEOPLE.candidateAmbassador);
      for (let i = 0; i < 2; i++) {
        const response = await asAisha(`${P}/ambassadors/amb-aisha/training/mod-rolle/complete`, {
          method: 'POST',
        });
        expect(response.status).toBe(200);
        expect((response.body as BoardView).myAmbassadorship!.training.progress).toMatchObject({
          done: 1,
          total: 4,
        });
      }
      const unknown = await asAisha(`${P}/ambassadors/amb-aisha/training/mod-nope/complete`, {
        method: 'POST',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('TRAINING_MODULE_UNKNOWN');
    });

    it('check-in: stored under a keyed hash, never the user id; a candidate may not check in', async () => {
      const body = {
        progress: 'Two teams tried the new meeting round.',
        situations: [{ theme: 'Mødekultur', description: 'Meetings start late' }],
        alignment: 4,
        changeCourse: 'unsure',
      };
      const response = await world.as(PEOPLE.activeAmbassador)(`${P}/check-ins`, { method: 'POST', body });
      expect(response.status).toBe(201);
      const checkIns = (await stored())!.checkIns.filter((c) => c.progress === body.progress);
      expect(checkIns).toHaveLength(1);
      const expected = createHmac('sha256', SECRET)
        .update(`person\u0000programme-a\u0000${PEOPLE.activeAmbassador.userId}`)
        .digest('base64url');
      expect(checkIns[0]!.authorKey).toBe(expected);
      expect(JSON.stringify(checkIns[0])).not.toContain(PEOPLE.activeAmbassador.userId);
      expect(checkIns[0]!.keyMessageVersion).toBe(1);

      const candidate = await world.as(PEOPLE.employee)(`${P}/check-ins`, { method: 'POST', body });
      expect(candidate.status).toBe(403);
      expect(candidate.body.code).toBe('CHECK_IN_NOT_ALLOWED');
    });
  });

  describe('leaders answer the feedback', () => {
    it('the overview hides aggregates below 5 people; one ambassador cannot open them by sending more', async () => {
      const overview = async () =>
        feedbackOverviewViewSchema.parse((await leader()(`${P}/feedback/overview`)).body) as any;
      // 3 seeded + 1 above = 4 check-ins from 3 people: every aggregate hidden.
      let body = await overview();
      expect(body.checkIns).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 5 });
      expect(body.alignmentAverage).toMatchObject({ hidden: true });
      expect(body.freeText).toMatchObject({ hidden: true, minimum: 10 });
      const send = (alignment: number) =>
        world.as(PEOPLE.endingAmbassador)(`${P}/check-ins`, {
          method: 'POST',
          body: { alignment, changeCourse: 'no', situations: [{ theme: 'Arbejdspres', description: '' }] },
        });
      expect((await send(5)).status).toBe(201);
      for (const alignment of [2, 3, 4, 5, 1]) {
        const again = await send(alignment);
        expect(again.status).toBe(409);
        expect(again.body.code).toBe('CHECK_IN_TOO_SOON');
      }
      body = await overview();
      expect(body.checkIns).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 5 });
      expect(body.themes).toMatchObject({ hidden: true });
      expect(JSON.stringify(body)).not.toContain('amb-');
    });

    it('a decision on a theme shows as "you said, we did", with a count only when it is visible', async () => {
      const response = await leader()(`${P}/decisions`, {
        method: 'POST',
        body: { outcome: 'explain', theme: 'mødekultur', explanation: 'We start on time from now on.' },
      });
      expect(response.status).toBe(201);
      const entry = (response.body as BoardView).youSaidWeDid[0]!;
      expect(entry).toMatchObject({ outcome: 'explain', explanation: 'We start on time from now on.' });
      expect(entry).not.toHaveProperty('checkInCount'); // 2 check-ins by 2 people: below 5
      const forAmbassador = await board(PEOPLE.activeAmbassador);
      expect(forAmbassador.youSaidWeDid[0]!.explanation).toBe('We start on time from now on.');
      // a theme nobody named is answered the same way: the answer reveals nothing about check-ins
      const unknownTheme = await leader()(`${P}/decisions`, {
        method: 'POST',
        body: { outcome: 'keepCourse', theme: 'Nobody said this', explanation: 'x' },
      });
      expect(unknownTheme.status).toBe(201);
      expect((unknownTheme.body as BoardView).youSaidWeDid[0]).not.toHaveProperty('checkInCount');
    });

    it('key message: a new version; management answers: appended, unknown question → 404', async () => {
      const published = await leader()(`${P}/key-messages`, {
        method: 'POST',
        body: { text: 'We finish what we start.' },
      });
      expect(published.status).toBe(201);
      expect((published.body as BoardView).keyMessage).toMatchObject({
        version: 2,
        text: 'We finish what we start.',
      });
      const answered = await leader()(`${P}/management-answers/scopeOfRole`, {
        method: 'POST',
        body: { text: 'When the term ends, or if the role takes over their job.' },
      });
      expect(answered.status).toBe(201);
      expect((answered.body as BoardView).managementAnswers!.scopeOfRole).toEqual([
        expect.objectContaining({
          text: 'When the term ends, or if the role takes over their job.',
          by: PEOPLE.leader,
        }),
      ]);
      const unknown = await leader()(`${P}/management-answers/whatever`, {
        method: 'POST',
        body: { text: 'x' },
      });
      expect(unknown.status).toBe(404);
    });
  });

  describe('meetings and the end of the role', () => {
    it('record a meeting that has started as held with notes (If-Match on the meeting)', async () => {
      // "Held" only once the meeting has started: this one began an hour ago.
      const startedAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000).toISOString();
      const planned = await leader()(`${P}/meetings`, {
        method: 'POST',
        body: {
          kind: 'regular',
          scheduledAt: startedAt,
          attendees: [PEOPLE.activeAmbassador],
        },
      });
      expect(planned.status).toBe(201);
      const meeting = (planned.body as BoardView).meetings.recent.find((m) => m.scheduledAt === startedAt)!;
      expect(meeting).toMatchObject({ kind: 'regular', held: false, keyMessageVersion: 2 });
      const stale = await leader()(`${P}/meetings/${meeting.id}`, {
        method: 'PATCH',
        body: { held: true },
        headers: { 'if-match': '"stale"' },
      });
      expect(stale.status).toBe(409);
      const recorded = await leader()(`${P}/meetings/${meeting.id}`, {
        method: 'PATCH',
        body: { held: true, notes: { successes: 'Shift hand-over works' } },
        headers: { 'if-match': `"${meeting.etag}"` },
      });
      expect(recorded.status).toBe(200);
      const after = (recorded.body as BoardView).meetings.recent.find((m) => m.id === meeting.id)!;
      expect(after).toMatchObject({
        held: true,
        notes: { successes: 'Shift hand-over works', progress: '' },
      });
    });

    it('withdraw an ambassador: no longer shown as one, and no longer an ambassador', async () => {
      const response = await leader()(`${P}/ambassadors/amb-lars/withdraw`, {
        method: 'POST',
        body: { reason: 'Moved to another department' },
      });
      expect(response.status).toBe(200);
      const view = response.body as BoardView;
      expect(view.ambassadors.some((a) => a.id === 'amb-lars')).toBe(false);
      expect(view.formerAmbassadors!.find((a) => a.id === 'amb-lars')).toMatchObject({
        state: 'withdrawn',
        withdrawal: { reason: 'Moved to another department' },
      });
      expect((await board(PEOPLE.endingAmbassador)).role).toBe('employee');
      expect((await board(PEOPLE.employee)).ambassadors.some((a) => a.id === 'amb-lars')).toBe(false);
      const again = await leader()(`${P}/ambassadors/amb-lars/withdraw`, {
        method: 'POST',
        body: { reason: 'again' },
      });
      expect(again.status).toBe(409);
    });

    it('plan the exit of a former ambassador (If-Match)', async () => {
      const former = (await board()).formerAmbassadors!.find((a) => a.id === 'amb-lars')!;
      const response = await leader()(`${P}/ambassadors/amb-lars/exit`, {
        method: 'PATCH',
        body: { debriefDate: '2030-01-10', handoverNotes: 'Notes for the next ambassador' },
        headers: { 'if-match': `"${former.etag}"` },
      });
      expect(response.status).toBe(200);
      expect(
        (response.body as BoardView).formerAmbassadors!.find((a) => a.id === 'amb-lars')!.exit,
      ).toMatchObject({
        debriefDate: '2030-01-10',
        handoverNotes: 'Notes for the next ambassador',
      });
    });
  });
});
