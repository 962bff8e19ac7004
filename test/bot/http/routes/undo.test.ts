import { UNDO_WINDOW_MS, fixedClock, type BoardData, type BoardView } from '@ambassadors/shared';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * Undo over HTTP: only the person who acted, inside the window, and while nobody has acted on top
 * of it; a refusal is a clear error in the caller's language and nothing changes.
 */
describe('undo of a recent act', () => {
  let world: ApiWorld;
  const clock = fixedClock(new Date());
  const P = '/api/v1/programmes/undo-a';
  const second = { userId: 'second-leader', displayName: 'Anders Andersen' };
  const applicant = { userId: 'undo-applicant', displayName: 'Ida Iversen' };
  const MOTIVATION = 'Jeg vil gerne hjælpe kollegerne med at tale sammen på tværs af vagterne.';
  const leader = () => world.as(PEOPLE.leader);
  const board = async (person: { userId: string; displayName: string } = PEOPLE.leader): Promise<BoardView> =>
    (await world.as(person)(`${P}/board`)).body as BoardView;
  const undo = (person: { userId: string; displayName: string }, body: unknown, locale = 'en') =>
    world.as(person)(`${P}/undo`, { method: 'POST', body, headers: { 'accept-language': locale } });
  const apply = async (person: { userId: string; displayName: string }) => {
    const applied = await world.as(person)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: MOTIVATION },
    });
    expect(applied.status).toBe(201);
    return (applied.body as BoardView).myApplication!.id;
  };

  beforeAll(async () => {
    world = await startApiWorld({ clock });
    const seeded: BoardData = demoBoardWithId(A, 'undo-a', clock.now(), 'undo-');
    seeded.programme.owners = [...seeded.programme.owners, second];
    await seedBoard(world.server.store, seeded);
    await seedBoard(world.server.store, demoBoardWithId(B, 'undo-a', clock.now(), 'undo-b-'));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a decline: another leader may not undo it (403, Danish); its decider can, with the reason kept in the history', async () => {
    const appId = await apply(PEOPLE.employee);
    const declined = await leader()(`${P}/applications/${appId}/decision`, {
      method: 'POST',
      body: { outcome: 'declined', reason: 'Not this round' },
    });
    expect((declined.body as BoardView).undo).toEqual([
      {
        act: 'decision',
        target: appId,
        until: new Date(clock.now().getTime() + UNDO_WINDOW_MS).toISOString(),
      },
    ]);
    expect((await board(second)).undo).toBeUndefined();

    const byOther = await undo(second, { act: 'decision', applicationId: appId }, 'da');
    expect(byOther.status).toBe(403);
    expect(byOther.body).toMatchObject({
      code: 'UNDO_NOT_YOURS',
      message: 'Kun den, der gjorde det, kan fortryde det.',
    });

    clock.advance(60_000);
    const undone = await undo(PEOPLE.leader, {
      act: 'decision',
      applicationId: appId,
      reason: 'Wrong person',
    });
    expect(undone.status).toBe(200);
    const view = undone.body as BoardView;
    expect(view.applications!.find((a) => a.id === appId)!.decision).toBeNull();
    expect(view.undo).toBeUndefined();
    expect(view.undoHistory).toEqual([
      expect.objectContaining({
        act: 'decision',
        what: 'declined',
        by: PEOPLE.leader,
        undoneBy: PEOPLE.leader,
        reason: 'Wrong person',
        subject: appId,
        name: PEOPLE.employee.displayName,
      }),
    ]);
    // The applicant never sees the decision's history (it carries the leaders' note).
    expect((await board(PEOPLE.employee)).undoHistory).toBeUndefined();
  });

  it('a selection after the window → 409 UNDO_WINDOW_PASSED in the caller’s language, and nothing changes', async () => {
    const appId = (await board()).applications!.find(
      (a) => a.applicant.userId === PEOPLE.employee.userId,
    )!.id;
    const selected = await leader()(`${P}/applications/${appId}/decision`, {
      method: 'POST',
      body: { outcome: 'selected', reason: 'Trusted by colleagues' },
    });
    expect(selected.status).toBe(200);
    clock.advance(UNDO_WINDOW_MS);
    const before = await board();
    const late = await undo(PEOPLE.leader, { act: 'decision', applicationId: appId }, 'da');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('UNDO_WINDOW_PASSED');
    expect(late.body.message).toContain('10 minutter');
    const after = await board();
    expect(after.applications).toEqual(before.applications);
    expect(after.ambassadors).toEqual(before.ambassadors);
  });

  it('a selection someone has acted on (an agreement proposed) → 409 UNDO_OVERTAKEN; one nobody touched is undone with its candidacy', async () => {
    const appId = await apply(applicant);
    const selected = await leader()(`${P}/applications/${appId}/decision`, {
      method: 'POST',
      body: { outcome: 'selected', reason: 'Trusted by colleagues' },
    });
    const candidate = (selected.body as BoardView).ambassadors.find(
      (a) => a.person.userId === applicant.userId,
    )!;
    const proposed = await world.as(second)(`${P}/ambassadors/${candidate.id}/agreement`, {
      method: 'POST',
      body: { terms: (selected.body as BoardView).agreementTemplate, term: candidate.term },
      headers: { 'if-match': `"${candidate.etag}"` },
    });
    expect(proposed.status).toBe(201);
    const overtaken = await undo(PEOPLE.leader, { act: 'decision', applicationId: appId });
    expect(overtaken.status).toBe(409);
    expect(overtaken.body).toMatchObject({ code: 'UNDO_OVERTAKEN' });
    expect((await board()).ambassadors.some((a) => a.person.userId === applicant.userId)).toBe(true);

    const fourth = { userId: 'undo-fourth', displayName: 'Frida Fog' };
    const fourthApp = await apply(fourth);
    const decide = () =>
      leader()(`${P}/applications/${fourthApp}/decision`, {
        method: 'POST',
        body: { outcome: 'selected', reason: 'Trusted by colleagues' },
      });
    expect((await decide()).status).toBe(200);
    const undone = await undo(PEOPLE.leader, { act: 'decision', applicationId: fourthApp });
    expect(undone.status).toBe(200);
    expect((undone.body as BoardView).ambassadors.some((a) => a.person.userId === fourth.userId)).toBe(false);
    expect((await board()).applications!.find((a) => a.id === fourthApp)!.decision).toBeNull();
    // Pending again: it can be decided anew.
    expect((await decide()).status).toBe(200);
  });

  it('marking a step done: its author undoes it and the step shows what it showed before', async () => {
    const before = (await board()).steps.find((s) => s.key === 'meetings')!;
    const marked = await leader()(`${P}/steps/meetings/override`, {
      method: 'POST',
      body: { status: 'done', note: 'We meet every month' },
      headers: { 'if-match': `"${(await board()).programme.etag}"` },
    });
    expect(marked.status).toBe(200);
    expect((marked.body as BoardView).undo).toEqual(
      expect.arrayContaining([expect.objectContaining({ act: 'stepOverride', target: 'meetings' })]),
    );
    expect((await undo(second, { act: 'stepOverride', stepKey: 'meetings' })).status).toBe(403);
    const undone = await undo(PEOPLE.leader, { act: 'stepOverride', stepKey: 'meetings' });
    expect(undone.status).toBe(200);
    const step = (undone.body as BoardView).steps.find((s) => s.key === 'meetings')!;
    expect(step.status).toBe(before.status);
    expect(step.override).toEqual(before.override);
    expect((undone.body as BoardView).undoHistory!.find((e) => e.act === 'stepOverride')).toMatchObject({
      what: 'done',
      note: 'We meet every month',
      subject: 'meetings',
    });
  });

  it('withdrawing an ambassador: undone by the leader who did it, the role is active again', async () => {
    const jonas = (await board()).ambassadors.find(
      (a) => a.person.userId === PEOPLE.activeAmbassador.userId,
    )!;
    const gone = await leader()(`${P}/ambassadors/${jonas.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'Moved team' },
    });
    expect(gone.status).toBe(200);
    const undone = await undo(PEOPLE.leader, { act: 'ambassadorWithdrawal', ambassadorshipId: jonas.id });
    expect(undone.status).toBe(200);
    const back = (undone.body as BoardView).ambassadors.find((a) => a.id === jonas.id)!;
    expect(back.state).toBe('active');
    expect((undone.body as BoardView).formerAmbassadors!.some((a) => a.id === jonas.id)).toBe(false);
  });

  it('an applicant undoes their own withdrawal; nobody else can', async () => {
    const third = { userId: 'undo-third', displayName: 'Tove Thomsen' };
    const appId = await apply(third);
    await world.as(third)(`${P}/applications/${appId}/withdraw`, { method: 'POST', body: {} });
    expect((await undo(PEOPLE.leader, { act: 'applicationWithdrawal', applicationId: appId })).status).toBe(
      403,
    );
    const undone = await undo(third, { act: 'applicationWithdrawal', applicationId: appId });
    expect(undone.status).toBe(200);
    expect((undone.body as BoardView).myApplication).toMatchObject({ withdrawnAt: null, canWithdraw: true });
    expect((undone.body as BoardView).undoHistory).toEqual([
      expect.objectContaining({ act: 'applicationWithdrawal', undoneBy: third }),
    ]);
  });

  it('the tenant is the token’s: an act of this tenant is not found from another', async () => {
    const before = await board();
    const app = before.applications!.find((a) => a.applicant.userId === applicant.userId)!;
    const other = await world.as(PEOPLE.leader, B)(`${P}/undo`, {
      method: 'POST',
      body: { act: 'decision', applicationId: app.id },
    });
    expect(other.status).toBe(404);
    expect((await board()).applications).toEqual(before.applications);
  });
});
