import { DateTime } from 'luxon';
import { boardViewSchema, type BoardView, type MeetingView } from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * Step 5 over real HTTP: the demo's monthly rhythm (first Tuesday, 10:00) becomes the year's
 * meetings, generating again adds nothing, a meeting is moved, another cancelled and another
 * deleted — none comes back — and an alignment meeting's agreed message becomes the key message.
 * Refusals answer in the caller's language and leave the stored meeting as it was.
 */
describe('meetings that follow the rhythm (API)', () => {
  let world: ApiWorld;
  const P = '/api/v1/programmes/programme-m';
  const leader = () => world.as(PEOPLE.leader);
  const board = async (): Promise<BoardView> =>
    boardViewSchema.parse((await leader()(`${P}/board`)).body) as BoardView;
  const stored = async () =>
    (await world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, 'programme-m'))!;
  const rhythm = (view: BoardView) => view.meetings.upcoming.filter((m) => m.occurrence !== null);
  const ifMatch = (m: MeetingView) => ({ 'if-match': `"${m.etag}"` });

  beforeAll(async () => {
    world = await startApiWorld();
    const seeded = demoBoardWithId(A, 'programme-m', new Date(), 'm-');
    // Only the held meeting stays, so every coming rhythm day is free.
    await seedBoard(world.server.store, { ...seeded, meetings: seeded.meetings.filter((m) => m.held) });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('creates the rhythm’s meetings up to the programme’s end, at 10:00 Copenhagen time, once', async () => {
    const before = await board();
    expect(before.meetingPlan.rhythmToCreate).toBeGreaterThan(4);
    const response = await leader()(`${P}/meetings/generate`, { method: 'POST', body: {} });
    expect(response.status).toBe(201);
    const view = response.body as BoardView;
    const generated = rhythm(view);
    expect(generated).toHaveLength(before.meetingPlan.rhythmToCreate!);
    expect(view.meetingPlan.rhythmToCreate).toBe(0);
    const { endDate, timeZone } = view.programme;
    for (const m of generated) {
      const local = DateTime.fromISO(m.scheduledAt, { zone: timeZone });
      expect(local.toFormat('HH:mm')).toBe('10:00');
      expect(m.kind).toBe('alignment');
      expect(local.toISODate()! <= endDate!).toBe(true);
    }
    const again = await leader()(`${P}/meetings/generate`, { method: 'POST', body: {} });
    expect(rhythm(again.body as BoardView)).toHaveLength(generated.length);
    expect((await stored()).meetings.filter((m) => m.occurrence !== null)).toHaveLength(generated.length);
  });

  it('moves one, cancels one, deletes one — generating again brings none of them back', async () => {
    const [toMove, toCancel, toDelete] = rhythm(await board());
    const movedTo = DateTime.fromISO(toMove!.scheduledAt).plus({ days: 1, hours: 3 }).toUTC().toISO()!;
    const moved = await leader()(`${P}/meetings/${toMove!.id}`, {
      method: 'PATCH',
      body: { scheduledAt: movedTo },
      headers: ifMatch(toMove!),
    });
    expect(moved.status).toBe(200);
    const cancelled = await leader()(`${P}/meetings/${toCancel!.id}/cancel`, {
      method: 'POST',
      body: {},
      headers: ifMatch(toCancel!),
    });
    expect(cancelled.status).toBe(200);
    const deleted = await leader()(`${P}/meetings/${toDelete!.id}`, {
      method: 'DELETE',
      headers: ifMatch(toDelete!),
    });
    expect(deleted.status).toBe(200);
    const regenerated = (await leader()(`${P}/meetings/generate`, { method: 'POST', body: {} }))
      .body as BoardView;
    const byId = new Map(regenerated.meetings.upcoming.map((m) => [m.id, m]));
    expect(byId.get(toMove!.id)!.scheduledAt).toBe(new Date(movedTo).toISOString());
    expect(byId.get(toCancel!.id)!.cancelledAt).not.toBeNull();
    expect(byId.has(toDelete!.id)).toBe(false);
    const days = regenerated.meetings.upcoming.map((m) => m.occurrence);
    expect(days).toContain(toMove!.occurrence);
    expect(days.filter((d) => d === toCancel!.occurrence)).toHaveLength(1);
    expect(days).not.toContain(toDelete!.occurrence);
    expect(regenerated.meetingPlan.rhythmToCreate).toBe(0);
    // the ambassadors' next meetings leave the cancelled one out
    expect(regenerated.nextAlignmentMeeting?.meetingId).not.toBe(toCancel!.id);
  });

  it('refuses "held" before the start, in Danish for a Danish caller, and changes nothing', async () => {
    const future = rhythm(await board()).find(
      (m) =>
        m.cancelledAt === null && DateTime.fromISO(m.scheduledAt, { zone: 'Europe/Copenhagen' }).hour === 10,
    )!;
    const response = await leader()(`${P}/meetings/${future.id}`, {
      method: 'PATCH',
      body: { held: true },
      headers: { ...ifMatch(future), 'accept-language': 'da' },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('MEETING_NOT_STARTED');
    expect(response.body.message).toMatch(
      /^Mødet er ikke begyndt endnu – det begynder \d+\. \w+ \d{4} kl\. 10\.00/,
    );
    const after = (await stored()).meetings.find((m) => m.id === future.id)!;
    expect(after.held).toBe(false);
    expect(after.etag).toBe(future.etag);
  });

  it('a cancelled meeting cannot be moved (409 MEETING_CANCELLED)', async () => {
    const cancelled = rhythm(await board()).find((m) => m.cancelledAt !== null)!;
    const response = await leader()(`${P}/meetings/${cancelled.id}`, {
      method: 'PATCH',
      body: { scheduledAt: DateTime.fromISO(cancelled.scheduledAt).plus({ days: 2 }).toUTC().toISO() },
      headers: ifMatch(cancelled),
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('MEETING_CANCELLED');
  });

  it('records attendance and action items on a started alignment meeting, then publishes its key message', async () => {
    const last = (await board()).meetings.recent.find((m) => m.held && m.kind === 'alignment')!;
    const due = DateTime.now().plus({ days: 14 }).toISODate()!;
    const recorded = await leader()(`${P}/meetings/${last.id}`, {
      method: 'PATCH',
      body: {
        attended: [PEOPLE.leader, PEOPLE.activeAmbassador],
        actionItems: [
          {
            text: 'Bring the dialogue cards to the shift meeting',
            owner: PEOPLE.activeAmbassador,
            dueDate: due,
          },
        ],
        notes: { keyMessage: 'Vi hjælper hinanden over skiftene.' },
      },
      headers: ifMatch(last),
    });
    expect(recorded.status).toBe(200);
    const after = (recorded.body as BoardView).meetings.recent.find((m) => m.id === last.id)!;
    expect(after.attended.map((p) => p.userId)).toEqual([
      PEOPLE.leader.userId,
      PEOPLE.activeAmbassador.userId,
    ]);
    expect(after.actionItems).toEqual([
      expect.objectContaining({ owner: PEOPLE.activeAmbassador, dueDate: due, doneAt: null }),
    ]);

    const stranger = await leader()(`${P}/meetings/${last.id}`, {
      method: 'PATCH',
      body: { attended: [PEOPLE.employee] },
      headers: ifMatch(after),
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.code).toBe('MEETING_PERSON_NOT_IN_PROGRAMME');

    const published = await leader()(`${P}/meetings/${last.id}/key-message`, { method: 'POST', body: {} });
    expect(published.status).toBe(201);
    const view = published.body as BoardView;
    expect(view.keyMessage?.text).toBe('Vi hjælper hinanden over skiftene.');
    expect(view.meetings.recent.find((m) => m.id === last.id)!.publishedKeyMessageVersion).toBe(
      view.keyMessage!.version,
    );
    expect(currentTexts(await stored())).toContain('Vi hjælper hinanden over skiftene.');
  });

  it('an ambassador cannot publish a key message from a meeting (403)', async () => {
    const last = (await board()).meetings.recent.find((m) => m.held)!;
    const asAmbassador = await world.as(PEOPLE.activeAmbassador)(`${P}/meetings/${last.id}/key-message`, {
      method: 'POST',
      body: {},
    });
    expect(asAmbassador.status).toBe(403);
  });
});

function currentTexts(board: { programme: { keyMessages: { text: string }[] } }): string[] {
  return board.programme.keyMessages.map((m) => m.text);
}
