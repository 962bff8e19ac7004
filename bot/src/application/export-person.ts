import {
  buildPersonExport,
  type Ambassadorship,
  type CheckIn,
  type PersonExport,
  type TenantContext,
} from '@ambassadors/shared';
import type { PersonDataDeps } from './person-data-deps';

/**
 * Everything the app holds about the caller in their tenant (GDPR art. 15 and 20). The person is
 * the caller of the verified token, so nobody can export somebody else; their own check-ins are
 * found through the ambassadorship they were written under or the author key the server derives
 * for that ambassadorship — a key only this server can compute.
 */
export async function exportPerson(deps: PersonDataDeps, ctx: TenantContext): Promise<PersonExport> {
  const userId = ctx.user.userId;
  const programmes = await deps.store.listProgrammes(ctx);
  const boards = [];
  const ownKeys = new Map<string, Set<string>>();
  for (const programme of programmes) {
    const documents = (await deps.store.listDocuments(ctx, programme.id)) ?? [];
    const own = documents.filter(
      (doc): doc is Ambassadorship & { etag: string } =>
        doc.type === 'ambassadorship' && doc.person.userId === userId,
    );
    if (deps.authorKeysFor) {
      const keys = deps.authorKeysFor(
        programme.id,
        userId,
        own.map((amb) => amb.id),
      );
      ownKeys.set(programme.id, new Set(keys));
    }
    boards.push({ programme, documents });
  }
  const delivery = await deps.deliveryStore.listForUser(ctx.tenantId, userId);
  return buildPersonExport({
    tenantId: ctx.tenantId,
    person: ctx.user,
    exportedAt: deps.clock.now(),
    boards,
    delivery,
    isOwnCheckIn: (programmeId: string, checkIn: CheckIn) =>
      ownKeys.get(programmeId)?.has(checkIn.authorKey) ?? false,
  });
}
