import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCrashLoop } from '../../support/crash-loop';

jest.setTimeout(240_000);

/**
 * The short form of the crash loop (the long one is `npm run bench -- crash-loop`): the app is
 * killed with SIGKILL right after an acknowledged write and at a random moment with writes in
 * flight, restarted each time; no acknowledged write may be missing and every restart is healthy.
 */
describe('acknowledged writes survive SIGKILL of the whole app', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-crash-loop-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('loses nothing it acknowledged over two kills and restarts', async () => {
    const result = await runCrashLoop({ dataDir: path.join(dataDir, '.data'), cycles: 2, writes: 6 });
    expect({ seed: result.seed, lost: result.lost, unhealthy: result.unhealthyRestarts }).toEqual({
      seed: result.seed,
      lost: [],
      unhealthy: 0,
    });
    expect(result.restarts).toBe(2);
    expect(result.acknowledged).toBeGreaterThan(0);
  });
});
