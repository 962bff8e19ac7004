import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { createLogger } from '../../../bot/src/runtime/logger';
import { createOtelLogStream, startTelemetry } from '../../../bot/src/runtime/telemetry';

describe('logs to OpenTelemetry (Application Insights in Azure)', () => {
  it('hands pino records to the OpenTelemetry logs API with severity, ids and no personal text', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter })] });
    const stream = createOtelLogStream(provider.getLogger('test'));
    const logger = createLogger({ level: 'info', destination: stream });

    logger.info(
      { tenantId: 't-1', programmeId: 'p-1', person: { userId: 'u-1', displayName: 'Jane Doe' } },
      'agreement accepted',
    );
    logger.warn({ code: 'STORE_UNAVAILABLE' }, 'store slow');
    logger.error({ err: new Error('boom') }, 'unexpected error');
    logger.debug('below the level: not exported');
    await new Promise((resolve) => setImmediate(resolve));
    await provider.forceFlush();

    const records = exporter.getFinishedLogRecords();
    expect(records.map((r) => [r.severityNumber, r.body])).toEqual([
      [SeverityNumber.INFO, 'agreement accepted'],
      [SeverityNumber.WARN, 'store slow'],
      [SeverityNumber.ERROR, 'unexpected error'],
    ]);
    expect(records[0]!.attributes).toMatchObject({
      tenantId: 't-1',
      programmeId: 'p-1',
      'person.userId': 'u-1',
    });
    expect(JSON.stringify(records[0]!.attributes)).not.toContain('Jane Doe');
    expect(records[2]!.attributes['exception.message']).toBe('boom');
    await provider.shutdown();
  });

  it('starts nothing and sends nothing without a connection string', async () => {
    const telemetry = await startTelemetry({});
    expect(telemetry.logStream).toBeUndefined();
    await expect(telemetry.shutdown()).resolves.toBeUndefined();
  });
});
