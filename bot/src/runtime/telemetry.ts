import { Writable } from 'node:stream';
import { logs, SeverityNumber, type AnyValueMap, type Logger as OtelLogger } from '@opentelemetry/api-logs';
import { runtimeSettings } from './app-config';

const SEVERITY_BY_PINO_LEVEL: Record<number, { number: SeverityNumber; text: string }> = {
  10: { number: SeverityNumber.TRACE, text: 'TRACE' },
  20: { number: SeverityNumber.DEBUG, text: 'DEBUG' },
  30: { number: SeverityNumber.INFO, text: 'INFO' },
  40: { number: SeverityNumber.WARN, text: 'WARN' },
  50: { number: SeverityNumber.ERROR, text: 'ERROR' },
  60: { number: SeverityNumber.FATAL, text: 'FATAL' },
};

const RESERVED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'err']);

/**
 * A pino destination that hands every log line to OpenTelemetry's logs API. With Azure Monitor
 * started this ends in Application Insights (traces table) with its severity and the ids as
 * custom dimensions; without it the global provider is a no-op and this costs a JSON.parse.
 * Only primitive fields become attributes: objects are flattened one level, never dumped whole.
 */
export function createOtelLogStream(otelLogger: OtelLogger = logs.getLogger('ambassadors')): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        const severity = SEVERITY_BY_PINO_LEVEL[Number(record.level)] ?? SEVERITY_BY_PINO_LEVEL[30]!;
        const attributes: AnyValueMap = {};
        for (const [key, value] of Object.entries(record)) {
          if (RESERVED.has(key)) continue;
          if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
            attributes[key] = value as string;
          else if (typeof value === 'object' && !Array.isArray(value)) {
            for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
              if (['string', 'number', 'boolean'].includes(typeof innerValue))
                attributes[`${key}.${inner}`] = innerValue as string;
            }
          }
        }
        const err = record.err as { type?: string; message?: string; stack?: string } | undefined;
        if (err) {
          if (err.type) attributes['exception.type'] = err.type;
          if (err.message) attributes['exception.message'] = err.message;
          if (err.stack) attributes['exception.stacktrace'] = err.stack;
        }
        otelLogger.emit({
          severityNumber: severity.number,
          severityText: severity.text,
          body: typeof record.msg === 'string' ? record.msg : '',
          attributes,
          ...(typeof record.time === 'number' ? { timestamp: record.time } : {}),
        });
      }
      callback();
    },
  });
}

export interface Telemetry {
  /** Where logs should also go (undefined when telemetry is off). */
  logStream: Writable | undefined;
  shutdown(): Promise<void>;
}

/**
 * Starts Azure Monitor (OpenTelemetry distro: requests, dependencies incl. Cosmos calls, logs)
 * when APPLICATIONINSIGHTS_CONNECTION_STRING is set — as App Service does from the Bicep.
 * Locally nothing is started and nothing leaves the machine.
 */
export async function startTelemetry(env: NodeJS.ProcessEnv = process.env): Promise<Telemetry> {
  const connectionString = runtimeSettings.parse(env).APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (!connectionString) return { logStream: undefined, shutdown: async () => undefined };
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    instrumentationOptions: { http: { enabled: true }, azureSdk: { enabled: true } },
    enableLiveMetrics: false,
  });
  return { logStream: createOtelLogStream(), shutdown: () => shutdownAzureMonitor() };
}
