import { boardFor, ctxFor, NOW, startStorage, type StorageKit } from './storage-test-kit';

const at = (iso: string) => new Date(iso);

describe('the scheduler’s records: findProgrammesDue and setNextCheck', () => {
  let kit: StorageKit;

  beforeAll(async () => {
    kit = await startStorage();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('finds due programmes across tenants, oldest first, limited, and only those due', async () => {
    for (const tenant of ['tenant-1', 'tenant-2', 'tenant-3']) {
      for (const programmeId of ['p-x', 'p-y']) {
        await kit.store.createProgramme(ctxFor(tenant), boardFor(tenant, programmeId).programme);
      }
    }
    // Creating sets nextCheckAt to now.
    const created = await kit.store.findProgrammesDue(at(NOW), 100);
    expect(created).toHaveLength(6);
    expect(created.every((due) => due.nextCheckAt === NOW)).toBe(true);

    await kit.store.setNextCheck('tenant-1', 'p-x', at('2026-11-28T09:00:00.000Z'));
    await kit.store.setNextCheck('tenant-1', 'p-y', at('2026-11-29T09:00:00.000Z'));
    await kit.store.setNextCheck('tenant-2', 'p-x', at('2026-11-28T07:00:00.000Z'));
    await kit.store.setNextCheck('tenant-2', 'p-y', at('2026-12-24T09:00:00.000Z'));
    await kit.store.setNextCheck('tenant-3', 'p-x', at('2026-11-30T09:00:00.000Z'));
    await kit.store.setNextCheck('tenant-3', 'p-y', at('2027-01-01T09:00:00.000Z'));

    expect(await kit.store.findProgrammesDue(at(NOW), 100)).toEqual([]);
    expect(await kit.store.findProgrammesDue(at('2026-11-29T09:00:00.000Z'), 100)).toEqual([
      { tenantId: 'tenant-2', programmeId: 'p-x', nextCheckAt: '2026-11-28T07:00:00.000Z' },
      { tenantId: 'tenant-1', programmeId: 'p-x', nextCheckAt: '2026-11-28T09:00:00.000Z' },
      { tenantId: 'tenant-1', programmeId: 'p-y', nextCheckAt: '2026-11-29T09:00:00.000Z' },
    ]);
    const limited = await kit.store.findProgrammesDue(at('2027-06-01T00:00:00.000Z'), 2);
    expect(limited.map((due) => `${due.tenantId}/${due.programmeId}`)).toEqual([
      'tenant-2/p-x',
      'tenant-1/p-x',
    ]);
  });

  it('a change to a programme or any board document makes it due now', async () => {
    const ctx = ctxFor('tenant-touch');
    const board = boardFor('tenant-touch', 'p-touch');
    const programme = await kit.store.createProgramme(ctx, board.programme);
    const later = at('2026-12-15T09:00:00.000Z');
    const dueFor = async () =>
      (await kit.store.findProgrammesDue(at('2026-12-01T00:00:00.000Z'), 1000)).filter(
        (d) => d.tenantId === 'tenant-touch',
      );

    await kit.store.setNextCheck('tenant-touch', 'p-touch', later);
    expect(await dueFor()).toEqual([]);
    kit.clock.set('2026-11-27T11:00:00.000Z');
    const meeting = await kit.store.createDocument(ctx, board.meetings[0]!);
    expect(await dueFor()).toEqual([
      { tenantId: 'tenant-touch', programmeId: 'p-touch', nextCheckAt: '2026-11-27T11:00:00.000Z' },
    ]);

    await kit.store.setNextCheck('tenant-touch', 'p-touch', later);
    kit.clock.set('2026-11-27T12:00:00.000Z');
    await kit.store.replaceDocument(ctx, { ...board.meetings[0]!, held: true }, meeting.etag);
    expect((await dueFor()).map((d) => d.nextCheckAt)).toEqual(['2026-11-27T12:00:00.000Z']);

    await kit.store.setNextCheck('tenant-touch', 'p-touch', later);
    kit.clock.set('2026-11-27T13:00:00.000Z');
    await kit.store.replaceProgramme(ctx, { ...board.programme, purpose: 'changed' }, programme.etag);
    expect((await dueFor()).map((d) => d.nextCheckAt)).toEqual(['2026-11-27T13:00:00.000Z']);
    kit.clock.set(NOW);
  });

  it('a change made while the scheduler was planning is not hidden by its setNextCheck', async () => {
    const ctx = ctxFor('tenant-race');
    const board = boardFor('tenant-race', 'p-race');
    await kit.store.createProgramme(ctx, board.programme);
    const later = at('2026-12-15T09:00:00.000Z');
    const dueNow = async () =>
      (await kit.store.findProgrammesDue(at(NOW), 1000)).filter((d) => d.tenantId === 'tenant-race');

    // Scheduler loads the board; nothing changes; its next check is stored.
    expect(await kit.store.loadBoard(ctx, 'p-race')).not.toBeNull();
    await kit.store.setNextCheck('tenant-race', 'p-race', later);
    expect(await dueNow()).toEqual([]);

    // Scheduler loads again, a leader adds a meeting meanwhile, then the scheduler stores its plan.
    expect(await kit.store.loadBoard(ctx, 'p-race')).not.toBeNull();
    await kit.store.createDocument(ctx, board.meetings[0]!);
    await kit.store.setNextCheck('tenant-race', 'p-race', later);
    expect(await dueNow()).toEqual([{ tenantId: 'tenant-race', programmeId: 'p-race', nextCheckAt: NOW }]);

    // The next pass sees the change and can move on.
    expect((await kit.store.loadBoard(ctx, 'p-race'))!.meetings).toHaveLength(1);
    await kit.store.setNextCheck('tenant-race', 'p-race', later);
    expect(await dueNow()).toEqual([]);
  });

  it('repairs a missing schedule record on the next document write', async () => {
    const ctx = ctxFor('tenant-repair');
    const board = boardFor('tenant-repair', 'p-repair');
    await kit.store.createProgramme(ctx, board.programme);
    await kit.storage.containers.programmes.item('schedule:p-repair', ['tenant-repair', 'p-repair']).delete();
    const find = async () =>
      (await kit.store.findProgrammesDue(at(NOW), 1000)).filter((d) => d.tenantId === 'tenant-repair');
    expect(await find()).toEqual([]);
    await kit.store.createDocument(ctx, board.applications[0]!);
    expect(await find()).toEqual([{ tenantId: 'tenant-repair', programmeId: 'p-repair', nextCheckAt: NOW }]);
  });

  it('does not put schedule records on the board, and rejects bad arguments', async () => {
    const board = await kit.store.loadBoard(ctxFor('tenant-1'), 'p-x');
    expect(board).not.toBeNull();
    expect(JSON.stringify(board)).not.toContain('scheduleState');
    await expect(kit.store.findProgrammesDue(at(NOW), 0)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(kit.store.findProgrammesDue(at(NOW), 1.5)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(kit.store.setNextCheck('bad/tenant', 'p-x', at(NOW))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(kit.store.setNextCheck('tenant-1', 'p-x', new Date('nope'))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
