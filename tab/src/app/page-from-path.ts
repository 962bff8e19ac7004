import type { AppPage } from '../components/app/app.types';

/**
 * The channel tab's configuration page is `/tab/config`; the management workshop's full-screen
 * facilitator view is `/tab/workshop?programme=ID`; every other path shows the board.
 */
export function pageFromPath(pathname: string): AppPage {
  if (/\/tab\/config\/?$/.test(pathname)) return 'config';
  if (/\/tab\/workshop\/?$/.test(pathname)) return 'workshop';
  return 'board';
}
