import type { DirectoryPerson } from '../ports/people-directory';
import { DEMO_PEOPLE } from './demo-people';

const DOMAIN = 'demo.example';

function person(userId: string, displayName: string, login: string, jobTitle: string): DirectoryPerson {
  const upn = `${login}@${DOMAIN}`;
  return { id: userId, displayName, upn, mail: upn, jobTitle };
}

/**
 * The local demo's organisation directory: the demo people plus colleagues who are not in the
 * programme yet, so a leader can try "find people by name" without an Entra tenant. Local mode
 * searches it with the same matching Graph's `$search` uses (rules/people-query.ts).
 */
export const DEMO_DIRECTORY: readonly DirectoryPerson[] = [
  person(DEMO_PEOPLE.leader.userId, DEMO_PEOPLE.leader.displayName, 'mette.hansen', 'HR-partner'),
  person(
    DEMO_PEOPLE.activeAmbassador.userId,
    DEMO_PEOPLE.activeAmbassador.displayName,
    'jonas.berg',
    'Tekniker',
  ),
  person(
    DEMO_PEOPLE.candidateAmbassador.userId,
    DEMO_PEOPLE.candidateAmbassador.displayName,
    'aisha.khan',
    'Planlægger',
  ),
  person(
    DEMO_PEOPLE.endingAmbassador.userId,
    DEMO_PEOPLE.endingAmbassador.displayName,
    'lars.mikkelsen',
    'Værkfører',
  ),
  person(DEMO_PEOPLE.employee.userId, DEMO_PEOPLE.employee.displayName, 'sofie.nielsen', 'Kundekonsulent'),
  person('local-colleague-1', 'Camilla Jensen', 'camilla.jensen', 'Projektleder'),
  person('local-colleague-2', 'Frederik Sørensen', 'frederik.sorensen', 'Lagerchef'),
  person('local-colleague-3', 'Ida Larsen', 'ida.larsen', 'Økonomimedarbejder'),
  person('local-colleague-4', 'Mads Poulsen', 'mads.poulsen', 'Montør'),
  person('local-colleague-5', 'Nanna Christensen', 'nanna.christensen', 'Kommunikationsmedarbejder'),
  person('local-colleague-6', 'Jonna Bech', 'jonna.bech', 'Receptionist'),
];
