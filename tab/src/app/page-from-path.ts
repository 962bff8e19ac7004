import type { AppPage } from '../components/app/app.types';

/** The channel tab's configuration page is `/tab/config`; every other path shows the board. */
export function pageFromPath(pathname: string): AppPage {
  return /\/tab\/config\/?$/.test(pathname) ? 'config' : 'board';
}
