import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { PersonExport } from '@ambassadors/shared/privacy/person-export';
import { summarisePersonExport } from '@ambassadors/shared/privacy/person-export-summary';
import { PRIVACY_DATA_TYPES } from '@ambassadors/shared/privacy/privacy-inventory';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';

type ExportState =
  { status: 'loading' } | { status: 'ready'; data: PersonExport } | { status: 'failed'; message: string };

/**
 * The privacy view: loads the caller's export once when opened, shows it readable, offers it as a
 * JSON download (built from the same answer, so the file is exactly what was shown), and lists per
 * kind of record what is stored, why, how long and who sees it.
 */
export function usePrivacyDialog() {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const [state, setState] = useState<ExportState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    api
      .exportMyData({ signal: controller.signal })
      .then(({ data }) => setState({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: isApiError(error) ? error.message : t('privacy.loadFailed') });
      });
    return () => controller.abort();
  }, [api, t]);

  const download = () => {
    if (state.status !== 'ready') return;
    const blob = new Blob([JSON.stringify(state.data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `ambassadors-my-data-${state.data.exportedAt.slice(0, 10)}.json`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return {
    t,
    locale,
    state,
    sections: state.status === 'ready' ? summarisePersonExport(state.data, locale) : [],
    dataTypes: PRIVACY_DATA_TYPES,
    download,
    privacyPageUrl: `/privacy?lang=${locale}`,
  };
}
