import { meetingSchema, type Meeting } from '../../model/meeting';
import type { Programme } from '../../model/programme';
import { DEMO_PEOPLE } from '../demo-people';
import type { DemoClock } from './demo-clock';

/** Last month's alignment meeting, held and with notes, and the next one in six days. */
export function demoMeetings(programme: Programme, clock: DemoClock): Meeting[] {
  return [
    meeting(programme, clock, 'meeting-last', -25, true, 'alignment'),
    meeting(programme, clock, 'meeting-next', 6, false, 'alignment'),
  ];
}

function meeting(
  programme: Programme,
  { at }: DemoClock,
  id: string,
  offset: number,
  held: boolean,
  kind: Meeting['kind'],
): Meeting {
  return meetingSchema.parse({
    id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'meeting',
    kind,
    scheduledAt: at(offset),
    durationMinutes: 60,
    keyMessageVersion: 1,
    held,
    notes: held
      ? {
          progress: 'To teams har indført en fast runde om samarbejde på mandagsmødet.',
          challenges: 'Travlhed gør det svært at finde tid til dialogerne.',
          successes: 'Overleveringen mellem skift er blevet bedre.',
          keyMessage: 'Vi løser opgaverne sammen.',
        }
      : {},
    attendees: [DEMO_PEOPLE.leader, DEMO_PEOPLE.activeAmbassador, DEMO_PEOPLE.endingAmbassador],
    createdAt: at(offset - 14),
    updatedAt: at(held ? offset : offset - 14),
  });
}
