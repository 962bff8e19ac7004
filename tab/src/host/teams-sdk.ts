import type * as TeamsSdkParts from './teams-sdk-parts';
import type * as TeamsConfigParts from './teams-config-parts';
import type * as TeamsMeetingParts from './teams-meeting-parts';

/**
 * teams-js is only needed inside Teams (an iframe). Loading it on demand keeps it out of the
 * plain-browser first load; inside Teams it is fetched while the host is being detected.
 */
export type TeamsSdk = typeof TeamsSdkParts;

let sdk: Promise<TeamsSdk> | null = null;

export function loadTeamsSdk(): Promise<TeamsSdk> {
  sdk ??= import('./teams-sdk-parts');
  return sdk;
}

export type TeamsConfigSdk = typeof TeamsConfigParts;

/** `pages.config`, for the configuration page only (initialisation still goes through `loadTeamsSdk`). */
export function loadTeamsConfigSdk(): Promise<TeamsConfigSdk> {
  return import('./teams-config-parts');
}

export type TeamsMeetingSdk = typeof TeamsMeetingParts;

/** `meeting` (share to stage and its capabilities), for the meeting side panel only. */
export function loadTeamsMeetingSdk(): Promise<TeamsMeetingSdk> {
  return import('./teams-meeting-parts');
}
