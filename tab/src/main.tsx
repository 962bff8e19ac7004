import { pickLocale } from '@ambassadors/shared/i18n/locale';
import { TAB_API_ROOT } from '@ambassadors/shared/api/tab-api-contract';
import { createApiClient } from './api/api-client';
import { loadBoard, readLastProgramme, urlProgrammeId } from './api/load-board';
import { createTabApi } from './api/tab-api';
import { readLocalUser } from './app/local-user';
import { pageFromContext } from './app/page-from-context';
import { remembered } from './app/settled';
import { parseSubEntityId } from './host/deep-link';
import { detectHost } from './host/detect-host';
import { loadTexts } from './i18n/load-texts';

/**
 * Entry point, kept small on purpose (no React, no Fluent UI). index.html already has the app's
 * chunks downloading (modulepreload, see vite.config.ts); this finds out where we run (Teams or a
 * plain browser, at most ~3 s), sends the board's requests, and only then runs the app's code
 * (start-app.tsx). Running it earlier would hold the main thread while the programme list answers,
 * and the board's own request would wait behind it.
 */
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
container.setAttribute('aria-busy', 'true');
container.textContent = navigator.language.toLowerCase().startsWith('da') ? 'Indlæser …' : 'Loading …';

void detectHost().then(async (host) => {
  // The person's language, fetched alongside the board (never both languages).
  const texts = loadTexts(pickLocale(host.localeTag));
  let initialLoad = null;
  let requestsSent: Promise<void> = Promise.resolve();
  const { pathname, search } = window.location;
  // The board, the meeting side panel and the stage all start from the programme's board.
  if (pageFromContext({ pathname, search, frameContext: host.frameContext }) !== 'config') {
    const localUser = host.kind === 'local' ? readLocalUser() : null;
    const api = createTabApi(
      createApiClient({
        baseUrl: TAB_API_ROOT,
        getToken: host.getToken,
        getLocalUser: () => localUser,
        getLocale: () => pickLocale(host.localeTag),
      }),
    );
    const explicit = parseSubEntityId(host.subEntityId).programmeId ?? urlProgrammeId();
    let sent = () => {};
    requestsSent = new Promise<void>((resolve) => (sent = resolve));
    initialLoad = remembered(
      loadBoard(api, [explicit, host.entityId, readLastProgramme()], explicit ?? readLastProgramme(), sent),
    );
    initialLoad.catch(sent); // a failed list: the app shows the error
  }
  await requestsSent;
  const { startApp } = await import('./start-app');
  await startApp(container, host, initialLoad, texts);
});
