import { SETTING_BOUNDS } from '@ambassadors/shared';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * Programme settings over the API: every setting within its bounds from the one settings schema,
 * a bad value answered in the caller's language naming the field (and nothing changes), the
 * cross-field rules, and the history of who changed what.
 */
describe('PUT /api/v1/programmes/:id/settings', () => {
  let world: ApiWorld;
  const url = '/api/v1/programmes/settings-p/settings';

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, 'settings-p', new Date(), 'set-'));
  });
  afterAll(async () => world?.close());

  const asLeader = () => world.as(PEOPLE.leader);
  const board = async () => (await asLeader()('/api/v1/programmes/settings-p/board')).body;
  const put = async (body: unknown, lang = 'en') => {
    const etag = (await board()).programme.etag as string;
    return asLeader()(`${url}?lang=${lang}`, { method: 'PUT', body, headers: { 'if-match': `"${etag}"` } });
  };
  const stored = async () =>
    JSON.stringify(await world.server.store.getProgramme({ tenantId: A, user: PEOPLE.leader }, 'settings-p'));

  const numberKeys = Object.keys(SETTING_BOUNDS) as (keyof typeof SETTING_BOUNDS)[];

  it('knows the bounds of every number setting', () => {
    expect(numberKeys.sort()).toEqual(
      [
        'anonymityMinAnswers',
        'anonymityMinFreeText',
        'applicationMotivationMinChars',
        'checkInIntervalDays',
        'hoursPerMonth',
        'nudgeIntervalDays',
        'retentionMonthsAfterTerm',
        'termGapMonths',
        'termMonthsDefault',
        'termMonthsMax',
        'termMonthsMin',
      ].sort(),
    );
    expect(SETTING_BOUNDS.anonymityMinAnswers).toEqual({ min: 5, max: 100 });
    expect(SETTING_BOUNDS.anonymityMinFreeText).toEqual({ min: 10, max: 100 });
  });

  it.each(
    numberKeys.flatMap((key) => [
      { key, value: SETTING_BOUNDS[key]!.min - 1, side: 'below' },
      { key, value: SETTING_BOUNDS[key]!.max + 1, side: 'above' },
    ]),
  )('$key $side its bounds ($value) → 400 naming the field, nothing changes', async ({ key, value }) => {
    const before = await stored();
    const response = await put({ settings: { [key]: value } });
    const { min, max } = SETTING_BOUNDS[key]!;
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('SETTING_OUT_OF_RANGE');
    expect(response.body.field).toBe(`settings.${key}`);
    expect(response.body.message).toMatch(new RegExp(`between ${min} and ${max}`));
    expect(await stored()).toBe(before);
  });

  it('the anonymity thresholds cannot go below 5 and 10 — the message is in Danish for a Danish caller', async () => {
    const answers = await put({ settings: { anonymityMinAnswers: 4 } }, 'da');
    expect(answers.status).toBe(400);
    expect(answers.body.message).toBe('"Mindste antal svar før tal vises" skal være mellem 5 og 100.');
    const freeText = await put({ settings: { anonymityMinFreeText: 9 } }, 'da');
    expect(freeText.body.message).toBe('"Mindste antal svar før fritekst vises" skal være mellem 10 og 100.');
  });

  it('every number setting at its lowest and at its highest bound is accepted', async () => {
    const lowest = Object.fromEntries(numberKeys.map((key) => [key, SETTING_BOUNDS[key]!.min]));
    const low = await put({ settings: lowest });
    expect(low.status).toBe(200);
    expect(low.body.programme.settings).toMatchObject(lowest);
    const highest = Object.fromEntries(numberKeys.map((key) => [key, SETTING_BOUNDS[key]!.max]));
    const high = await put({ settings: highest });
    expect(high.status).toBe(200);
    expect(high.body.programme.settings).toMatchObject(highest);
    await put({ settings: { termMonthsMin: 6, termMonthsDefault: 12, termMonthsMax: 18 } });
  });

  it('shortest ≤ default ≤ longest term, checked across fields', async () => {
    await put({ settings: { termMonthsMin: 6, termMonthsDefault: 12, termMonthsMax: 18 } });
    const before = await stored();
    const response = await put({ settings: { termMonthsDefault: 24 } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'SETTING_TERM_ORDER', field: 'settings.termMonthsDefault' });
    expect(response.body.message).toContain('shortest term (6) ≤ default term (24) ≤ longest term (18)');
    const min = await put({ settings: { termMonthsMin: 13 } });
    expect(min.body).toMatchObject({ code: 'SETTING_TERM_ORDER', field: 'settings.termMonthsMin' });
    expect(await stored()).toBe(before);
  });

  it.each([
    [{ timeZone: 'Europe/Atlantis' }, 'timeZone', 'SETTING_INVALID'],
    [{ settings: { country: 'XX' } }, 'settings.country', 'SETTING_INVALID'],
    [{ settings: { country: 'dk' } }, 'settings.country', 'SETTING_INVALID'],
    [
      { settings: { workingHours: { start: '16:00', end: '09:00', days: [1] } } },
      'settings.workingHours',
      'SETTING_INVALID',
    ],
    [
      { settings: { workingHours: { start: '09:00', end: '16:00', days: [] } } },
      'settings.workingHours',
      'SETTING_INVALID',
    ],
    [
      { settings: { workingHours: { start: '09:00', end: '16:00', days: [8] } } },
      'settings.workingHours',
      'SETTING_INVALID',
    ],
    [{ name: '' }, 'name', 'SETTING_OUT_OF_RANGE'],
    [{ locale: 'de' }, 'locale', 'SETTING_INVALID'],
    [{ startDate: '2026-02-30' }, 'startDate', 'SETTING_INVALID'],
    [{ startDate: '2027-01-01', endDate: '2026-12-31' }, 'endDate', 'PROGRAMME_DATES_INVALID'],
    [{ purpose: 'too long' }, 'purpose', 'SETTING_INVALID'],
    [{ targetGroup: 'too long' }, 'targetGroup', 'SETTING_INVALID'],
    [{ settings: { unknownSetting: 1 } }, 'settings', 'SETTING_INVALID'],
  ])('%j → 400 on %s (%s), nothing changes', async (body, field, code) => {
    const before = await stored();
    // Over-long texts are spelled short in the test's name and made long here.
    const long = { purpose: 'x'.repeat(4001), targetGroup: 'x'.repeat(201) } as Record<string, string>;
    const sent = Object.fromEntries(
      Object.entries(body).map(([key, value]) => [key, value === 'too long' ? long[key] : value]),
    );
    const response = await put(sent);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code, field });
    expect(await stored()).toBe(before);
  });

  it('a good change is saved and recorded: who changed which field from what to what, and when', async () => {
    const current = (await board()).programme;
    const response = await put({
      name: 'Ambassadors for hybrid work',
      timeZone: 'Europe/London',
      endDate: '2027-12-31',
      settings: {
        country: 'GB',
        nudgeIntervalDays: 10,
        workingHours: { start: '08:30', end: '15:30', days: [5, 1, 2, 2] },
      },
    });
    expect(response.status).toBe(200);
    const programme = response.body.programme;
    expect(programme).toMatchObject({ name: 'Ambassadors for hybrid work', timeZone: 'Europe/London' });
    expect(programme.settings.workingHours.days).toEqual([1, 2, 5]);
    const last = programme.settingsHistory.at(-1);
    expect(last.by).toEqual(PEOPLE.leader);
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', from: current.name, to: 'Ambassadors for hybrid work' },
        { field: 'settings.country', from: current.settings.country, to: 'GB' },
        { field: 'settings.nudgeIntervalDays', from: current.settings.nudgeIntervalDays, to: 10 },
      ]),
    );
  });

  it('sending the values it already has changes nothing and adds no history', async () => {
    const before = (await board()).programme;
    const response = await put({ name: before.name, settings: { country: before.settings.country } });
    expect(response.status).toBe(200);
    expect(response.body.programme.settingsHistory).toHaveLength(before.settingsHistory.length);
    expect(response.body.programme.etag).toBe(before.etag);
  });

  it('needs If-Match (428), and a stale one is a conflict (409)', async () => {
    const missing = await asLeader()(url, { method: 'PUT', body: { name: 'x' } });
    expect(missing.status).toBe(428);
    const stale = await asLeader()(url, {
      method: 'PUT',
      body: { name: 'x' },
      headers: { 'if-match': '"old"' },
    });
    expect(stale.status).toBe(409);
  });

  it('only leaders see the settings history', async () => {
    const asEmployee = await world.as(PEOPLE.employee)('/api/v1/programmes/settings-p/board');
    expect(asEmployee.body.programme.settingsHistory).toBeUndefined();
    expect(asEmployee.body.programme.settings).toBeUndefined();
  });
});
