import type { StepKey } from '../card/ambassadors-card';
import type { ReminderKind } from '../rules/reminders/reminder-planners';

/** The personal tab's entityId in the manifest (appPackage/manifest.json, staticTabs[0]). */
export const PERSONAL_TAB_ENTITY_ID = 'ambassadors-home';

/** The board step a reminder is about, so its card opens the tab right there. */
export const REMINDER_STEP: Record<ReminderKind, StepKey | null> = {
  postingAnnouncement: 'posting',
  postingDeadline: 'posting',
  applicationOutcome: 'posting',
  agreementAcceptance: 'agreement',
  trainingModule: 'training',
  meeting: 'meetings',
  alignmentMeeting: 'meetings',
  checkInRequest: 'meetings',
  termEnding30: 'agreement',
  termEnding7: 'agreement',
  termEndedExit: 'agreement',
  leaderDigest: null,
  themeAnswered: 'meetings',
  trainingSession: 'training',
};

export interface TabLinkTarget {
  /** Where the server is reached (PUBLIC_URL), for the plain web link. */
  webBaseUrl: string;
  /** The Teams app id (manifest `id`); with it links open the tab inside Teams. */
  teamsAppId?: string | undefined;
  programmeId?: string | undefined;
  step?: StepKey | null | undefined;
}

/**
 * A link that opens the tab at a programme and step. Inside Teams that is a deep link to the
 * personal tab whose `subEntityId` the tab reads ("<programmeId>/<step>"); without a Teams app
 * id (local mode) it is the web address with `?programmeId=&step=`, which the tab reads too.
 */
export function tabLink(target: TabLinkTarget): string {
  const base = target.webBaseUrl.replace(/\/+$/, '');
  const web = new URL(`${base}/tab/`);
  if (target.programmeId) web.searchParams.set('programmeId', target.programmeId);
  if (target.programmeId && target.step) web.searchParams.set('step', target.step);
  if (!target.teamsAppId) return web.toString();
  const params = new URLSearchParams({ webUrl: web.toString(), label: 'Ambassadors' });
  if (target.programmeId) {
    const subEntityId = target.step ? `${target.programmeId}/${target.step}` : target.programmeId;
    params.set('context', JSON.stringify({ subEntityId }));
  }
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.teamsAppId)}/${PERSONAL_TAB_ENTITY_ID}?${params.toString()}`;
}
