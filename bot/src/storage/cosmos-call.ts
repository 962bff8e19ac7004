import type { CosmosRequestInfo } from './cosmos-client';
import { cosmosStatusOf, toStoreError } from './cosmos-errors';
import { cosmosRequestInfo, reportCosmosRequest, type CosmosResponseLike } from './cosmos-request-info';

/** Runs one SDK call under an operation name. */
export type CosmosCall = <R extends CosmosResponseLike>(
  operation: string,
  run: () => Promise<R>,
) => Promise<R>;

/**
 * The one wrapper of every Cosmos SDK call of the stores: reports the call's cost to
 * `onRequest` whether it worked or not (a throwing hook is ignored: telemetry never breaks a
 * data operation), and turns a failure into the port's DomainError (cosmos-errors.ts), the SDK
 * error kept as its cause.
 */
export function cosmosCaller(onRequest: ((info: CosmosRequestInfo) => void) | undefined): CosmosCall {
  return async (operation, run) => {
    const started = performance.now();
    try {
      const response = await run();
      reportCosmosRequest(onRequest, () =>
        cosmosRequestInfo(operation, started, response, response.statusCode ?? 200),
      );
      return response;
    } catch (error) {
      reportCosmosRequest(onRequest, () =>
        cosmosRequestInfo(operation, started, (error ?? {}) as CosmosResponseLike, cosmosStatusOf(error)),
      );
      throw toStoreError(error);
    }
  };
}
