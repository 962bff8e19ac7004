import { DomainError, type TenantContext } from '@ambassadors/shared';
import type { PersonDataDeps } from './person-data-deps';

export interface ProgrammeDeletionReport {
  programmeId: string;
  /** Documents of the programme's partition: the programme, its board, its schedule record. */
  programmeDocuments: number;
  /** The bot's outbox and card-action records of the programme. */
  deliveryRecords: number;
}

/**
 * Deletes a programme with everything it owns, in every container: the bot's delivery records
 * first, then the programme's partition with the programme document last — until that is gone
 * the programme can still be found, so a deletion cut short is finished by running it again.
 */
export async function deleteProgramme(
  deps: PersonDataDeps,
  ctx: TenantContext,
  programmeId: string,
): Promise<ProgrammeDeletionReport> {
  if (!(await deps.store.getProgramme(ctx, programmeId))) throw new DomainError('NOT_FOUND');
  const deliveryRecords = await deps.deliveryStore.deleteProgrammeRecords(ctx.tenantId, programmeId);
  const programmeDocuments = await deps.store.deleteProgramme(ctx, programmeId);
  return { programmeId, programmeDocuments, deliveryRecords };
}
