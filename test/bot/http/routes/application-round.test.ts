import {
  DEFAULT_APPLICANT_MESSAGES,
  UNDO_WINDOW_MS,
  boardViewSchema,
  planReminders,
  summarisePersonExport,
  type BoardData,
  type PersonExport,
  type BoardView,
} from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * The application round over HTTP: a decline carries an internal note and a message for the
 * applicant, and the applicant's board, export and bot card get only the message; applicants
 * withdraw, need a real motivation, and a second round after the deadline lets a declined
 * applicant apply again while a pending one carries over.
 */
describe('an application round that treats people well', () => {
  let world: ApiWorld;
  const P = '/api/v1/programmes/round-a';
  const NOTE = 'INTERNAL: not yet confident in front of a group';
  const MESSAGE = 'Tak for din ansøgning, Sofie. Vi vil gerne tale med dig om en senere runde.';
  const MOTIVATION = 'Jeg vil gerne hjælpe kollegerne med at tale sammen på tværs af vagterne.';
  const newPerson = { userId: 'new-person', displayName: 'Ny Person' };
  const third = { userId: 'third-person', displayName: 'Tredje Person' };
  const leader = () => world.as(PEOPLE.leader);
  const board = async (person: { userId: string; displayName: string } = PEOPLE.leader): Promise<BoardView> =>
    boardViewSchema.parse((await world.as(person)(`${P}/board`)).body) as BoardView;
  const stored = () => world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, 'round-a');

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, 'round-a', new Date(), 'round-'));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a motivation shorter than the setting → 400 on the motivation field, in the caller’s language; nothing saved', async () => {
    const response = await world.as(PEOPLE.employee)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: 'Jeg vil gerne.' },
      headers: { 'accept-language': 'da' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const field = response.body.fields.find((f: { path: string }) => f.path === 'motivation');
    expect(field.message).toContain('40');
    expect((await board(PEOPLE.employee)).myApplication).toBeNull();
  });

  it('the applicant withdraws; the leaders see it and cannot decide on it; applying again replaces it', async () => {
    const asSofie = world.as(PEOPLE.employee);
    const applied = await asSofie(`${P}/applications`, { method: 'POST', body: { motivation: MOTIVATION } });
    expect(applied.status).toBe(201);
    const mine = (applied.body as BoardView).myApplication!;
    expect(mine.canWithdraw).toBe(true);
    const withdrawn = await asSofie(`${P}/applications/${mine.id}/withdraw`, { method: 'POST', body: {} });
    expect(withdrawn.status).toBe(200);
    expect((withdrawn.body as BoardView).myApplication).toMatchObject({ canWithdraw: false });
    expect((withdrawn.body as BoardView).myApplication!.withdrawnAt).not.toBeNull();
    expect((withdrawn.body as BoardView).posting.canApply).toBe(true);

    const byLeader = await leader()(`${P}/applications/${mine.id}/withdraw`, { method: 'POST', body: {} });
    expect(byLeader.status).toBe(403);
    const decide = await leader()(`${P}/applications/${mine.id}/decision`, {
      method: 'POST',
      body: { outcome: 'declined', reason: 'x' },
    });
    expect(decide.status).toBe(409);
    expect(decide.body.code).toBe('APPLICATION_WITHDRAWN');

    const again = await asSofie(`${P}/applications`, {
      method: 'POST',
      body: { motivation: `${MOTIVATION} Igen.` },
    });
    expect(again.status).toBe(201);
    const leaders = (await board()).applications!.find((a) => a.id === mine.id)!;
    expect(leaders.withdrawnAt).toBeNull();
    expect(leaders.earlier).toEqual([
      expect.objectContaining({ outcome: 'withdrawn', motivation: MOTIVATION }),
    ]);
  });

  it('a decline keeps the note for the leaders; the applicant’s board and bot card get only the message, their export holds the note as the leaders’ internal note', async () => {
    const app = (await board()).applications!.find((a) => a.applicant.userId === PEOPLE.employee.userId)!;
    const response = await leader()(`${P}/applications/${app.id}/decision`, {
      method: 'POST',
      body: { outcome: 'declined', reason: NOTE, applicantMessage: MESSAGE },
    });
    expect(response.status).toBe(200);
    expect((response.body as BoardView).applications!.find((a) => a.id === app.id)!.decision).toMatchObject({
      outcome: 'declined',
      reason: NOTE,
      applicantMessage: MESSAGE,
    });

    const asSofie = await world.as(PEOPLE.employee)(`${P}/board`);
    expect(asSofie.body.myApplication.decision).toMatchObject({ outcome: 'declined', message: MESSAGE });
    expect(JSON.stringify(asSofie.body)).not.toContain(NOTE);

    const exported = await world.as(PEOPLE.employee)('/api/v1/me/export');
    expect(exported.status).toBe(200);
    // Art. 15: the leaders' note is personal data about the applicant, so their export holds it,
    // named for what it is, next to the message they were sent.
    const exportedApplication = exported.body.programmes
      .flatMap((p: { applications: unknown[] }) => p.applications)
      .find((a: { id: string }) => a.id === app.id);
    expect(exportedApplication.decision).toMatchObject({
      outcome: 'declined',
      message: MESSAGE,
      leadersInternalNote: NOTE,
    });
    const page = summarisePersonExport(exported.body as PersonExport, 'da').flatMap((s) => s.lines);
    expect(page).toContain(`Et internt notat fra lederne om din ansøgning: "${NOTE}"`);
    expect(page).toContain(`Beskeden til dig: "${MESSAGE}"`);

    const now = new Date();
    const card = planReminders((await stored()) as BoardData, {
      from: new Date(now.getTime() - 60_000),
      // The card waits for the decision's undo window to pass.
      to: new Date(now.getTime() + UNDO_WINDOW_MS + 60_000),
    }).find((r) => r.kind === 'applicationOutcome');
    expect(card).toMatchObject({
      recipients: [PEOPLE.employee],
      data: { outcome: 'declined', message: MESSAGE },
    });
    expect(JSON.stringify(card)).not.toContain(NOTE);
  });

  it('a decline without a message → the applicant reads the kind default, never the note', async () => {
    const applied = await world.as(newPerson)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: MOTIVATION },
    });
    expect(applied.status).toBe(201);
    const id = (applied.body as BoardView).myApplication!.id;
    const declined = await leader()(`${P}/applications/${id}/decision`, {
      method: 'POST',
      body: { outcome: 'declined', reason: NOTE, applicantMessage: '   ' },
    });
    expect(declined.status).toBe(200);
    const view = await board(newPerson);
    expect(view.myApplication!.decision).toMatchObject({ outcome: 'declined', message: null });
    expect(JSON.stringify(view)).not.toContain(NOTE);
    expect(DEFAULT_APPLICANT_MESSAGES.declined.da).not.toContain(NOTE);
  });

  it('a second round: re-opened with a new deadline, a declined applicant may apply again and a pending one carries over', async () => {
    const pending = await world.as(third)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: MOTIVATION },
    });
    expect(pending.status).toBe(201);
    // Still the first round: a decline in this round blocks a new application.
    const tooSoon = await world.as(newPerson)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: MOTIVATION },
    });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body.code).toBe('ALREADY_APPLIED');

    // The deadline passes: the stored posting closed yesterday.
    const data = (await stored()) as BoardData & { programme: { etag?: string } };
    const posting = data.programme.steps.posting.posting!;
    const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const firstRound = posting.publishedAt;
    await world.server.store.replaceProgramme(
      { tenantId: A, user: PEOPLE.leader },
      {
        ...data.programme,
        steps: {
          ...data.programme.steps,
          posting: {
            ...data.programme.steps.posting,
            posting: { ...posting, applicationDeadline: yesterday },
          },
        },
      },
      data.programme.etag!,
    );
    const closed = await board();
    expect(closed.posting.open).toBe(false);

    const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const { publishedAt: _published, ...written } = closed.posting.posting!;
    const reopened = await leader()(`${P}/steps/posting`, {
      method: 'PUT',
      body: { posting: { ...written, applicationDeadline: deadline }, publish: true },
      headers: { 'if-match': `"${closed.programme.etag}"` },
    });
    expect(reopened.status).toBe(200);
    const round2 = reopened.body as BoardView;
    expect(round2.posting.open).toBe(true);
    expect(round2.posting.posting!.publishedAt! > firstRound!).toBe(true);

    const again = await world.as(newPerson)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: MOTIVATION },
    });
    expect(again.status).toBe(201);
    expect((again.body as BoardView).myApplication!.decision).toBeNull();
    const leaders = await board();
    const carried = leaders.applications!.find((a) => a.applicant.userId === third.userId)!;
    expect(carried.decision).toBeNull();
    const twice = await world.as(third)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: MOTIVATION },
    });
    expect(twice.body.code).toBe('ALREADY_APPLIED');
  });
});
