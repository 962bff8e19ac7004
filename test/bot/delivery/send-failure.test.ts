import fc from 'fast-check';
import { MessagingFailure } from '@ambassadors/shared';
import { classifySendFailure, NotSent } from '../../../bot/src/delivery/send-failure';

const POLICY = { maxAttempts: 3, defaultRetryAfterMs: 2000 };
const failure = (status: number, options: { retryAfterMs?: number; ambiguous?: boolean } = {}) =>
  new MessagingFailure(status, options.retryAfterMs ?? null, `status ${status}`, {
    ambiguous: options.ambiguous,
  });

describe('classifySendFailure', () => {
  it('hands back a send that never left', () => {
    expect(classifySendFailure(new NotSent(), 1, POLICY)).toEqual({ kind: 'notSent' });
  });

  it('throttles the tenant on 429 for the Retry-After, or the default without one', () => {
    expect(classifySendFailure(failure(429, { retryAfterMs: 7000 }), 1, POLICY)).toEqual({
      kind: 'throttled',
      status: 429,
      retryAfterMs: 7000,
      reason: 'throttled; retry after 7 s',
    });
    expect(classifySendFailure(failure(429), 1, POLICY)).toMatchObject({
      kind: 'throttled',
      retryAfterMs: 2000,
    });
  });

  it('calls a send without an answer unknown, never to be repeated: a timeout or a plain error', () => {
    expect(classifySendFailure(failure(0, { ambiguous: true }), 1, POLICY)).toMatchObject({
      kind: 'unknown',
      status: null,
    });
    expect(classifySendFailure(new Error('socket hang up'), 1, POLICY)).toEqual({
      kind: 'unknown',
      status: null,
      reason: 'no answer (Error: socket hang up); it may or may not have arrived',
    });
  });

  it('marks 403 and 404 unreachable with the reason', () => {
    expect(classifySendFailure(failure(403), 1, POLICY)).toMatchObject({ kind: 'unreachable', status: 403 });
    expect(classifySendFailure(failure(404), 1, POLICY)).toEqual({
      kind: 'unreachable',
      status: 404,
      reason: 'not found: the conversation no longer exists',
    });
  });

  it('retries a passing failure while attempts are left, then fails it', () => {
    for (const status of [412, 502, 503, 504, 0]) {
      expect(classifySendFailure(failure(status), 2, POLICY)).toMatchObject({
        kind: 'retry',
        status: status || null,
      });
      expect(classifySendFailure(failure(status), 3, POLICY)).toMatchObject({
        kind: 'failed',
        status: status || null,
      });
    }
    expect(classifySendFailure(failure(0), 1, POLICY)).toMatchObject({
      reason: 'retrying after refused connection',
    });
  });

  it('fails any other answer at once', () => {
    expect(classifySendFailure(failure(400), 1, POLICY)).toEqual({
      kind: 'failed',
      status: 400,
      reason: '400: status 400',
    });
  });

  it('never retries past the bound of attempts, whatever the status', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 599 }), fc.integer({ min: 1, max: 20 }), (status, attempts) => {
        const outcome = classifySendFailure(failure(status), attempts, POLICY);
        if (outcome.kind === 'retry') expect(attempts).toBeLessThan(POLICY.maxAttempts);
        expect(outcome.kind).not.toBe('notSent');
      }),
    );
  });
});
