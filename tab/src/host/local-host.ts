import type { HostInfo, TeamsThemeName } from './host-types';

function themeFromBrowser(): TeamsThemeName {
  const asked = new URLSearchParams(window.location.search).get('theme');
  if (asked === 'dark' || asked === 'contrast' || asked === 'default') return asked;
  if (window.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

/**
 * A plain browser: the server's local identity (loopback only), the browser's language and
 * colour scheme. `?lang=`, `?theme=`, `?programmeId=` and `?step=` make links reproducible.
 */
export function localHost(): HostInfo {
  const params = new URLSearchParams(window.location.search);
  return {
    kind: 'local',
    localeTag: params.get('lang') ?? navigator.languages?.join(',') ?? navigator.language,
    theme: themeFromBrowser(),
    tenantId: null,
    subEntityId: params.get('step'),
    entityId: params.get('programmeId'),
    frameContext: null,
    getToken: () => Promise.resolve(null),
    onThemeChange: (listener) => {
      const query = window.matchMedia?.('(prefers-color-scheme: dark)');
      if (!query || params.get('theme')) return () => undefined;
      const onChange = () => listener(themeFromBrowser());
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
  };
}
