import { DomainError } from '@ambassadors/shared';
import { cosmosStatusOf, toStoreError } from '../../../bot/src/storage/cosmos-errors';

/** Errors shaped as @azure/cosmos throws them (ErrorResponse: `code` is the HTTP status). */
const sdkError = (code: number | string, message = 'x') => Object.assign(new Error(message), { code });

describe('toStoreError: SDK failures in the port’s vocabulary', () => {
  it.each([
    [404, 'NOT_FOUND'],
    [409, 'ALREADY_EXISTS'],
    [412, 'CONFLICT'],
    [400, 'INTERNAL'],
    [429, 'STORE_UNAVAILABLE'],
    [401, 'STORE_UNAVAILABLE'],
    [403, 'STORE_UNAVAILABLE'],
    [408, 'STORE_UNAVAILABLE'],
    [500, 'STORE_UNAVAILABLE'],
    [503, 'STORE_UNAVAILABLE'],
  ])('HTTP %i → %s, keeping the cause', (status, code) => {
    const original = sdkError(status);
    const mapped = toStoreError(original);
    expect(mapped).toBeInstanceOf(DomainError);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(original);
  });

  it('network failures without an HTTP status are STORE_UNAVAILABLE', () => {
    expect(cosmosStatusOf(sdkError('ECONNREFUSED'))).toBe(0);
    expect(toStoreError(sdkError('ECONNRESET')).code).toBe('STORE_UNAVAILABLE');
    expect(toStoreError(new Error('socket hang up')).code).toBe('STORE_UNAVAILABLE');
    expect(toStoreError(undefined).code).toBe('STORE_UNAVAILABLE');
  });

  it('passes DomainErrors through unchanged', () => {
    const error = new DomainError('VALIDATION_FAILED', { details: 'name' });
    expect(toStoreError(error)).toBe(error);
  });
});
