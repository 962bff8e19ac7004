import { runCrashLoop } from './crash-rig';

describe('crash test: SIGKILL the server during a fan-out, restart, repeat', () => {
  it('2,000 recipients, 3 kills: nobody receives twice, everyone is delivered or reported unknown', async () => {
    const concurrency = 8;
    const result = await runCrashLoop({ recipients: 2000, tenants: 4, kills: 3, concurrency });
    expect(result.recipients).toBe(2000);
    expect(result.duplicates).toEqual([]);
    expect(result.unaccounted).toEqual([]);
    expect(result.deliveredNotReceived).toEqual([]);
    expect(result.receivedNotAccounted).toEqual([]);
    // Only what was in flight when an instance died can be unknown: at most the send
    // concurrency per killed instance (each instance sends under its own lease-owner id).
    const perInstance = Object.values(result.unknownByInstance);
    expect(perInstance.length).toBeLessThanOrEqual(result.kills);
    for (const count of perInstance) expect(count).toBeLessThanOrEqual(concurrency);
    expect(
      Object.keys(result.unknownReasons).every((reason) => reason.includes('server instance stopped')),
    ).toBe(true);
    expect(result.statuses.delivered! + result.unknown).toBe(2000);
  }, 300_000);
});
