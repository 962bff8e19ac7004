import { randomUUID } from 'node:crypto';
import { startApiWorld } from '../bot/http/routes/api-fixture';
import { rawRequest } from '../support/raw-request';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function healthLatencies(baseUrl: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await rawRequest(baseUrl, { method: 'GET', path: '/healthz' });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/**
 * The limits under the bursts an attacker would try, with the default settings: 1,500
 * requests from one caller at once, 300 programme creations by one person, and /healthz while
 * eight 1 MiB bodies arrive without a token (and, with one, over the body limit).
 */
export async function run(): Promise<void> {
  const world = await startApiWorld();
  try {
    const person = { userId: randomUUID(), displayName: 'Burst' };
    const token = await world.tokenFor(person);
    let started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 1500 }, () =>
        rawRequest(world.server.baseUrl, {
          method: 'GET',
          path: '/api/v1/me',
          headers: { authorization: `Bearer ${token}` },
        }).then((r) => r.status),
      ),
    );
    const count = (status: number) => statuses.filter((s) => s === status).length;
    console.log(
      `1,500 requests from one caller: ${count(200)} × 200, ${count(429)} × 429 in ${(performance.now() - started).toFixed(0)} ms`,
    );

    const creator = { userId: randomUUID(), displayName: 'Creator' };
    const creatorToken = await world.tokenFor(creator);
    started = performance.now();
    const creations: number[] = [];
    for (let i = 0; i < 300; i++) {
      const response = await rawRequest(world.server.baseUrl, {
        method: 'POST',
        path: '/api/v1/programmes',
        headers: { authorization: `Bearer ${creatorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `P${i}`, locale: 'en' }),
      });
      creations.push(response.status);
    }
    const created = creations.filter((s) => s === 201).length;
    const quota = creations.filter((s) => s === 429).length;
    console.log(`300 programme creations by one person: ${created} created, ${quota} × 429`);

    const idle = await healthLatencies(world.server.baseUrl, 50);
    const mib = JSON.stringify({ text: 'x'.repeat(1024 * 1024) });
    for (const [label, headers] of [
      ['without a token', {}],
      [
        'with a token',
        { authorization: `Bearer ${await world.tokenFor({ userId: randomUUID(), displayName: 'Big' })}` },
      ],
    ] as const) {
      const bodies = Promise.all(
        Array.from({ length: 8 }, () =>
          rawRequest(world.server.baseUrl, {
            method: 'POST',
            path: '/api/v1/programmes',
            headers: { 'content-type': 'application/json', ...headers },
            body: mib,
          }).then((r) => r.status),
        ),
      );
      const during = await healthLatencies(world.server.baseUrl, 20);
      const answers = await bodies;
      console.log(
        `/healthz while 8 × 1 MiB bodies arrive ${label} (answered ${[...new Set(answers)].join(', ')}): ` +
          `p50 ${percentile(during, 50).toFixed(1)} ms, max ${during[during.length - 1]!.toFixed(1)} ms ` +
          `(idle p50 ${percentile(idle, 50).toFixed(1)} ms)`,
      );
    }
  } finally {
    await world.close();
  }
}
