import { metrics, type Meter } from '@opentelemetry/api';
import type { Logger } from '../runtime/logger';
import type { CosmosRequestInfo } from './cosmos-client';

/** Metric names as they appear in Application Insights (customMetrics). */
export const COSMOS_METRICS = {
  requestCharge: 'ambassadors.cosmos.request_charge',
  duration: 'ambassadors.cosmos.duration',
  throttled: 'ambassadors.cosmos.throttled',
} as const;

/**
 * The `onRequest` hook of the Cosmos stores, turned into telemetry: every store operation's
 * request charge and duration as OpenTelemetry histograms (the global meter, which Azure Monitor
 * exports when APPLICATIONINSIGHTS_CONNECTION_STRING is set and which is a no-op otherwise), a
 * debug log line per operation, an info line when Cosmos throttled it and the SDK's retries got
 * it through, and a warning when the retries ran out (the caller then saw STORE_UNAVAILABLE).
 * Cost is what sizing the account (RU/s) and spotting an expensive query need; only ids and
 * figures are logged, never document content.
 */
export function createCosmosRequestTelemetry(
  logger: Logger,
  meter: Pick<Meter, 'createHistogram' | 'createCounter'> = metrics.getMeter('ambassadors'),
): (info: CosmosRequestInfo) => void {
  const charge = meter.createHistogram(COSMOS_METRICS.requestCharge, {
    description: 'Request units charged per store operation (sum over pages and retries)',
    unit: '{RU}',
  });
  const duration = meter.createHistogram(COSMOS_METRICS.duration, {
    description: 'Duration of one store operation against Cosmos DB, retries included',
    unit: 'ms',
  });
  const throttled = meter.createCounter(COSMOS_METRICS.throttled, {
    description: 'Attempts Cosmos DB answered 429 (throttled)',
  });
  return (info) => {
    const attributes = { operation: info.operation, status_code: info.statusCode };
    charge.record(info.requestCharge, attributes);
    duration.record(info.durationMs, attributes);
    if (info.throttled > 0) throttled.add(info.throttled, attributes);
    const cosmos = {
      operation: info.operation,
      statusCode: info.statusCode,
      requestCharge: info.requestCharge,
      requests: info.requests,
      throttled: info.throttled,
      documents: info.documents,
      durationMs: Math.round(info.durationMs * 10) / 10,
    };
    if (info.statusCode === 429) {
      logger.warn({ cosmos }, 'Cosmos DB kept throttling (429): the SDK retries ran out');
    } else if (info.throttled > 0) {
      logger.info({ cosmos }, 'Cosmos DB throttled (429); the SDK retried and the operation went through');
    } else {
      logger.debug({ cosmos }, 'Cosmos DB request');
    }
  };
}
