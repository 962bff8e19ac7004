import {
  DEMO_PEOPLE,
  LOCAL_TENANT_ID,
  createDemoBoard,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';

/**
 * First local start: when the local tenant has no programme yet, store the Danish demo
 * programme so a new user sees the card's five steps with real content at once.
 * Returns whether it seeded.
 */
export async function seedDemoProgrammeIfEmpty(store: ProgrammeStore, now: Date): Promise<boolean> {
  const ctx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  const existing = await store.listProgrammes(ctx);
  if (existing.length > 0) return false;
  const board = createDemoBoard(LOCAL_TENANT_ID, now);
  await store.createProgramme(ctx, board.programme);
  for (const doc of [
    ...board.ambassadorships,
    ...board.applications,
    ...board.meetings,
    ...board.checkIns,
    ...board.decisions,
  ]) {
    await store.createDocument(ctx, doc);
  }
  return true;
}
