import { isDomainError, type DomainError } from '@ambassadors/shared';
import type { CosmosRequestInfo } from '../../../bot/src/storage/cosmos-client';
import { cosmosCaller } from '../../../bot/src/storage/cosmos-call';
import { COSMOS_SYSTEM_FIELDS, withoutSystemFields } from '../../../bot/src/storage/cosmos-system-fields';

/** An SDK error as @azure/cosmos throws it: the HTTP status in `code`. */
const sdkError = (code: number) => Object.assign(new Error(`status ${code}`), { code });

describe('the one Cosmos call wrapper of both stores', () => {
  it('reports every call under its operation name, with the status, whether it worked or not', async () => {
    const reports: CosmosRequestInfo[] = [];
    const call = cosmosCaller((info) => reports.push(info));
    await call('read', async () => ({ statusCode: 200, resource: { id: 'a' }, requestCharge: 1.5 }));
    await expect(call('replace', () => Promise.reject(sdkError(412)))).rejects.toThrow();
    expect(
      reports.map(({ operation, statusCode, documents, requestCharge }) => ({
        operation,
        statusCode,
        documents,
        requestCharge,
      })),
    ).toEqual([
      { operation: 'read', statusCode: 200, documents: 1, requestCharge: 1.5 },
      { operation: 'replace', statusCode: 412, documents: 0, requestCharge: 0 },
    ]);
  });

  it.each([
    [404, 'NOT_FOUND'],
    [409, 'ALREADY_EXISTS'],
    [412, 'CONFLICT'],
    [400, 'INTERNAL'],
    [503, 'STORE_UNAVAILABLE'],
  ] as const)('turns an SDK %i into %s, the SDK error kept as the cause', async (status, code) => {
    const error = sdkError(status);
    const thrown = await cosmosCaller(undefined)('op', () => Promise.reject(error)).catch((e: unknown) => e);
    expect(isDomainError(thrown) && thrown.code).toBe(code);
    expect((thrown as DomainError).cause).toBe(error);
  });

  it('never lets a throwing telemetry hook break the data operation', async () => {
    const call = cosmosCaller(() => {
      throw new Error('hook broke');
    });
    await expect(call('read', async () => ({ statusCode: 200 }))).resolves.toEqual({ statusCode: 200 });
  });

  it('strips exactly the system fields', () => {
    const stored = { id: 'a', ttl: 5, _rid: 'r', _self: 's', _ts: 1, _attachments: 'x', _etag: '"e"' };
    expect(withoutSystemFields(stored)).toEqual({ id: 'a', ttl: 5 });
    expect([...COSMOS_SYSTEM_FIELDS].sort()).toEqual(['_attachments', '_etag', '_rid', '_self', '_ts']);
  });
});
