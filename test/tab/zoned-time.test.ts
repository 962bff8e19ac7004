import { describeZone, instantFromWallTime, wallTimeIn } from '../../tab/src/app/zoned-time';

describe('wall-clock times in the programme’s zone', () => {
  it('turns a Copenhagen wall time into the right instant in summer and in winter', () => {
    expect(instantFromWallTime('2030-06-10T10:00', 'Europe/Copenhagen')?.toISOString()).toBe(
      '2030-06-10T08:00:00.000Z',
    );
    expect(instantFromWallTime('2030-01-10T10:00', 'Europe/Copenhagen')?.toISOString()).toBe(
      '2030-01-10T09:00:00.000Z',
    );
    expect(instantFromWallTime('2030-01-10T10:00', 'America/New_York')?.toISOString()).toBe(
      '2030-01-10T15:00:00.000Z',
    );
  });

  it('round-trips through the wall time, also across a DST change, and rejects junk', () => {
    for (const wall of ['2030-03-31T01:30', '2030-03-31T03:30', '2030-10-27T01:30', '2030-12-31T23:59']) {
      const instant = instantFromWallTime(wall, 'Europe/Copenhagen')!;
      expect(wallTimeIn(instant, 'Europe/Copenhagen')).toBe(wall);
    }
    // 02:30 does not exist on the spring-forward day: it lands after the gap
    expect(
      wallTimeIn(instantFromWallTime('2030-03-31T02:30', 'Europe/Copenhagen')!, 'Europe/Copenhagen'),
    ).toBe('2030-03-31T03:30');
    expect(instantFromWallTime('next tuesday', 'Europe/Copenhagen')).toBeNull();
  });

  it('names the zone with its offset at that moment', () => {
    expect(describeZone('Europe/Copenhagen', 'en-GB', new Date('2030-06-10T08:00:00Z'))).toBe(
      'Europe/Copenhagen (GMT+2)',
    );
    expect(describeZone('Europe/Copenhagen', 'da-DK', new Date('2030-01-10T08:00:00Z'))).toMatch(
      /^Europe\/Copenhagen \((GMT|UTC)\+1\)$/,
    );
  });
});
