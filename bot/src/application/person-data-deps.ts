import type { Clock, DeliveryStore, ProgrammeStore } from '@ambassadors/shared';
import type { AlignmentRaterKey } from '@ambassadors/shared/views/alignment-round-view';

/**
 * What the data-rights services (export, erasure, programme deletion) need: both stores — a
 * person's data lives in the programmes container and in the bot's delivery container — and
 * the author key the server derives for a person's check-ins.
 */
export interface PersonDataDeps {
  store: ProgrammeStore;
  deliveryStore: DeliveryStore;
  clock: Clock;
  /**
   * The pseudonymous author keys a person's check-ins in one programme can carry: the person's
   * key, and the older per-ambassadorship keys of their ambassadorships (see check-in-author-key.ts).
   */
  authorKeysFor?: (programmeId: string, userId: string, ambassadorshipIds: readonly string[]) => string[];
  /** The pseudonym of a person's alignment score in one meeting (see alignment-rater-key.ts). */
  alignmentRaterKey?: AlignmentRaterKey;
}
