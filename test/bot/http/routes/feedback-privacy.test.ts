import { createHmac } from 'node:crypto';
import {
  boardViewSchema,
  feedbackOverviewViewSchema,
  type BoardView,
  type FeedbackOverviewView,
  type UserRef,
} from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * The privacy promise over real HTTP, tried as a determined user would: thresholds count
 * people (one ambassador cannot open a figure alone), a decision's answer does not depend on
 * hidden check-ins, ids confirm nobody's authorship, and a withdrawal brings deletion forward
 * in storage (expiresAt and Cosmos ttl).
 */
describe('feedback privacy through the API', () => {
  let world: ApiWorld;
  const PID = 'programme-privacy';
  const P = `/api/v1/programmes/${PID}`;
  const SECRET = 'privacy-test-secret';
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const others: UserRef[] = [1, 2, 3, 4].map((n) => ({
    userId: `privacy-amb-${n}`,
    displayName: `Ambassador ${n}`,
  }));
  /** An ambassador who never checks in: raising a situation and leaving change no pulse figure. */
  const RAISER: UserRef = { userId: 'privacy-raiser', displayName: 'Raiser' };
  const leader = () => world.as(PEOPLE.leader);
  const stored = async () => (await world.server.store.loadBoard({ tenantId: A, user: PEOPLE.leader }, PID))!;
  const overview = async () =>
    feedbackOverviewViewSchema.parse((await leader()(`${P}/feedback/overview`)).body) as FeedbackOverviewView;
  const boardOf = async (person: UserRef) =>
    boardViewSchema.parse((await world.as(person)(`${P}/board`)).body) as BoardView;
  const checkIn = (person: UserRef, theme = 'Mødekultur') =>
    world.as(person)(`${P}/check-ins`, {
      method: 'POST',
      body: {
        alignment: 3,
        changeCourse: 'no',
        progress: `from ${person.displayName}`,
        situations: [{ theme, description: '' }],
      },
    });
  const rawDoc = async (id: string) => {
    const { resource } = await world.server.storage.cosmos!.containers.programmes.item(id, [A, PID]).read();
    return resource as Record<string, unknown>;
  };

  beforeAll(async () => {
    // On the Cosmos path (the production adapters on the emulator): the test reads raw documents and TTLs.
    world = await startApiWorld({
      env: { CHECKIN_AUTHOR_SECRET: SECRET },
      embeddedEngine: 'cosmos-emulator',
    });
    const demo = demoBoardWithId(A, PID, new Date(), 'pv-');
    const jonas = demo.ambassadorships.find((a) => a.person.userId === PEOPLE.activeAmbassador.userId)!;
    const extra = [
      ...others.map((person, i) => ({ ...jonas, id: `pv-amb-extra-${i}`, person })),
      { ...jonas, id: 'pv-amb-raiser', person: RAISER },
    ];
    await seedBoard(world.server.store, {
      ...demo,
      ambassadorships: [...demo.ambassadorships, ...extra],
      checkIns: [],
      decisions: [],
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a check-in is stored with a random id and only a keyed pseudonym of the person', async () => {
    const response = await checkIn(PEOPLE.activeAmbassador);
    expect(response.status).toBe(201);
    const [saved] = (await stored()).checkIns;
    expect(saved!.id).toMatch(UUID);
    const expected = createHmac('sha256', SECRET)
      .update(`person\u0000${PID}\u0000${PEOPLE.activeAmbassador.userId}`)
      .digest('base64url');
    expect(saved!.authorKey).toBe(expected);
    const raw = JSON.stringify(await rawDoc(saved!.id));
    expect(raw).not.toContain('ambassadorshipId');
    expect(raw).not.toContain('amb-jonas');
    expect(raw).not.toContain(PEOPLE.activeAmbassador.userId);
  });

  it('a second check-in in the same interval is refused with a clear message, and nothing is stored', async () => {
    const again = await checkIn(PEOPLE.activeAmbassador);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CHECK_IN_TOO_SOON');
    expect(again.body.message).toMatch(/already sent a check-in in this period \(one per 14 days\)/);
    const danish = await world.as(PEOPLE.activeAmbassador)(`${P}/check-ins`, {
      method: 'POST',
      body: { alignment: 3, changeCourse: 'no' },
      headers: { 'accept-language': 'da' },
    });
    expect(danish.body.message).toMatch(/Du har allerede sendt en status i denne periode/);
    expect((await stored()).checkIns).toHaveLength(1);
  });

  it('four people: every figure hidden, no count on the board, and a decision answers alike for hidden and unknown themes', async () => {
    for (const person of others.slice(0, 3)) expect((await checkIn(person)).status).toBe(201);
    const body = await overview();
    expect(body.checkIns).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 5 });
    expect(body.themes).toMatchObject({ hidden: true });
    expect(body.changeCourse).toMatchObject({ hidden: true });
    expect((await boardOf(PEOPLE.leader)).checkInCount).toBeUndefined();

    const decide = (theme: string) =>
      leader()(`${P}/decisions`, {
        method: 'POST',
        body: { outcome: 'explain', theme, explanation: 'We look at it.' },
      });
    const hiddenTheme = await decide('mødekultur'); // named by 4 people: hidden
    const unknownTheme = await decide('Nobody said this');
    expect([hiddenTheme.status, unknownTheme.status]).toEqual([201, 201]);
    const entryOf = (r: typeof hiddenTheme, theme: string) =>
      (r.body as BoardView).youSaidWeDid.find((e) => e.theme === theme)!;
    const shape = (e: object) => Object.keys(e).sort();
    expect(shape(entryOf(hiddenTheme, 'mødekultur'))).toEqual(
      shape(entryOf(unknownTheme, 'Nobody said this')),
    );
    expect(entryOf(unknownTheme, 'mødekultur')).not.toHaveProperty('checkInCount');

    // naming check-ins by id is refused whether the id exists or not: nothing to confirm
    const realId = (await stored()).checkIns[0]!.id;
    const withReal = await leader()(`${P}/decisions`, {
      method: 'POST',
      body: { outcome: 'explain', theme: 'x', explanation: 'x', checkInIds: [realId] },
    });
    const withMadeUp = await leader()(`${P}/decisions`, {
      method: 'POST',
      body: {
        outcome: 'explain',
        theme: 'x',
        explanation: 'x',
        checkInIds: ['6f1d3c1e-0000-4000-8000-000000000000'],
      },
    });
    expect([withReal.status, withMadeUp.status]).toEqual([400, 400]);
    expect(withReal.body.code).toBe('VALIDATION_FAILED');
    expect(withMadeUp.body.code).toBe('VALIDATION_FAILED');
  });

  it('from five people the figures and counts show, on the board and in "you said, we did"', async () => {
    expect((await checkIn(others[3]!)).status).toBe(201);
    const body = await overview();
    expect(body.checkIns).toBe(5);
    expect(body.themes).toEqual([{ theme: 'Mødekultur', count: 5, answered: true }]);
    expect(body.freeText).toMatchObject({ hidden: true, minimum: 10 });
    const view = await boardOf(PEOPLE.leader);
    expect(view.checkInCount).toBe(5);
    expect(view.youSaidWeDid.find((e) => e.theme === 'mødekultur')).toMatchObject({ checkInCount: 5 });
    const forAmbassador = await boardOf(PEOPLE.activeAmbassador);
    expect(forAmbassador.youSaidWeDid.find((e) => e.theme === 'mødekultur')).toMatchObject({
      checkInCount: 5,
    });
  });

  it('tells the ambassador who sees their answers, from how many people, and when they are deleted', async () => {
    const privacy = (await boardOf(PEOPLE.activeAmbassador)).myAmbassadorship!.checkInPrivacy;
    expect(privacy).toMatchObject({
      visibleTo: 'leaders',
      minimumAnswers: 5,
      minimumFreeText: 10,
      retentionMonthsAfterTerm: 12,
      intervalDays: 14,
    });
  });

  it('leaders may raise the thresholds, never lower them below 5 and 10 (clear error, nothing changed)', async () => {
    const view = await boardOf(PEOPLE.leader);
    const put = (body: unknown, etag = view.programme.etag) =>
      leader()(`${P}/settings/anonymity`, { method: 'PUT', body, headers: { 'if-match': `"${etag}"` } });
    const lower = await put({ anonymityMinAnswers: 3, anonymityMinFreeText: 10 });
    expect(lower.status).toBe(400);
    expect(lower.body.code).toBe('VALIDATION_FAILED');
    expect(lower.body.message).toContain('must be at least 5');
    expect(lower.body.message).not.toContain('anonymityMinAnswers');
    expect(lower.body.fields).toEqual([expect.objectContaining({ path: 'anonymityMinAnswers' })]);
    const asAmbassador = await world.as(PEOPLE.activeAmbassador)(`${P}/settings/anonymity`, {
      method: 'PUT',
      body: { anonymityMinAnswers: 5, anonymityMinFreeText: 10 },
      headers: { 'if-match': `"${view.programme.etag}"` },
    });
    expect(asAmbassador.status).toBe(403);
    expect((await boardOf(PEOPLE.leader)).programme.settings).toMatchObject({
      anonymityMinAnswers: 5,
      anonymityMinFreeText: 10,
    });
    const raised = await put({ anonymityMinAnswers: 6, anonymityMinFreeText: 10 });
    expect(raised.status).toBe(200);
    // 5 people no longer open the figures
    expect((await overview()).checkIns).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 6 });
    const back = await put(
      { anonymityMinAnswers: 5, anonymityMinFreeText: 10 },
      (raised.body as BoardView).programme.etag,
    );
    expect(back.status).toBe(200);
    expect((await overview()).checkIns).toBe(5);
  });

  it('a withdrawal brings the expiry of that person’s check-ins forward, with the Cosmos ttl', async () => {
    const before = await stored();
    const mine = before.checkIns.find((c) => c.progress === `from ${others[0]!.displayName}`)!;
    const other = before.checkIns.find((c) => c.progress === `from ${others[1]!.displayName}`)!;
    const rawBefore = await rawDoc(mine.id);
    const withdrawn = await leader()(`${P}/ambassadors/pv-amb-extra-0/withdraw`, {
      method: 'POST',
      body: { reason: 'Moved to another department' },
    });
    expect(withdrawn.status).toBe(200);
    const after = await stored();
    const mineAfter = after.checkIns.find((c) => c.id === mine.id)!;
    expect(Date.parse(mineAfter.expiresAt)).toBeLessThan(Date.parse(mine.expiresAt));
    const endedAt = after.ambassadorships.find((a) => a.id === 'pv-amb-extra-0')!.endedAt!;
    const expected = new Date(endedAt);
    expected.setUTCFullYear(expected.getUTCFullYear() + 1);
    expect(Math.abs(Date.parse(mineAfter.expiresAt) - expected.getTime())).toBeLessThan(2 * 3_600_000);
    const rawAfter = await rawDoc(mine.id);
    expect(rawAfter.ttl as number).toBeLessThan(rawBefore.ttl as number);
    expect(
      Math.abs((rawAfter.ttl as number) - (Date.parse(mineAfter.expiresAt) - Date.now()) / 1000),
    ).toBeLessThan(120);
    // nobody else's check-in changes
    expect(after.checkIns.find((c) => c.id === other.id)!.expiresAt).toBe(other.expiresAt);
  });

  it("a withdrawal brings a named open situation's expiry forward too, with the Cosmos ttl", async () => {
    const raised = await world.as(RAISER)(`${P}/open-situations`, {
      method: 'POST',
      body: { theme: 'Arbejdspres', situation: 'Mondays run over', raisedAs: 'named' },
    });
    expect(raised.status).toBe(201);
    const before = await stored();
    const mine = before.openSituations!.find((s) => s.raisedBy?.userId === RAISER.userId)!;
    const rawBefore = await rawDoc(mine.id);
    const withdrawn = await leader()(`${P}/ambassadors/pv-amb-raiser/withdraw`, {
      method: 'POST',
      body: { reason: 'Moved to another department' },
    });
    expect(withdrawn.status).toBe(200);
    const rawAfter = await rawDoc(mine.id);
    expect(Date.parse(rawAfter.expiresAt as string)).toBeLessThan(Date.parse(mine.expiresAt));
    const after = await stored();
    const endedAt = after.ambassadorships.find((a) => a.id === 'pv-amb-raiser')!.endedAt!;
    const expected = new Date(endedAt);
    expected.setUTCFullYear(expected.getUTCFullYear() + 1);
    expect(Math.abs(Date.parse(rawAfter.expiresAt as string) - expected.getTime())).toBeLessThan(
      2 * 3_600_000,
    );
    expect(rawAfter.ttl as number).toBeLessThan(rawBefore.ttl as number);
    expect(after.openSituations!.find((s) => s.id === mine.id)!.expiresAt).toBe(rawAfter.expiresAt);
  });

  it('check-ins stored in the older shape (ambassadorshipId, per-ambassadorship key) still load and count once per person', async () => {
    const legacyKey = createHmac('sha256', SECRET).update(`${PID}\u0000pv-amb-extra-1`).digest('base64url');
    const current = (await stored()).checkIns.find((c) => c.progress === `from ${others[1]!.displayName}`)!;
    const legacyId = 'legacy-check-in-1';
    await world.server.storage.cosmos!.containers.programmes.items.create({
      ...current,
      etag: undefined,
      id: legacyId,
      ambassadorshipId: 'pv-amb-extra-1',
      authorKey: legacyKey,
      submittedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      ttl: 3600,
    });
    const board = await stored();
    const legacy = board.checkIns.find((c) => c.id === legacyId)!;
    expect(legacy).not.toHaveProperty('ambassadorshipId');
    expect(legacy.authorKey).toBe(current.authorKey);
    // still 5 people (the legacy check-in is the same person's), 6 check-ins
    expect((await overview()).checkIns).toBe(6);
    // the next save of that ambassadorship rewrites it in the new shape
    await leader()(`${P}/ambassadors/pv-amb-extra-1/withdraw`, { method: 'POST', body: { reason: 'Left' } });
    const raw = await rawDoc(legacyId);
    expect(raw).not.toHaveProperty('ambassadorshipId');
    expect(raw.authorKey).toBe(current.authorKey);
  });
});

describe('monthly figures kept after the check-ins expire', () => {
  let world: ApiWorld;
  const PID = 'programme-kept';
  const P = `/api/v1/programmes/${PID}`;
  const ctx = { tenantId: A, user: PEOPLE.leader };
  const lastMonth = (() => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - 1);
    return d.toISOString().slice(0, 7);
  })();

  beforeAll(async () => {
    world = await startApiWorld({ embeddedEngine: 'cosmos-emulator' });
    const demo = demoBoardWithId(A, PID, new Date(), 'kp-');
    await seedBoard(world.server.store, { ...demo, checkIns: [], decisions: [] });
    for (let i = 0; i < 5; i++) {
      await world.server.store.createDocument(ctx, {
        id: `kept-check-in-${i}`,
        tenantId: A,
        programmeId: PID,
        type: 'checkIn',
        authorKey: `someone-${i}`,
        progress: 'words that must not be kept',
        challenges: '',
        successes: '',
        situations: [{ theme: 'Arbejdspres', description: '' }],
        alignment: 4,
        keyMessageVersion: null,
        changeCourse: 'no',
        changeCourseSuggestion: '',
        submittedAt: `${lastMonth}-1${i}T09:00:00.000Z`,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  it('keeps a visible month as numbers only, and shows it once its check-ins are gone', async () => {
    const overview = async () =>
      feedbackOverviewViewSchema.parse(
        (await world.as(PEOPLE.leader)(`${P}/feedback/overview`)).body,
      ) as FeedbackOverviewView;
    expect((await overview()).months.find((m) => m.month === lastMonth)).toMatchObject({
      checkIns: 5,
      alignmentAverage: 4,
    });
    const { resource } = await world.server.storage
      .cosmos!.containers.programmes.item(`feedback-month.${PID}.${lastMonth}`, [A, PID])
      .read();
    expect(resource).toMatchObject({
      type: 'feedbackMonth',
      month: lastMonth,
      checkIns: 5,
      alignmentAverage: 4,
    });
    expect(JSON.stringify(resource)).not.toMatch(/words|Arbejdspres|someone/);
    // the raw check-ins expire (Cosmos TTL deletes them): the month's figures stay
    for (let i = 0; i < 5; i++) {
      await world.server.storage.cosmos!.containers.programmes.item(`kept-check-in-${i}`, [A, PID]).delete();
    }
    const after = await overview();
    expect(after.checkIns).toMatchObject({ hidden: true });
    expect(after.months.find((m) => m.month === lastMonth)).toMatchObject({
      checkIns: 5,
      alignmentAverage: 4,
    });
  });
});
