import { boardViewSchema, type BoardView, type UserRef } from '@ambassadors/shared';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * Feedback that reaches the leaders in a small group, over real HTTP: an active ambassador raises
 * a situation openly (named, or on behalf of the group once the group agreed at the alignment
 * meeting), leaders answer it in "you said, we did", and the ambassador sees the answer. Roles,
 * the tenant from the token, ETags and bad input (named field, caller's language) are tried too.
 */
describe('open situations (API)', () => {
  let world: ApiWorld;
  const PID = 'programme-open';
  const P = `/api/v1/programmes/${PID}`;
  const jonas = () => world.as(PEOPLE.activeAmbassador);
  const leader = () => world.as(PEOPLE.leader);
  const view = async (person: UserRef = PEOPLE.leader): Promise<BoardView> =>
    boardViewSchema.parse((await world.as(person)(`${P}/board`)).body) as BoardView;
  const stored = async () => (await world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, PID))!;
  const named = {
    theme: 'Mødekultur',
    situation: 'Mandagsmøderne løber over, så dialogerne i teamet bliver skåret ned.',
    raisedAs: 'named',
  };

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, PID, new Date(), 'os-'));
    await seedBoard(world.server.store, demoBoardWithId(B, PID, new Date(), 'osb-'));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('an active ambassador raises one with their name; leaders see who, and answer it once', async () => {
    const raised = await jonas()(`${P}/open-situations`, { method: 'POST', body: named });
    expect(raised.status).toBe(201);
    const mine = (raised.body as BoardView).openSituations!.find((s) => s.theme === 'Mødekultur')!;
    expect(mine).toMatchObject({
      raisedAs: 'named',
      raisedBy: PEOPLE.activeAmbassador,
      mine: true,
      answer: null,
    });

    const leaderView = await view();
    expect(leaderView.openSituations!.find((s) => s.id === mine.id)!.raisedBy).toEqual(
      PEOPLE.activeAmbassador,
    );
    expect(await view(PEOPLE.employee)).not.toHaveProperty('openSituations');

    const answer = { outcome: 'changeCourse', explanation: 'Mandagsmøderne slutter kl. 10 fremover.' };
    const answered = await leader()(`${P}/open-situations/${mine.id}/answer`, {
      method: 'POST',
      body: answer,
    });
    expect(answered.status).toBe(201);
    const again = await leader()(`${P}/open-situations/${mine.id}/answer`, { method: 'POST', body: answer });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('OPEN_SITUATION_ANSWERED');

    const seen = await view(PEOPLE.activeAmbassador);
    expect(seen.openSituations!.find((s) => s.id === mine.id)!.answer).toMatchObject(answer);
    expect(seen.youSaidWeDid).toContainEqual(
      expect.objectContaining({ theme: 'Mødekultur', outcome: 'changeCourse', openSituation: 'named' }),
    );
    // Never part of the anonymous pulse.
    expect((await stored()).checkIns.some((c) => JSON.stringify(c).includes('Mandagsmøderne'))).toBe(false);
  });

  it('only active ambassadors raise, only leaders answer', async () => {
    const asLeader = await leader()(`${P}/open-situations`, { method: 'POST', body: named });
    expect(asLeader.status).toBe(403);
    const asCandidate = await world.as(PEOPLE.candidateAmbassador)(`${P}/open-situations`, {
      method: 'POST',
      body: named,
    });
    expect(asCandidate.status).toBe(403);
    expect(asCandidate.body.code).toBe('OPEN_SITUATION_NOT_ALLOWED');
    const situation = (await view()).openSituations![0]!;
    const asAmbassador = await jonas()(`${P}/open-situations/${situation.id}/answer`, {
      method: 'POST',
      body: { outcome: 'explain', explanation: 'x' },
    });
    expect(asAmbassador.status).toBe(403);
  });

  it('bad input is refused naming the field in the caller’s language, and nothing is stored', async () => {
    const before = (await stored()).openSituations!.length;
    const da = await jonas()(`${P}/open-situations`, {
      method: 'POST',
      body: { ...named, situation: '' },
      headers: { 'accept-language': 'da' },
    });
    expect(da.status).toBe(400);
    expect(da.body.code).toBe('VALIDATION_FAILED');
    expect(da.body.message).toContain('Situationen');
    const en = await jonas()(`${P}/open-situations`, {
      method: 'POST',
      body: { ...named, raisedAs: 'anonymous' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.status).toBe(400);
    expect(en.body.message).toContain('Raised by');
    const smuggled = await jonas()(`${P}/open-situations`, {
      method: 'POST',
      body: { ...named, tenantId: B, raisedBy: PEOPLE.leader },
    });
    expect(smuggled.status).toBe(400);
    expect((await stored()).openSituations!.length).toBe(before);
  });

  it('on behalf of the group only after the group agreed at the alignment meeting', async () => {
    const group = { ...named, theme: 'Travlhed', raisedAs: 'group', meetingId: 'os-meeting-last' };
    const early = await jonas()(`${P}/open-situations`, {
      method: 'POST',
      body: group,
      headers: { 'accept-language': 'en' },
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('OPEN_SITUATION_NEEDS_AGREEMENT');
    expect(early.body.message).toContain('"Travlhed"');

    const meeting = (await view(PEOPLE.activeAmbassador)).groupAgreementMeetings!.find(
      (m) => m.meetingId === 'os-meeting-last',
    )!;
    const agreement = `${P}/meetings/${meeting.meetingId}/group-agreements`;
    const noEtag = await jonas()(agreement, { method: 'POST', body: { theme: 'Travlhed' } });
    expect(noEtag.status).toBe(428);
    const stale = await jonas()(agreement, {
      method: 'POST',
      body: { theme: 'Travlhed' },
      headers: { 'if-match': '"stale"' },
    });
    expect(stale.status).toBe(409);
    const recorded = await jonas()(agreement, {
      method: 'POST',
      body: { theme: 'Travlhed' },
      headers: { 'if-match': `"${meeting.etag}"` },
    });
    expect(recorded.status).toBe(200);
    expect(
      (recorded.body as BoardView).groupAgreementMeetings!.find((m) => m.meetingId === meeting.meetingId)!
        .agreements,
    ).toEqual([expect.objectContaining({ theme: 'Travlhed', recordedBy: PEOPLE.activeAmbassador })]);

    const raised = await jonas()(`${P}/open-situations`, { method: 'POST', body: group });
    expect(raised.status).toBe(201);
    const seenByLeader = (await view()).openSituations!.find((s) => s.theme === 'Travlhed')!;
    expect(seenByLeader).toMatchObject({ raisedAs: 'group', raisedBy: null, meetingId: 'os-meeting-last' });
    const raw = (await stored()).openSituations!.find((s) => s.id === seenByLeader.id)!;
    expect(JSON.stringify(raw)).not.toContain(PEOPLE.activeAmbassador.userId);
  });

  it('the tenant comes from the token: another tenant’s ids are not found', async () => {
    const situation = (await view()).openSituations![0]!;
    const other = await world.as(PEOPLE.leader, B)(`${P}/open-situations/${situation.id}/answer`, {
      method: 'POST',
      body: { outcome: 'explain', explanation: 'Nope' },
    });
    expect(other.status).toBe(404);
    const otherBoard = boardViewSchema.parse((await world.as(PEOPLE.leader, B)(`${P}/board`)).body);
    expect(otherBoard.openSituations).toEqual([]);
  });
});
