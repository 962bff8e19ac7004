import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { createTabApi } from './api/tab-api';
import { TAB_API_ROOT } from '@ambassadors/shared/api/tab-api-contract';
import { loadBoard, readLastProgramme, urlProgrammeId } from './api/load-board';
import { readLocalUser } from './app/local-user';
import { App } from './components/app';
import { lazyStepPanel } from './components/board/lazy-parts';
import { pageFromPath } from './components/app/use-app';
import { parseSubEntityId } from './host/deep-link';
import { detectHost } from './host/detect-host';
import { localeFromTag } from './i18n/i18n';
import { loadFluentTheme } from './theme/themes';

/**
 * Entry point: find out where we run (Teams or a plain browser, at most ~3 s), then start the
 * board's data and the theme in parallel and render. The step panel's chunk is fetched at the
 * same time: it is not needed for the first render, but right after it.
 */
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
container.setAttribute('aria-busy', 'true');
container.textContent = navigator.language.toLowerCase().startsWith('da') ? 'Indlæser …' : 'Loading …';

void detectHost().then(async (host) => {
  const page = pageFromPath(window.location.pathname);
  let initialLoad = null;
  if (page === 'board') {
    const localUser = host.kind === 'local' ? readLocalUser() : null;
    const api = createTabApi(
      createApiClient({
        baseUrl: TAB_API_ROOT,
        getToken: host.getToken,
        getLocalUser: () => localUser,
        getLocale: () => localeFromTag(host.localeTag),
      }),
    );
    const explicit = parseSubEntityId(host.subEntityId).programmeId ?? urlProgrammeId();
    initialLoad = loadBoard(
      api,
      [explicit, host.entityId, readLastProgramme()],
      explicit ?? readLastProgramme(),
    );
    initialLoad.catch(() => undefined); // handled where it is awaited (useBoard)
    void lazyStepPanel.preload();
  }
  const initialTheme = await loadFluentTheme(host.theme);
  container.removeAttribute('aria-busy');
  container.textContent = '';
  createRoot(container).render(<App host={host} initialTheme={initialTheme} initialLoad={initialLoad} />);
});
