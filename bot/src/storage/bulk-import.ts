import { BulkOperationType, type Container, type OperationInput } from '@azure/cosmos';
import { DomainError, programmeSchema, type BoardData, type BoardDocument } from '@ambassadors/shared';
import {
  BOARD_DOCUMENT_SCHEMAS,
  programmePartitionKey,
  scheduleStateDocument,
  toBoardCosmosDocument,
  toProgrammeDocument,
} from './programme-documents';

type CreateOperation = Extract<OperationInput, { operationType: 'Create' }>;

export interface BulkImportResult {
  documents: number;
  requestCharge: number;
  durationMs: number;
}

/**
 * Writes whole boards with Cosmos bulk operations (many documents per request) instead of one
 * request per document: seeding benchmarks and demo tenants, and migrations. Documents get the
 * same shape as through the store (validated, `type`/`programmeId`, check-in `ttl`, a schedule
 * record due now). Creates only: an existing id fails the import with ALREADY_EXISTS.
 */
export async function importBoards(
  container: Container,
  boards: readonly BoardData[],
  now: Date,
  options: { chunkSize?: number } = {},
): Promise<BulkImportResult> {
  // Large chunks: the SDK holds a partially filled batch for 1 s, so each call costs ~1 s extra.
  const chunkSize = options.chunkSize ?? 20_000;
  const started = performance.now();
  const operations: CreateOperation[] = [];
  for (const board of boards) {
    const programme = programmeSchema.parse(board.programme);
    const partitionKey = programmePartitionKey(programme.tenantId, programme.id);
    const create = (body: object): CreateOperation => ({
      operationType: BulkOperationType.Create,
      partitionKey,
      resourceBody: body as CreateOperation['resourceBody'],
    });
    operations.push(create(toProgrammeDocument(programme)));
    operations.push(create(scheduleStateDocument(programme.tenantId, programme.id, now, now)));
    const documents: BoardDocument[] = [
      ...board.ambassadorships,
      ...board.applications,
      ...board.meetings,
      ...board.checkIns,
      ...board.decisions,
      ...(board.openSituations ?? []),
    ];
    for (const doc of documents) {
      const valid = BOARD_DOCUMENT_SCHEMAS[doc.type].parse(doc) as BoardDocument;
      if (valid.tenantId !== programme.tenantId || valid.programmeId !== programme.id) {
        throw new DomainError('VALIDATION_FAILED', {
          details: `${valid.type} ${valid.id}: not of this programme`,
        });
      }
      operations.push(create(toBoardCosmosDocument(valid, now)));
    }
  }
  let requestCharge = 0;
  for (let start = 0; start < operations.length; start += chunkSize) {
    const results = await container.items.executeBulkOperations(operations.slice(start, start + chunkSize));
    for (const result of results) {
      const code = result.response?.statusCode ?? result.error?.code;
      const status = typeof code === 'number' ? code : 0;
      if (status === 409) throw new DomainError('ALREADY_EXISTS', {}, { cause: result.error });
      if (!result.response || status >= 400) {
        throw new DomainError('STORE_UNAVAILABLE', {}, { cause: result.error });
      }
      requestCharge += result.response.requestCharge ?? 0;
    }
  }
  return { documents: operations.length, requestCharge, durationMs: performance.now() - started };
}
