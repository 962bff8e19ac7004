import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Gated, HiddenAggregate } from '@ambassadors/shared/rules/feedback/anonymity-gate';
import type { FeedbackOverview } from '@ambassadors/shared/rules/feedback/feedback-aggregates';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import type { FeedbackOverviewProps } from './feedback-overview.types';

export function isHiddenAggregate<T>(value: Gated<T> | null | undefined): value is HiddenAggregate {
  return typeof value === 'object' && value !== null && (value as { hidden?: unknown }).hidden === true;
}

/**
 * Loads the leaders' overview. The server hides every aggregate built from too few check-ins;
 * the UI only explains why something is hidden, it never computes figures itself.
 */
export function useFeedbackOverview({ board }: FeedbackOverviewProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [overview, setOverview] = useState<FeedbackOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api
      .feedbackOverview({ params: { id: board.programme.id }, signal: controller.signal })
      .then((r) => setOverview(r.data))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(isApiError(e) ? e.message : t('errors.unexpected'));
      });
    return () => controller.abort();
  }, [api, board.programme.id, t]);
  const number = (n: number) =>
    new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
  return { t, overview, error, number };
}
