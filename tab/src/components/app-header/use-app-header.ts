import { DEMO_PEOPLE } from '@ambassadors/shared/seed/demo-people';
import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';

/**
 * The local-mode "demo as" choices: one person per role the demo data has (the leader, an
 * active ambassador, one whose agreement awaits her acceptance, an employee).
 */
export const DEMO_CHOICES = [
  { userId: DEMO_PEOPLE.leader.userId, name: DEMO_PEOPLE.leader.displayName, role: 'leader' },
  {
    userId: DEMO_PEOPLE.activeAmbassador.userId,
    name: DEMO_PEOPLE.activeAmbassador.displayName,
    role: 'ambassador',
  },
  {
    userId: DEMO_PEOPLE.candidateAmbassador.userId,
    name: DEMO_PEOPLE.candidateAmbassador.displayName,
    role: 'candidate',
  },
  { userId: DEMO_PEOPLE.employee.userId, name: DEMO_PEOPLE.employee.displayName, role: 'employee' },
] as const;

export function useAppHeader() {
  const { t } = useTranslation();
  const { host, localUser, setLocalUser } = useAppContext();
  return {
    t,
    isLocal: host.kind === 'local',
    localUser: localUser ?? DEMO_PEOPLE.leader.userId,
    setLocalUser: (userId: string) => setLocalUser(userId === DEMO_PEOPLE.leader.userId ? null : userId),
    choices: DEMO_CHOICES.map((choice) => ({
      ...choice,
      label: `${t(`demo.${choice.role}`)} – ${choice.name}`,
    })),
  };
}
