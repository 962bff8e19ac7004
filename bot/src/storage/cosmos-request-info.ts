import type { CosmosDiagnostics } from '@azure/cosmos';
import type { CosmosRequestInfo } from './cosmos-client';

/** What an SDK response (or error) carries that the request report reads. */
export interface CosmosResponseLike {
  resources?: unknown[];
  resource?: unknown;
  requestCharge?: number;
  diagnostics?: CosmosDiagnostics;
  statusCode?: number;
}

/**
 * The report of one store call, from the SDK's own diagnostics: the gateway statistics list
 * every HTTP attempt, so throttled attempts (429, retried by the SDK) are counted from there,
 * and the request charge is the SDK's sum over pages.
 */
export function cosmosRequestInfo(
  operation: string,
  startedMs: number,
  response: CosmosResponseLike,
  statusCode: number,
): CosmosRequestInfo {
  const stats = response.diagnostics?.clientSideRequestStatistics;
  const attempts = stats?.gatewayStatistics ?? [];
  return {
    operation,
    requestCharge: response.requestCharge ?? 0,
    requests: Math.max(1, attempts.length),
    throttled: attempts.filter((attempt) => attempt.statusCode === 429).length,
    metadataRequests: stats?.metadataDiagnostics?.metadataLookups?.length ?? 0,
    documents: Array.isArray(response.resources) ? response.resources.length : response.resource ? 1 : 0,
    durationMs: performance.now() - startedMs,
    statusCode,
  };
}

/** Telemetry must never break a data operation, so a throwing hook is ignored. */
export function reportCosmosRequest(
  onRequest: ((info: CosmosRequestInfo) => void) | undefined,
  info: () => CosmosRequestInfo,
): void {
  if (!onRequest) return;
  try {
    onRequest(info());
  } catch {
    // ignored on purpose
  }
}
