import {
  PERSONAL_TAB_ENTITY_ID,
  REMINDER_KINDS,
  REMINDER_STEP,
  STEP_KEYS,
  tabLink,
} from '@ambassadors/shared';
import { parseSubEntityId } from '../../tab/src/host/deep-link';
import manifest from '../../appPackage/manifest.json';

describe('tabLink: links from cards open the tab at the right step', () => {
  it('is the web address with programme and step when there is no Teams app id (local mode)', () => {
    const link = new URL(
      tabLink({ webBaseUrl: 'http://127.0.0.1:3978/', programmeId: 'p-1', step: 'agreement' }),
    );
    expect(link.origin + link.pathname).toBe('http://127.0.0.1:3978/tab/');
    expect(link.searchParams.get('programmeId')).toBe('p-1');
    expect(link.searchParams.get('step')).toBe('agreement');
  });

  it('is a Teams deep link to the personal tab whose subEntityId the tab understands', () => {
    const appId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const link = new URL(
      tabLink({
        webBaseUrl: 'https://amb.example.org',
        teamsAppId: appId,
        programmeId: 'p-1',
        step: 'training',
      }),
    );
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.pathname).toBe(`/l/entity/${appId}/${PERSONAL_TAB_ENTITY_ID}`);
    const context = JSON.parse(link.searchParams.get('context')!) as { subEntityId: string };
    expect(parseSubEntityId(context.subEntityId)).toEqual({ programmeId: 'p-1', step: 'training' });
    expect(link.searchParams.get('webUrl')).toBe(
      'https://amb.example.org/tab/?programmeId=p-1&step=training',
    );
  });

  it('opens the board at the top without a programme', () => {
    expect(tabLink({ webBaseUrl: 'https://amb.example.org' })).toBe('https://amb.example.org/tab/');
  });

  it('targets the personal tab the manifest declares, and maps every reminder kind to a real step', () => {
    expect(manifest.staticTabs.map((tab: { entityId: string }) => tab.entityId)).toContain(
      PERSONAL_TAB_ENTITY_ID,
    );
    for (const kind of REMINDER_KINDS) {
      const step = REMINDER_STEP[kind];
      if (step !== null) expect(STEP_KEYS).toContain(step);
    }
  });
});
