import {
  DEFAULT_SETTINGS,
  DELIVERY_RECORD_RETENTION_DAYS,
  PRIVACY_DATA_TYPES,
  PRIVACY_RIGHTS,
} from '@ambassadors/shared';
import { DELIVERY_RETENTION_DAYS } from '../../../../bot/src/storage/cosmos-delivery-store';
import { startTestServer, type TestServer } from '../../../support/start-test-server';

/**
 * The privacy page (`/privacy`, what the manifest's privacyUrl points at): public, in Danish and
 * English, and per kind of record what is stored, why, for how long and who sees it — with the
 * retention figures the code enforces.
 */
describe('the privacy page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const page = async (query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.baseUrl}/privacy${query}`, { headers });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      html: await response.text(),
    };
  };

  it.each(['da', 'en'] as const)(
    'is public HTML in %s with every data type and its four answers',
    async (locale) => {
      const { status, type, html } = await page(`?lang=${locale}`);
      expect(status).toBe(200);
      expect(type).toBe('text/html; charset=utf-8');
      expect(html).toContain(`<html lang="${locale}">`);
      const decoded = html
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
      for (const entry of PRIVACY_DATA_TYPES) {
        for (const text of [entry.title, entry.stored, entry.why, entry.retention, entry.whoSees])
          expect({ key: entry.key, found: decoded.includes(text[locale]) }).toEqual({
            key: entry.key,
            found: true,
          });
      }
      expect(decoded).toContain(PRIVACY_RIGHTS.export[locale]);
      expect(decoded).toContain(PRIVACY_RIGHTS.erasure[locale]);
    },
  );

  it('follows Accept-Language when no lang is given', async () => {
    expect((await page('', { 'accept-language': 'en-GB,en;q=0.9' })).html).toContain('<html lang="en">');
    expect((await page('', { 'accept-language': 'da-DK' })).html).toContain('Hvem ser det');
  });

  it('covers every kind of record the app stores', () => {
    expect(PRIVACY_DATA_TYPES.map((t) => t.key).sort()).toEqual(
      [
        'ambassadorship',
        'application',
        'cardAction',
        'checkIn',
        'conversation',
        'decision',
        'invitation',
        'meeting',
        'openSituation',
        'outbox',
        'preference',
        'programme',
      ].sort(),
    );
  });

  it('states the retention the code enforces', () => {
    expect(DELIVERY_RECORD_RETENTION_DAYS).toBe(DELIVERY_RETENTION_DAYS);
    const byKey = Object.fromEntries(PRIVACY_DATA_TYPES.map((t) => [t.key, t]));
    expect(byKey.outbox!.retention.en).toContain(`${DELIVERY_RETENTION_DAYS} days`);
    expect(byKey.cardAction!.retention.da).toContain(`${DELIVERY_RETENTION_DAYS} dage`);
    expect(byKey.checkIn!.retention.en).toContain(`${DEFAULT_SETTINGS.retentionMonthsAfterTerm} months`);
  });
});
