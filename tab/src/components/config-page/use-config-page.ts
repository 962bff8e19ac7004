import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import { loadTeamsConfigSdk } from '../../host/teams-sdk';
import type { ProgrammeSummary } from '../board/board.types';

/** The URL a channel tab shows for a programme (the server serves the tab under /tab/). */
export function contentUrlFor(programmeId: string, origin = window.location.origin): string {
  return `${origin}/tab/?programmeId=${encodeURIComponent(programmeId)}`;
}

/**
 * Channel tab set-up: pick (or create) the programme the channel shows. Inside Teams the choice
 * is saved with `pages.config`; the Save button is enabled once a programme is picked.
 */
export function useConfigPage() {
  const { t } = useTranslation();
  const { api, host } = useAppContext();
  const [programmes, setProgrammes] = useState<ProgrammeSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const inTeams = host.kind === 'teams';

  const load = useCallback(async () => {
    setError(null);
    try {
      const { data } = await api.listProgrammes();
      setProgrammes(data.items);
      setSelected((current) => current ?? data.items[0]?.id ?? null);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('errors.unexpected'));
    }
  }, [api, t]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!inTeams) return;
    const programme = programmes?.find((p) => p.id === selected);
    void loadTeamsConfigSdk().then(({ pages }) => {
      if (!pages.config.isSupported()) return;
      pages.config.setValidityState(!!programme);
      if (!programme) return;
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config
          .setConfig({
            entityId: programme.id,
            contentUrl: contentUrlFor(programme.id),
            websiteUrl: contentUrlFor(programme.id),
            suggestedDisplayName: programme.name,
          })
          .then(() => saveEvent.notifySuccess())
          .catch((e: unknown) => saveEvent.notifyFailure(e instanceof Error ? e.message : String(e)));
      });
    });
  }, [inTeams, programmes, selected]);

  return {
    t,
    inTeams,
    /** Configured in a meeting: the tab then shows the programme in the side panel and on the stage too. */
    inMeeting: !!host.meetingId,
    programmes,
    error,
    selected,
    setSelected,
    retry: () => void load(),
    onCreated: (id: string) => {
      setSelected(id);
      void load();
    },
    previewUrl: selected ? contentUrlFor(selected) : null,
  };
}
