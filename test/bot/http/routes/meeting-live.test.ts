import { boardViewSchema, type BoardView, type MeetingView } from '@ambassadors/shared';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * The meeting record live in a Teams meeting, over real HTTP with signed tokens: a leader binds
 * the Teams meeting (a record started now), note-takers write at the same time and every note
 * survives, ambassadors say "I'm here" for themselves only, action items get an owner and a due
 * date, the stage's focus is shared. Employees read and write nothing of it; another tenant's
 * token finds nothing; bad input is refused in the caller's language with nothing changed.
 */
describe('a meeting record live in a Teams meeting (API)', () => {
  let world: ApiWorld;
  const P = '/api/v1/programmes/programme-live';
  const TEAMS_MEETING = 'MCMxOTptZWV0aW5nX2xpdmVAdGhyZWFkLnYy';
  const leader = () => world.as(PEOPLE.leader);
  const ambassador = () => world.as(PEOPLE.activeAmbassador);
  const employee = () => world.as(PEOPLE.employee);
  const stored = async () =>
    (await world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, 'programme-live'))!;
  const boundIn = (view: BoardView): MeetingView | undefined =>
    [...view.meetings.upcoming, ...view.meetings.recent].find((m) => m.teamsMeetingId === TEAMS_MEETING);
  let meetingId = '';

  beforeAll(async () => {
    // The Cosmos engine answers over the network, so the concurrent writes really interleave.
    world = await startApiWorld({ embeddedEngine: 'cosmos-emulator' });
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-live', new Date(), 'live-'));
    const bound = await leader()(`${P}/meeting-bindings`, {
      method: 'POST',
      body: { teamsMeetingId: TEAMS_MEETING },
    });
    expect(bound.status).toBe(201);
    meetingId = boundIn(boardViewSchema.parse(bound.body) as BoardView)!.id;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('binds the Teams meeting to one record: the next opening finds it, a second record cannot take it', async () => {
    const view = boardViewSchema.parse((await ambassador()(`${P}/board`)).body) as BoardView;
    expect(boundIn(view)?.id).toBe(meetingId);
    const other = (await stored()).meetings.find((m) => m.id !== meetingId && m.cancelledAt === null)!;
    const again = await leader()(`${P}/meeting-bindings`, {
      method: 'POST',
      body: { teamsMeetingId: TEAMS_MEETING, meetingId: other.id },
      headers: { 'accept-language': 'da' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MEETING_ALREADY_BOUND');
    expect(again.body.message).toMatch(/^Dette Teams-møde hører allerede til programmets møde/);
    expect((await stored()).meetings.find((m) => m.id === other.id)!.teamsMeetingId).toBeNull();
    // today's planned record takes another Teams meeting
    const planned = await leader()(`${P}/meeting-bindings`, {
      method: 'POST',
      body: { teamsMeetingId: 'teams-meeting-of-the-planned-record', meetingId: other.id },
    });
    expect(planned.status).toBe(201);
    expect((await stored()).meetings.find((m) => m.id === other.id)!.teamsMeetingId).toBe(
      'teams-meeting-of-the-planned-record',
    );
    const byAmbassador = await ambassador()(`${P}/meeting-bindings`, {
      method: 'POST',
      body: { teamsMeetingId: 'another-teams-meeting' },
    });
    expect(byAmbassador.status).toBe(403);
  });

  it('two note-takers writing at the same moment: every note of both survives', async () => {
    const writes = Array.from({ length: 6 }, (_, i) => [
      leader()(`${P}/meetings/${meetingId}/notes`, {
        method: 'POST',
        body: { heading: 'progress', text: `leader note ${i}` },
      }),
      ambassador()(`${P}/meetings/${meetingId}/notes`, {
        method: 'POST',
        body: { heading: 'progress', text: `ambassador note ${i}` },
      }),
    ]).flat();
    const answers = await Promise.all(writes);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const meeting = (await stored()).meetings.find((m) => m.id === meetingId)!;
    const texts = meeting.noteEntries.map((e) => e.text).sort();
    expect(texts).toEqual(
      [
        ...Array.from({ length: 6 }, (_, i) => `leader note ${i}`),
        ...Array.from({ length: 6 }, (_, i) => `ambassador note ${i}`),
      ].sort(),
    );
    const authors = new Set(meeting.noteEntries.map((e) => e.author.userId));
    expect(authors).toEqual(new Set([PEOPLE.leader.userId, PEOPLE.activeAmbassador.userId]));
  });

  it('keeps the If-Match rule of the record’s own PATCH: without it 428, with a stale one 409', async () => {
    const noIfMatch = await leader()(`${P}/meetings/${meetingId}`, { method: 'PATCH', body: { held: true } });
    expect(noIfMatch.status).toBe(428);
    const stale = await leader()(`${P}/meetings/${meetingId}`, {
      method: 'PATCH',
      body: { held: true },
      headers: { 'if-match': '"stale-etag"' },
    });
    expect(stale.status).toBe(409);
    expect((await stored()).meetings.find((m) => m.id === meetingId)!.held).toBe(false);
  });

  it('lets employees read neither the live notes nor write them', async () => {
    const view = boardViewSchema.parse((await employee()(`${P}/board`)).body) as BoardView;
    expect(
      [...view.meetings.upcoming, ...view.meetings.recent].some((m) => m.noteEntries !== undefined),
    ).toBe(false);
    const before = (await stored()).meetings.find((m) => m.id === meetingId)!.etag;
    for (const [path, body] of [
      ['notes', { heading: 'progress', text: 'employee note' }],
      ['presence', { present: true }],
      ['focus', { heading: 'successes' }],
    ] as const) {
      const answer = await employee()(`${P}/meetings/${meetingId}/${path}`, { method: 'POST', body });
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
    }
    expect((await stored()).meetings.find((m) => m.id === meetingId)!.etag).toBe(before);
  });

  it('"I\'m here" marks the ambassador; only a leader ticks someone else', async () => {
    const here = await ambassador()(`${P}/meetings/${meetingId}/presence`, {
      method: 'POST',
      body: { present: true },
    });
    expect(here.status).toBe(200);
    const other = await ambassador()(`${P}/meetings/${meetingId}/presence`, {
      method: 'POST',
      body: { userId: PEOPLE.leader.userId, present: true },
      headers: { 'accept-language': 'en' },
    });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('MEETING_PRESENCE_ONLY_SELF');
    expect(other.body.message).toBe('You can only mark yourself present. A leader can tick other people.');
    const ticked = await leader()(`${P}/meetings/${meetingId}/presence`, {
      method: 'POST',
      body: { userId: PEOPLE.candidateAmbassador.userId, present: true },
    });
    expect(ticked.status).toBe(200);
    const attended = (await stored()).meetings.find((m) => m.id === meetingId)!.attended.map((p) => p.userId);
    expect(attended.sort()).toEqual(
      [PEOPLE.activeAmbassador.userId, PEOPLE.candidateAmbassador.userId].sort(),
    );
  });

  it('adds action items with owner and due date (leaders), and shares the focus', async () => {
    const item = await leader()(`${P}/meetings/${meetingId}/action-items`, {
      method: 'POST',
      body: { text: 'Hang the poster in the canteen', owner: PEOPLE.activeAmbassador, dueDate: '2027-01-15' },
    });
    expect(item.status).toBe(201);
    const byAmbassador = await ambassador()(`${P}/meetings/${meetingId}/action-items`, {
      method: 'POST',
      body: { text: 'x', owner: PEOPLE.activeAmbassador, dueDate: '2027-01-15' },
    });
    expect(byAmbassador.status).toBe(403);
    const focus = await ambassador()(`${P}/meetings/${meetingId}/focus`, {
      method: 'POST',
      body: { heading: 'challenges' },
    });
    expect(focus.status).toBe(200);
    const meeting = (await stored()).meetings.find((m) => m.id === meetingId)!;
    expect(meeting.actionItems.map((a) => [a.text, a.owner.userId, a.dueDate])).toEqual([
      ['Hang the poster in the canteen', PEOPLE.activeAmbassador.userId, '2027-01-15'],
    ]);
    expect(meeting.focus).toBe('challenges');
  });

  it('refuses bad input in the caller’s language and changes nothing', async () => {
    const before = (await stored()).meetings.find((m) => m.id === meetingId)!.etag;
    const da = await leader()(`${P}/meetings/${meetingId}/notes`, {
      method: 'POST',
      body: { heading: 'gossip', text: '' },
      headers: { 'accept-language': 'da' },
    });
    expect(da.status).toBe(400);
    expect(da.body.code).toBe('VALIDATION_FAILED');
    expect(da.body.message).toMatch(/[æøå]|Tjek|ugyldig|felt/i);
    const en = await leader()(`${P}/meetings/${meetingId}/action-items`, {
      method: 'POST',
      body: { text: 'x', owner: PEOPLE.activeAmbassador, dueDate: 'tomorrow' },
    });
    expect(en.status).toBe(400);
    expect(en.body.message).not.toBe(da.body.message);
    expect((await stored()).meetings.find((m) => m.id === meetingId)!.etag).toBe(before);
  });

  it("takes the tenant from the token: another tenant's leader finds nothing", async () => {
    const asB = world.as(PEOPLE.leader, B);
    const note = await asB(`${P}/meetings/${meetingId}/notes`, {
      method: 'POST',
      body: { heading: 'progress', text: 'from tenant B' },
    });
    expect(note.status).toBe(404);
    const bind = await asB(`${P}/meeting-bindings`, { method: 'POST', body: { teamsMeetingId: 'x' } });
    expect(bind.status).toBe(404);
  });
});
