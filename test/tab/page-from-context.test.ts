import { STAGE_PAGES, pageFromContext } from '../../tab/src/app/page-from-context';

/**
 * Teams opens the one configured URL in every meeting surface; the frame context alone says
 * which page the tab shows there.
 */
describe('the page for a frame context', () => {
  const at = (frameContext: string | null, search = '', pathname = '/tab/') =>
    pageFromContext({ pathname, search, frameContext });

  it('shows the side panel in the meeting side panel and the stage on the meeting stage', () => {
    expect(at('sidePanel', '?programmeId=p1')).toBe('sidePanel');
    expect(at('meetingStage', '?programmeId=p1&stage=meeting&meetingId=m1')).toBe('stage');
    expect(at('meetingStage', '?programmeId=p1')).toBe('stage');
    expect(at('meetingStage', '?programmeId=p1&stage=workshop')).toBe('workshop');
  });

  it('shows the board in content frames: a channel, a chat, a meeting’s chat or details tab', () => {
    expect(at('content', '?programmeId=p1')).toBe('board');
    expect(at(null)).toBe('board');
  });

  it('shows the configuration page in a settings frame and at /tab/config', () => {
    expect(at('settings', '', '/tab/config')).toBe('config');
    expect(at('settings')).toBe('config');
    expect(at('content', '', '/tab/config/')).toBe('config');
  });

  it('opens a stage view named by ?stage= outside Teams, and falls back to the meeting stage for an unknown one', () => {
    expect(at(null, '?stage=meeting')).toBe('stage');
    expect(at(null, '?stage=nothing-like-it')).toBe('board');
    expect(at('meetingStage', '?stage=nothing-like-it')).toBe('stage');
    expect(Object.values(STAGE_PAGES)).toContain('stage');
  });
});
