import type { Ambassadorship } from '../../model/ambassadorship';
import { applicationSchema, type Application } from '../../model/application';
import type { Programme } from '../../model/programme';
import type { DemoClock } from './demo-clock';

/** Every ambassador applied (the first one invited) and was selected for the reason their ambassadorship records. */
export function demoApplications(
  programme: Programme,
  ambassadorships: readonly Ambassadorship[],
  { at, stamp }: DemoClock,
): Application[] {
  return ambassadorships.map((amb, index) =>
    applicationSchema.parse({
      id: `app-${amb.person.userId}`,
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'application',
      applicant: amb.person,
      motivation: 'Jeg vil gerne være med til at styrke fællesskabet på tværs af teams.',
      invited: index === 0,
      submittedAt: at(-130 + index),
      decision: {
        outcome: 'selected',
        reason: amb.selection.reason,
        ...stamp(-127 + index),
      },
    }),
  );
}
