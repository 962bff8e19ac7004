import { createRoot } from 'react-dom/client';
import type { LoadedBoard } from './api/load-board';
import { App } from './components/app';
import type { HostInfo } from './host/host-types';
import type { Texts } from './i18n/i18n';
import { loadFluentTheme } from './theme/themes';

/**
 * Everything that needs React and Fluent UI: loaded as its own chunk, which main.tsx requests
 * before it does anything else, so the board's data is already on its way while this downloads.
 * The step panel's chunk is not fetched here: compiling it while the board's data arrives held
 * the main thread when the board wanted to render; the board asks for it once it is on screen.
 */
export async function startApp(
  container: HTMLElement,
  host: HostInfo,
  initialLoad: Promise<LoadedBoard> | null,
  texts: Promise<Texts>,
): Promise<void> {
  const [initialTheme, initialTexts] = await Promise.all([loadFluentTheme(host.theme), texts]);
  container.removeAttribute('aria-busy');
  container.textContent = '';
  createRoot(container).render(
    <App host={host} initialTheme={initialTheme} initialLoad={initialLoad} texts={initialTexts} />,
  );
}
