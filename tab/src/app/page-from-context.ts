import type { AppPage } from '../components/app/app.types';
import { pageFromPath } from './page-from-path';

/** Where the tab runs, as far as choosing a page goes. */
export interface PageContext {
  pathname: string;
  /** `window.location.search` (the stage's URL says which view it shares: `?stage=`). */
  search: string;
  /** Teams' frame context (`content`, `settings`, `sidePanel`, `meetingStage` …); null outside Teams. */
  frameContext: string | null;
}

/**
 * What the meeting stage shows, by the `stage` parameter of the URL the side panel shared.
 * Another shared view adds its line here.
 */
export const STAGE_PAGES: Readonly<Record<string, AppPage>> = {
  meeting: 'stage',
  workshop: 'workshop',
};

/**
 * The page for a frame context: Teams opens the same configured URL in every meeting surface,
 * and only the frame context tells them apart. The side panel gets the panel, the stage the view
 * its URL names (the meeting stage by default); a settings frame or a path of its own
 * (`/tab/config`, see pageFromPath) keeps that page; content frames — a channel, a chat, a
 * meeting's chat or details tab — show the board. Outside Teams `?stage=` opens a stage view, so
 * the stage works in local mode too.
 */
export function pageFromContext({ pathname, search, frameContext }: PageContext): AppPage {
  const byPath = pageFromPath(pathname);
  if (byPath !== 'board' || frameContext === 'settings') return byPath === 'board' ? 'config' : byPath;
  const stage = new URLSearchParams(search).get('stage');
  if (frameContext === 'sidePanel') return 'sidePanel';
  if (frameContext === 'meetingStage') return (stage && STAGE_PAGES[stage]) || 'stage';
  if (frameContext === null && stage && STAGE_PAGES[stage]) return STAGE_PAGES[stage];
  return 'board';
}
