import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import {
  GUIDANCE_HEADING,
  WATCH_OUT_HEALTH_HEADING,
  NOTHING_TO_DO,
  describeNextAction,
  describeWatchOutHealth,
} from '@ambassadors/shared/guidance/guidance-texts';
import { useAppContext } from '../../app/app-context';
import type { NextActionLine, NextActionsProps, WatchOutHealthLine } from './next-actions.types';

/**
 * The reader's "what now" lines and the watch-outs' health, worded by the domain's guidance
 * texts (the same words the leaders' digest card uses), in the UI language.
 */
export function useNextActions({ board }: NextActionsProps) {
  const { locale } = useAppContext();
  const tz = board.programme.timeZone;
  const lines: NextActionLine[] = board.guidance.nextActions.map((action) => ({
    action,
    ...describeNextAction(action, locale, tz),
  }));
  const watchOuts: WatchOutHealthLine[] = board.guidance.health.watchOuts.map((health) => ({
    key: health.watchOut,
    title:
      AMBASSADORS_CARD.watchOuts.find((w) => w.key === health.watchOut)?.title[locale] ?? health.watchOut,
    state: health.state,
    text: describeWatchOutHealth(health, locale),
  }));
  return {
    heading: GUIDANCE_HEADING[locale],
    healthHeading: WATCH_OUT_HEALTH_HEADING[locale],
    lines,
    empty: NOTHING_TO_DO[board.role][locale],
    watchOuts,
  };
}
