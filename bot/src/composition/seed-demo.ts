import {
  DEMO_PEOPLE,
  LOCAL_TENANT_ID,
  createDemoBoard,
  type BoardData,
  type DemoBoardOptions,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';

/** Stores a whole board: the programme first, then every document of its partition. */
export async function storeBoard(store: ProgrammeStore, ctx: TenantContext, board: BoardData): Promise<void> {
  await store.createProgramme(ctx, board.programme);
  for (const doc of [
    ...board.ambassadorships,
    ...board.applications,
    ...board.meetings,
    ...board.checkIns,
    ...board.decisions,
    ...(board.openSituations ?? []),
  ]) {
    await store.createDocument(ctx, doc);
  }
}

/** Stores the Danish demo programme (three ambassadors at different stages) in a tenant. */
export async function seedDemoProgramme(
  store: ProgrammeStore,
  tenantId: string,
  now: Date,
  options: DemoBoardOptions = {},
): Promise<string> {
  const board = createDemoBoard(tenantId, now, options);
  await storeBoard(store, { tenantId, user: DEMO_PEOPLE.leader }, board);
  return board.programme.id;
}

/**
 * First local start: when the local tenant has no programme yet, store the Danish demo
 * programme so a new user sees the card's five steps with real content at once.
 * Returns whether it seeded.
 */
export async function seedDemoProgrammeIfEmpty(
  store: ProgrammeStore,
  now: Date,
  options: DemoBoardOptions = {},
): Promise<boolean> {
  const existing = await store.listProgrammes({ tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader });
  if (existing.length > 0) return false;
  await seedDemoProgramme(store, LOCAL_TENANT_ID, now, options);
  return true;
}
