import { programmeSchema, type Programme } from '../../model/programme';
import { newProgramme } from '../../programme/new-programme';
import { DEMO_PEOPLE } from '../demo-people';
import { DEMO_TIME_ZONE, type DemoClock } from './demo-clock';
import { demoSteps } from './demo-steps';

export const DEMO_PROGRAMME_ID = 'demo-arbejdsfaellesskab';

/**
 * The demo programme document: started 150 days ago, running for another 215, its five steps
 * planned, a key message and two of the management team's answers.
 */
export function demoProgramme(tenantId: string, clock: DemoClock): Programme {
  const { day, at, stamp } = clock;
  const leader = DEMO_PEOPLE.leader;
  const base = newProgramme({
    id: DEMO_PROGRAMME_ID,
    tenantId,
    name: 'Ambassadører for arbejdsfællesskabet',
    locale: 'da',
    owner: leader,
    now: new Date(at(-150)),
    purpose:
      'Styrke arbejdsfællesskabet ved at fastholde fokus, påvirke kulturen og bryde vanerne – med kolleger, der skubber til dialogerne.',
    targetGroup: 'Alle medarbejdere i driften og administrationen',
    timeZone: DEMO_TIME_ZONE,
    startDate: day(-150),
  });
  return programmeSchema.parse({
    ...base,
    endDate: day(215),
    updatedAt: at(-3),
    steps: demoSteps(base.steps, clock),
    keyMessages: [
      {
        version: 1,
        text: 'Vi løser opgaverne sammen – spørg en kollega, før du sidder fast alene.',
        createdBy: leader,
        createdAt: at(-60),
      },
    ],
    managementAnswers: {
      selectAmbassadors: [
        {
          text: 'Vi har valgt kolleger, som andre allerede går til – fra både drift og administration.',
          ...stamp(-110),
        },
      ],
      passOnInformation: [
        {
          text: 'Ja, som temaer og situationer – aldrig med navne på kolleger.',
          ...stamp(-110),
        },
      ],
      scopeOfRole: [],
    },
  });
}
