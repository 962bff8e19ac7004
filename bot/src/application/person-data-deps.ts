import type { Clock, DeliveryStore, ProgrammeStore } from '@ambassadors/shared';

/**
 * What the data-rights services (export, erasure, programme deletion) need: both stores — a
 * person's data lives in the programmes container and in the bot's delivery container — and
 * the author key the server derives for a person's check-ins.
 */
export interface PersonDataDeps {
  store: ProgrammeStore;
  deliveryStore: DeliveryStore;
  clock: Clock;
  /** The pseudonymous check-in author key of (programme, ambassadorship); see check-in-author-key.ts. */
  authorKeyFor?: (programmeId: string, ambassadorshipId: string) => string;
}
