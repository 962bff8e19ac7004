import type { UserRef } from '../model/common';

/**
 * The fixed identities of local mode (no Entra sign-in configured). The server acts as the
 * leader by default; in local mode only, a client may pick another of these people, so the
 * demo can be seen through an ambassador's and an employee's eyes too.
 */
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000000a';

export const DEMO_PEOPLE = {
  leader: { userId: 'local-leader', displayName: 'Mette Hansen' },
  activeAmbassador: { userId: 'local-amb-1', displayName: 'Jonas Berg' },
  candidateAmbassador: { userId: 'local-amb-2', displayName: 'Aisha Khan' },
  endingAmbassador: { userId: 'local-amb-3', displayName: 'Lars Mikkelsen' },
  employee: { userId: 'local-employee', displayName: 'Sofie Nielsen' },
} as const satisfies Record<string, UserRef>;

export function findDemoPerson(userId: string): UserRef | undefined {
  return Object.values(DEMO_PEOPLE).find((person) => person.userId === userId);
}
