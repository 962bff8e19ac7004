import { DateTime } from 'luxon';
import { boardViewSchema, type BoardView } from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * Step 4 as a course over real HTTP: a leader adds a session (day and time in the programme's
 * zone), changes and removes one; attendance only once a session started; the ambassador ticks
 * their modules; training shows complete when every required item is done. Refusals answer in the
 * caller's language, naming the field as the form labels it, and change nothing.
 */
describe('training as a course (API)', () => {
  let world: ApiWorld;
  const P = '/api/v1/programmes/programme-t';
  const leader = () => world.as(PEOPLE.leader);
  const jonas = () => world.as(PEOPLE.activeAmbassador);
  const view = (body: unknown) => boardViewSchema.parse(body) as BoardView;
  const board = async (who = leader()) => view((await who(`${P}/board`)).body);
  const ifMatch = (v: BoardView) => ({ 'if-match': `"${v.programme.etag}"` });
  const stored = async () =>
    (await world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, 'programme-t'))!;
  const local = (days: number) =>
    DateTime.now().setZone('Europe/Copenhagen').plus({ days }).toFormat('yyyy-MM-dd');

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-t', new Date(), 't-'));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('refuses a session with neither place nor link, or a link that is not https, in Danish', async () => {
    const before = await board();
    const empty = await leader()(`${P}/training/sessions`, {
      method: 'POST',
      body: { title: 'Kick-off', date: local(1), time: '09:00', place: '' },
      headers: { ...ifMatch(before), 'accept-language': 'da' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('TRAINING_SESSION_WHERE_MISSING');
    expect(empty.body.message).toContain('"Sted"');
    const http = await leader()(`${P}/training/sessions`, {
      method: 'POST',
      body: { title: 'Kick-off', date: local(1), time: '09:00', onlineUrl: 'http://meet.example/x' },
      headers: { ...ifMatch(before), 'accept-language': 'da' },
    });
    expect(http.status).toBe(400);
    expect(http.body.fields).toEqual([
      expect.objectContaining({ path: 'onlineUrl', label: 'Link til online deltagelse' }),
    ]);
    expect((await stored()).programme.steps.training.sessions).toEqual([]);
    expect((await stored()).programme.etag).toBe(before.programme.etag);
  });

  it('an ambassador cannot add a session (403)', async () => {
    const before = await board();
    const response = await jonas()(`${P}/training/sessions`, {
      method: 'POST',
      body: { title: 'Mine', date: local(1), time: '09:00', place: 'Room' },
      headers: ifMatch(before),
    });
    expect(response.status).toBe(403);
  });

  it('adds, moves and removes sessions at local times; a stale ETag changes nothing', async () => {
    const before = await board();
    const added = await leader()(`${P}/training/sessions`, {
      method: 'POST',
      body: { title: 'Follow-up', date: local(5), time: '13:00', onlineUrl: 'https://teams.example/join' },
      headers: ifMatch(before),
    });
    expect(added.status).toBe(201);
    const after = view(added.body);
    const session = after.trainingSessions.find((s) => s.title === 'Follow-up')!;
    expect(
      DateTime.fromISO(session.startsAt, { zone: 'Europe/Copenhagen' }).toFormat('yyyy-MM-dd HH:mm'),
    ).toBe(`${local(5)} 13:00`);
    const stale = await leader()(`${P}/training/sessions/${session.id}`, {
      method: 'PATCH',
      body: { title: 'Renamed' },
      headers: ifMatch(before),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    const moved = await leader()(`${P}/training/sessions/${session.id}`, {
      method: 'PATCH',
      body: { date: local(6), time: '10:30' },
      headers: ifMatch(after),
    });
    expect(moved.status).toBe(200);
    const movedView = view(moved.body);
    expect(
      DateTime.fromISO(movedView.trainingSessions.find((s) => s.id === session.id)!.startsAt, {
        zone: 'Europe/Copenhagen',
      }).toFormat('HH:mm'),
    ).toBe('10:30');
    const removed = await leader()(`${P}/training/sessions/${session.id}`, {
      method: 'DELETE',
      headers: ifMatch(movedView),
    });
    expect(removed.status).toBe(200);
    expect(view(removed.body).trainingSessions.some((s) => s.id === session.id)).toBe(false);
  });

  it('records attendance only after the start; with every required module ticked, training is complete', async () => {
    let v = await board();
    const future = view(
      (
        await leader()(`${P}/training/sessions`, {
          method: 'POST',
          body: { title: 'Next week', date: local(7), time: '09:00', place: 'Room 2', required: false },
          headers: ifMatch(v),
        })
      ).body,
    );
    const past = view(
      (
        await leader()(`${P}/training/sessions`, {
          method: 'POST',
          body: { title: 'Kick-off', date: local(-1), time: '09:00', place: 'Room 1' },
          headers: ifMatch(future),
        })
      ).body,
    );
    const kickOff = past.trainingSessions.find((s) => s.title === 'Kick-off')!;
    const nextWeek = past.trainingSessions.find((s) => s.title === 'Next week')!;
    expect(kickOff.started).toBe(true);
    expect(kickOff.attendance?.map((a) => a.attended)).toEqual(kickOff.attendance?.map(() => null));
    const amb = past.ambassadors.find((a) => a.person.userId === PEOPLE.activeAmbassador.userId)!;
    const early = await leader()(`${P}/ambassadors/${amb.id}/training/sessions/${nextWeek.id}/attendance`, {
      method: 'PUT',
      body: { attended: true },
      headers: { 'accept-language': 'en' },
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('TRAINING_SESSION_NOT_STARTED');
    expect(early.body.message).toMatch(/^The session has not started yet – it starts \d+ \w+ \d{4}, 09:00/);

    // The ambassador sees the session as their next item while modules are open.
    let mine = (await board(jonas())).myAmbassadorship!;
    expect(mine.training.progress.complete).toBe(false);
    for (const { module, completedAt } of mine.training.modules) {
      if (completedAt !== null) continue;
      const ticked = await jonas()(`${P}/ambassadors/${mine.id}/training/${module.id}/complete`, {
        method: 'POST',
      });
      expect(ticked.status).toBe(200);
    }
    mine = (await board(jonas())).myAmbassadorship!;
    expect(mine.training.progress).toMatchObject({
      complete: false,
      openSessions: [kickOff.id],
      openModules: [],
    });
    expect(mine.training.next).toBeNull(); // the session is over: recording it is the leaders' part

    const recorded = await leader()(`${P}/ambassadors/${amb.id}/training/sessions/${kickOff.id}/attendance`, {
      method: 'PUT',
      body: { attended: true },
    });
    expect(recorded.status).toBe(200);
    v = view(recorded.body);
    expect(v.trainingSessions.find((s) => s.id === kickOff.id)!.attendance).toContainEqual({
      ambassadorshipId: amb.id,
      name: PEOPLE.activeAmbassador.displayName,
      attended: true,
    });
    const leaderSees = v.ambassadors.find((a) => a.id === amb.id)!.training!;
    expect(leaderSees.complete).toBe(true);
    expect(leaderSees.done).toBe(leaderSees.total);
    mine = (await board(jonas())).myAmbassadorship!;
    expect(mine.training.progress.complete).toBe(true);
    expect(mine.training.sessions).toContainEqual({ sessionId: kickOff.id, attended: true });
    // An ambassador cannot record attendance, not even their own.
    const self = await jonas()(`${P}/ambassadors/${amb.id}/training/sessions/${kickOff.id}/attendance`, {
      method: 'PUT',
      body: { attended: false },
    });
    expect(self.status).toBe(403);
  });
});
