import { useEffect, useMemo, useRef, useState } from 'react';
import type { Theme } from '@fluentui/react-components';
import { createApiClient } from '../../api/api-client';
import { createTabApi } from '../../api/tab-api';
import { TAB_API_ROOT } from '@ambassadors/shared/api/tab-api-contract';
import type { AppContextValue } from '../../app/app-context';
import { readLocalUser, writeLocalUser } from '../../app/local-user';
import { createI18n, localeFromTag } from '../../i18n/i18n';
import { loadFluentTheme } from '../../theme/themes';
import { loadTeamsSdk } from '../../host/teams-sdk';
import type { TeamsThemeName } from '../../host/host-types';
import { pageFromPath } from '../../app/page-from-path';
import { pageFromContext } from '../../app/page-from-context';
import type { AppProps } from './app.types';

export { pageFromPath };

/** Wires host, language, theme and API client together once, and follows Teams' theme live. */
export function useApp({ host, initialTheme, initialLoad, texts }: AppProps) {
  const locale = localeFromTag(host.localeTag);
  const i18n = useMemo(() => createI18n(locale, { [locale]: texts }), [locale, texts]);
  const [{ themeName, theme }, setTheme] = useState<{ themeName: TeamsThemeName; theme: Theme }>({
    themeName: host.theme,
    theme: initialTheme,
  });
  const [localUser, setLocalUserState] = useState<string | null>(() =>
    host.kind === 'local' ? readLocalUser() : null,
  );
  const pendingLoad = useRef(initialLoad);

  // Teams' theme changes live; the new theme's tokens may need loading first.
  useEffect(
    () =>
      host.onThemeChange((next) => {
        void loadFluentTheme(next).then((loaded) => setTheme({ themeName: next, theme: loaded }));
      }),
    [host],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t('app.title');
  }, [i18n, locale]);
  useEffect(() => {
    if (host.kind === 'teams')
      void loadTeamsSdk()
        .then(({ app }) => app.notifySuccess())
        .catch(() => undefined);
  }, [host.kind]);

  const context = useMemo<AppContextValue>(() => {
    const api = createTabApi(
      createApiClient({
        baseUrl: TAB_API_ROOT,
        getToken: host.getToken,
        getLocalUser: () => (host.kind === 'local' ? localUser : null),
        getLocale: () => locale,
      }),
    );
    return {
      host,
      api,
      locale,
      localUser,
      setLocalUser: (userId) => {
        writeLocalUser(userId);
        setLocalUserState(userId);
      },
      takeInitialLoad: () => {
        const pending = pendingLoad.current;
        pendingLoad.current = null;
        return pending;
      },
      openLink: (url) => {
        if (host.kind === 'teams')
          void loadTeamsSdk()
            .then(({ app }) => app.openLink(url))
            .catch(() => window.open(url, '_blank', 'noopener'));
        else window.open(url, '_blank', 'noopener');
      },
    };
  }, [host, locale, localUser]);

  return {
    i18n,
    theme,
    themeName,
    context,
    page: pageFromContext({
      pathname: window.location.pathname,
      search: window.location.search,
      frameContext: host.frameContext,
    }),
  };
}
