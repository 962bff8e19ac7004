import { ambassadorshipSchema, type Ambassadorship } from '../../model/ambassadorship';
import type { UserRef } from '../../model/common';
import type { Programme } from '../../model/programme';
import { DEMO_PEOPLE } from '../demo-people';
import type { DemoClock } from './demo-clock';

interface DemoAmbassador {
  id: string;
  person: UserRef;
  /** The term's first and last day, in days from today. */
  termStart: number;
  termEnd: number;
  state: Ambassadorship['state'];
  reason: string;
  acceptedByAmbassador: boolean;
  completedModules: string[];
}

/** Three ambassadors at different stages: active mid-term, candidate awaiting her own acceptance, active ending in three weeks. */
const DEMO_AMBASSADORS: readonly DemoAmbassador[] = [
  {
    id: 'amb-jonas',
    person: DEMO_PEOPLE.activeAmbassador,
    termStart: -120,
    termEnd: 245,
    state: 'active',
    reason:
      'Jonas er en naturlig samlingsfigur i driften og har selv foreslået bedre overlevering mellem skift.',
    acceptedByAmbassador: true,
    completedModules: ['mod-rolle', 'mod-dialog'],
  },
  {
    id: 'amb-aisha',
    person: DEMO_PEOPLE.candidateAmbassador,
    termStart: 3,
    termEnd: 368,
    state: 'candidate',
    reason: 'Aisha har søgt med en stærk motivation og repræsenterer administrationen.',
    acceptedByAmbassador: false,
    completedModules: [],
  },
  {
    id: 'amb-lars',
    person: DEMO_PEOPLE.endingAmbassador,
    termStart: -344,
    termEnd: 21,
    state: 'active',
    reason: 'Lars har lang erfaring og kolleger går allerede til ham med idéer.',
    acceptedByAmbassador: true,
    completedModules: ['mod-rolle', 'mod-dialog', 'mod-modstand', 'mod-vidensbank'],
  },
];

/** Each ambassador selected a week before the term, the agreement from the template, training done weekly. */
function ambassadorship(
  programme: Programme,
  a: DemoAmbassador,
  { day, at, stamp }: DemoClock,
): Ambassadorship {
  const term = { start: day(a.termStart), end: day(a.termEnd) };
  const template = programme.steps.agreement.template!;
  const leader = DEMO_PEOPLE.leader;
  return ambassadorshipSchema.parse({
    id: a.id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'ambassadorship',
    person: a.person,
    state: a.state,
    selection: { reason: a.reason, applicationId: `app-${a.person.userId}`, ...stamp(a.termStart - 7) },
    term,
    agreement: {
      versions: [{ ...template, version: 1, term, createdBy: leader, createdAt: at(a.termStart - 5) }],
      leaderAcceptances: [{ version: 1, ...stamp(a.termStart - 4) }],
      ambassadorAcceptances: a.acceptedByAmbassador
        ? [{ version: 1, ...stamp(a.termStart - 3, a.person) }]
        : [],
    },
    training: a.completedModules.map((moduleId, index) => ({
      moduleId,
      completedAt: at(a.termStart + 7 * (index + 1)),
    })),
    exit: {},
    activatedAt: a.state === 'active' ? at(a.termStart) : null,
    createdAt: at(a.termStart - 7),
    updatedAt: at(a.termStart),
  });
}

export function demoAmbassadorships(programme: Programme, clock: DemoClock): Ambassadorship[] {
  return DEMO_AMBASSADORS.map((a) => ambassadorship(programme, a, clock));
}
