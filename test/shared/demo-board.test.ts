import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDemoBoard } from '@ambassadors/shared';

/**
 * The demo board is what a new user sees first, and several suites build their worlds on it:
 * the fixture holds its exact output for two moments (one with the server's author keys, over
 * the night the clocks go forward), so reshaping the seed's code cannot change what it seeds.
 */
const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'demo-board.json'), 'utf8')) as {
  plain: unknown;
  keyedOverDst: unknown;
};
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the demo board', () => {
  it('seeds exactly the recorded board', () => {
    const board = createDemoBoard('11111111-1111-4111-8111-111111111111', new Date('2026-11-27T08:00:00Z'));
    expect(asJson(board)).toEqual(fixture.plain);
  });

  it('seeds exactly the recorded board with author keys, on the night of a clock change', () => {
    const board = createDemoBoard('tenant-x', new Date('2026-03-29T00:30:00Z'), {
      authorKey: (programmeId, userId) => `key:${programmeId}:${userId}`,
    });
    expect(asJson(board)).toEqual(fixture.keyedOverDst);
  });
});
