import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { cardText, formatDate, formatDateTime } from '../../app/format';
import { chatLink } from '../../host/deep-link';
import { useBoardActions } from '../board-actions';
import type { WatchOutsProps } from './watch-outs.types';

/** Entra object ids become Teams' `8:orgid:` ids; anything else (a UPN) is used as is. */
export function teamsUserId(userId: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId)
    ? `8:orgid:${userId}`
    : userId;
}

/** The card's three watch-outs, each fed with the data where it bites. */
export function useWatchOuts({ board }: WatchOutsProps) {
  const { t } = useTranslation();
  const { locale, openLink } = useAppContext();
  const watchOut = (key: string) => AMBASSADORS_CARD.watchOuts.find((w) => w.key === key)!;
  const title = (key: string) => cardText(watchOut(key).title, locale);
  const description = (key: string) => cardText(watchOut(key).description, locale);
  const ambassadors = [...board.ambassadors].sort((a, b) => a.daysLeft - b.daysLeft);
  return {
    t,
    locale,
    actions: useBoardActions(),
    title,
    description,
    ambassadors,
    exits: ambassadors.filter((a) => a.termEndingSoon),
    canChat: board.role === 'leader',
    chat: (userId: string) => openLink(chatLink([teamsUserId(userId)])),
    formatDate: (d: string | null) => formatDate(d, locale),
    formatDateTime: (d: string | null) => formatDateTime(d, locale, board.programme.timeZone),
    isLeader: board.role === 'leader',
    /** Leaders change things only while the programme runs; a closed one only reads. */
    canWrite: board.role === 'leader' && !board.closure,
    /** A closed programme has no ambassadors because it is over, not because none were chosen yet. */
    closed: board.closure !== null,
    canCheckIn: !!board.myAmbassadorship?.canCheckIn,
  };
}
