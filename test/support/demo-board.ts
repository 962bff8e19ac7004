/**
 * The demo board (every document type, valid by the model's schemas) as test data: under any
 * programme id, with its documents re-identified so several boards can share a tenant (the
 * embedded Cosmos server keeps document ids unique across partitions), and written through a
 * store the way the API writes it.
 */
import {
  createDemoBoard,
  type BoardData,
  type BoardDocument,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';

/** The demo board under `programmeId`, every document id (and reference to one) passed through `rename`. */
export function demoBoardUnder(
  tenantId: string,
  programmeId: string,
  now: Date,
  rename: (id: string) => string = (id) => id,
): BoardData {
  const board = createDemoBoard(tenantId, now);
  const own = <D extends { id: string; programmeId: string }>(doc: D): D => ({
    ...doc,
    id: rename(doc.id),
    programmeId,
  });
  return {
    programme: { ...board.programme, id: programmeId },
    ambassadorships: board.ambassadorships.map((a) => ({
      ...own(a),
      selection: {
        ...a.selection,
        applicationId: a.selection.applicationId && rename(a.selection.applicationId),
      },
    })),
    applications: board.applications.map(own),
    meetings: board.meetings.map(own),
    checkIns: board.checkIns.map(own),
    decisions: board.decisions.map(own),
  };
}

/** Every document of a board but the programme, in the order they are written. */
export function boardDocuments(board: BoardData): BoardDocument[] {
  return [
    ...board.ambassadorships,
    ...board.applications,
    ...board.meetings,
    ...board.checkIns,
    ...board.decisions,
  ];
}

/** Writes a whole board through the store (programme first, then its documents); the first owner by default. */
export async function seedBoard(
  store: ProgrammeStore,
  board: BoardData,
  ctx: TenantContext = { tenantId: board.programme.tenantId, user: board.programme.owners[0]! },
): Promise<void> {
  await store.createProgramme(ctx, board.programme);
  for (const doc of boardDocuments(board)) await store.createDocument(ctx, doc);
}
