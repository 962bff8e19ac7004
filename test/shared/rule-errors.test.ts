import { DomainError, ERROR_CATALOGUE, errorMessage, type ErrorCode } from '@ambassadors/shared';

const RULE_CODES: ErrorCode[] = [
  'TERM_INVALID',
  'TERM_TOO_LONG',
  'TERM_STARTS_IN_PAST',
  'TERM_ENDS_IN_PAST',
  'TERM_STARTS_BEFORE_ACCEPTANCE',
  'TERM_CONSECUTIVE_TOO_LONG',
  'POSTING_TERM_OUT_OF_RANGE',
  'INVALID_TRANSITION',
  'AGREEMENT_MISSING',
  'AGREEMENT_VERSION_STALE',
  'POSTING_CLOSED',
  'ALREADY_APPLIED',
  'CHECK_IN_NOT_ALLOWED',
  'CHECK_IN_TOO_SOON',
  'AMBASSADORSHIP_CLOSED',
  'ALREADY_AMBASSADOR',
  'APPLICATION_ALREADY_DECIDED',
  'TRAINING_MODULE_UNKNOWN',
  'VALIDATION_FAILED',
  'FORBIDDEN',
];

describe('error codes the rules throw', () => {
  it('are in the catalogue with a client status and both languages', () => {
    for (const code of RULE_CODES) {
      const entry = ERROR_CATALOGUE[code];
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(500);
      expect(entry.da.length).toBeGreaterThan(10);
      expect(entry.en.length).toBeGreaterThan(10);
    }
  });

  it('render their parameters in Danish and English', () => {
    const error = new DomainError('AMBASSADORSHIP_CLOSED', { state: 'withdrawn' });
    expect(error.status).toBe(409);
    expect(error.toBody('en').message).toContain('"withdrawn"');
    expect(errorMessage('AGREEMENT_VERSION_STALE', 'da', { expected: 1, current: 2 })).toContain(
      'version 1, nu 2',
    );
    expect(errorMessage('TERM_TOO_LONG', 'en', { maxMonths: 18 })).toContain('18 months');
    expect(errorMessage('CHECK_IN_TOO_SOON', 'da', { days: 14, date: '2026-03-24' })).toContain(
      'én pr. 14 dage). Du kan sende den næste fra 2026-03-24',
    );
  });
});
