/**
 * `npm run bench [name …]`: runs every benchmark module in this folder (or the named ones) one
 * after another and prints their figures. Benchmarks measure; they never assert timings.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const modules = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.endsWith('.test.ts'))
    .map((file) => path.basename(file, '.ts'))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();
  let failures = 0;
  for (const name of modules) {
    const mod = (await import(path.join(__dirname, name))) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') continue;
    console.log(`\n=== bench: ${name} ===`);
    const started = performance.now();
    try {
      await mod.run();
    } catch (error) {
      failures += 1;
      console.error(`bench ${name} failed:`, error);
    }
    console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (failures > 0) process.exitCode = 1;
}

void main();
