import { useTranslation } from '../../i18n/use-translation';
import type { LeadersLineProps } from './leaders-line.types';

/** Who leads the programme (its owners), for everybody on the board. */
export function useLeadersLine({ board }: LeadersLineProps) {
  const { t } = useTranslation();
  const names = board.programme.owners.map((owner) => owner.displayName).join(', ');
  return { text: t('programmeSettings.ledBy', { names, count: board.programme.owners.length }) };
}
