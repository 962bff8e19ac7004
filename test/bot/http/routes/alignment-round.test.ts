import { boardViewSchema, type BoardView, type MeetingView, type UserRef } from '@ambassadors/shared';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * The monthly alignment round over real HTTP: leaders draft the next key message (If-Match of
 * the meeting), active ambassadors score 1–5 — the figure appears only from 5 different people,
 * each sees only their own score — and the draft is published as the key message in one step.
 * Employees, former ambassadors and leaders cannot score; bad input names the field.
 */
describe('the alignment round (API)', () => {
  let world: ApiWorld;
  const P = '/api/v1/programmes/programme-al';
  const extra: UserRef[] = [1, 2, 3].map((n) => ({ userId: `al-amb-${n}`, displayName: `Ambassadør ${n}` }));
  const ambassadors = [PEOPLE.activeAmbassador, PEOPLE.endingAmbassador, ...extra];
  const FORMER: UserRef = { userId: 'al-former', displayName: 'Tidligere Ambassadør' };
  const leader = () => world.as(PEOPLE.leader);
  const viewAs = async (person: UserRef): Promise<BoardView> =>
    boardViewSchema.parse((await world.as(person)(`${P}/board`)).body) as BoardView;
  const next = (view: BoardView): MeetingView =>
    view.meetings.upcoming.find((m) => m.id === 'al-meeting-next')!;
  const scoreUrl = `${P}/meetings/al-meeting-next/alignment/score`;
  const stored = async () =>
    (await world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, 'programme-al'))!.meetings.find(
      (m) => m.id === 'al-meeting-next',
    )!;

  beforeAll(async () => {
    world = await startApiWorld();
    const seeded = demoBoardWithId(A, 'programme-al', new Date(), 'al-');
    const jonas = seeded.ambassadorships.find((a) => a.person.userId === PEOPLE.activeAmbassador.userId)!;
    const more = [
      ...extra.map((person, i) => ({ ...jonas, id: `al-extra-${i}`, person })),
      {
        ...jonas,
        id: 'al-extra-former',
        person: FORMER,
        state: 'ended' as const,
        endedAt: jonas.activatedAt,
        term: { start: '2024-01-01', end: '2024-12-31' },
      },
    ];
    await seedBoard(world.server.store, { ...seeded, ambassadorships: [...seeded.ambassadorships, ...more] });
    await seedBoard(world.server.store, demoBoardWithId(B, 'programme-al', new Date(), 'b-al-'));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a leader saves the draft with the meeting’s If-Match; a stale one is 409 and nothing changes', async () => {
    const meeting = next(await viewAs(PEOPLE.leader));
    const saved = await leader()(`${P}/meetings/${meeting.id}/alignment/draft`, {
      method: 'PUT',
      body: { draft: 'Vi lytter først, så handler vi.' },
      headers: { 'if-match': `"${meeting.etag}"` },
    });
    expect(saved.status).toBe(200);
    expect(next(saved.body as BoardView).alignmentRound!.draft).toBe('Vi lytter først, så handler vi.');
    const stale = await leader()(`${P}/meetings/${meeting.id}/alignment/draft`, {
      method: 'PUT',
      body: { draft: 'Overwritten' },
      headers: { 'if-match': `"${meeting.etag}"` },
    });
    expect(stale.status).toBe(409);
    const missing = await leader()(`${P}/meetings/${meeting.id}/alignment/draft`, {
      method: 'PUT',
      body: { draft: 'Overwritten' },
    });
    expect(missing.status).toBe(428);
    expect((await stored()).alignmentRound.draft).toBe('Vi lytter først, så handler vi.');
    // An ambassador sees the draft (the stage shows it) but cannot write it.
    const asAmbassador = await world.as(PEOPLE.activeAmbassador)(
      `${P}/meetings/${meeting.id}/alignment/draft`,
      {
        method: 'PUT',
        body: { draft: 'Mine' },
        headers: { 'if-match': `"${meeting.etag}"` },
      },
    );
    expect(asAmbassador.status).toBe(403);
  });

  it('employees, former ambassadors and leaders cannot score; nothing is stored', async () => {
    for (const [person, status, code] of [
      [PEOPLE.employee, 403, 'FORBIDDEN'],
      [FORMER, 403, 'FORBIDDEN'],
      [PEOPLE.leader, 403, 'FORBIDDEN'],
      [PEOPLE.candidateAmbassador, 403, 'ALIGNMENT_SCORE_NOT_AMBASSADOR'],
    ] as const) {
      const response = await world.as(person)(scoreUrl, { method: 'PUT', body: { score: 4 } });
      expect([person.userId, response.status, response.body.code]).toEqual([person.userId, status, code]);
    }
    expect((await stored()).alignmentRound.scores).toEqual([]);
  });

  it('a bad score is 400 naming the field in the caller’s language', async () => {
    const da = await world.as(PEOPLE.activeAmbassador)(scoreUrl, {
      method: 'PUT',
      body: { score: 7 },
      headers: { 'accept-language': 'da' },
    });
    expect(da.status).toBe(400);
    expect(da.body.code).toBe('VALIDATION_FAILED');
    expect(da.body.fields).toEqual([
      expect.objectContaining({ path: 'score', label: 'Afstemningsscore (1–5)' }),
    ]);
    const en = await world.as(PEOPLE.activeAmbassador)(scoreUrl, { method: 'PUT', body: { score: 'high' } });
    expect(en.body.fields).toEqual([
      expect.objectContaining({ path: 'score', label: 'Alignment score (1–5)' }),
    ]);
    expect((await stored()).alignmentRound.scores).toEqual([]);
  });

  it('4 people: no figure, even when one scores twice; the 5th opens it; each sees only their own score', async () => {
    const [first, second, third, fourth, fifth] = ambassadors;
    for (const [person, score] of [
      [first!, 2],
      [second!, 3],
      [third!, 4],
      [fourth!, 5],
      [first!, 5], // replaces the first score: still 4 people
    ] as const) {
      const response = await world.as(person)(scoreUrl, { method: 'PUT', body: { score } });
      expect(response.status).toBe(200);
    }
    const leaderRound = next(await viewAs(PEOPLE.leader)).alignmentRound!;
    expect(leaderRound).toMatchObject({
      people: 4,
      minimum: 5,
      aggregate: null,
      ownScore: null,
      canScore: false,
    });
    expect(next(await viewAs(first!)).alignmentRound).toMatchObject({
      ownScore: 5,
      canScore: true,
      aggregate: null,
    });
    expect(next(await viewAs(second!)).alignmentRound!.ownScore).toBe(3);

    const opened = await world.as(fifth!)(scoreUrl, { method: 'PUT', body: { score: 4 } });
    expect(next(opened.body as BoardView).alignmentRound).toMatchObject({
      people: 5,
      ownScore: 4,
      aggregate: { mean: 4.2, distribution: [0, 0, 1, 2, 2], people: 5 },
    });
    // The stored round holds pseudonyms only; no view carries one.
    const round = (await stored()).alignmentRound;
    expect(round.scores).toHaveLength(5);
    const ids = ambassadors.map((a) => a.userId);
    for (const s of round.scores) expect(ids.some((id) => s.raterKey.includes(id))).toBe(false);
    const leaderJson = JSON.stringify(await viewAs(PEOPLE.leader));
    for (const s of round.scores) expect(leaderJson).not.toContain(s.raterKey);
  });

  it('another tenant’s meeting is not found', async () => {
    const response = await world.as(PEOPLE.activeAmbassador, B)(
      `${P}/meetings/al-meeting-next/alignment/score`,
      {
        method: 'PUT',
        body: { score: 4 },
      },
    );
    expect(response.status).toBe(404);
  });

  it('a leader publishes the agreed draft as the key message in one step; the meeting records the version', async () => {
    const before = await viewAs(PEOPLE.leader);
    const published = await leader()(`${P}/meetings/al-meeting-next/alignment/publish`, {
      method: 'POST',
      body: {},
    });
    expect(published.status).toBe(201);
    const view = published.body as BoardView;
    expect(view.keyMessage).toMatchObject({
      version: before.keyMessage!.version + 1,
      text: 'Vi lytter først, så handler vi.',
    });
    expect(next(view).publishedKeyMessageVersion).toBe(view.keyMessage!.version);
    expect(next(view).alignmentRound!.publishedText).toBe('Vi lytter først, så handler vi.');
    const again = await leader()(`${P}/meetings/al-meeting-next/alignment/publish`, {
      method: 'POST',
      body: {},
    });
    expect((again.body as BoardView).keyMessage!.version).toBe(view.keyMessage!.version);
    const asAmbassador = await world.as(PEOPLE.activeAmbassador)(
      `${P}/meetings/al-meeting-next/alignment/publish`,
      {
        method: 'POST',
        body: {},
      },
    );
    expect(asAmbassador.status).toBe(403);
  });

  it('a regular meeting has no round (409 MEETING_NOT_ALIGNMENT), in Danish too', async () => {
    const planned = await leader()(`${P}/meetings`, {
      method: 'POST',
      body: { kind: 'regular', scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
    });
    const regular = (planned.body as BoardView).meetings.upcoming.find((m) => m.kind === 'regular')!;
    expect(regular.alignmentRound).toBeUndefined();
    const response = await world.as(PEOPLE.activeAmbassador)(`${P}/meetings/${regular.id}/alignment/score`, {
      method: 'PUT',
      body: { score: 3 },
      headers: { 'accept-language': 'da' },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('MEETING_NOT_ALIGNMENT');
    expect(response.body.message).toMatch(/^Kun et afstemningsmøde/);
  });
});
