/**
 * First render of the board in headless Chromium (Debian chromium + playwright-core) against a
 * bare Fluent UI v9 page built the same way (React + FluentProvider + one Button), both served
 * by the real server (local mode, embedded Cosmos, the demo programme) from loopback.
 *
 * Each load uses a fresh browser context (cold HTTP cache). A MutationObserver installed before
 * any script runs records `performance.now()` (ms since navigation start) when the element first
 * appears: the board with its data (`[data-testid="board"]`, after its two API calls), the board
 * with the step panel (lazy chunk), and the bare page's button.
 *
 * Run: npm run bench tab-render   (or npx tsx -e "require('./test/bench/tab-render.ts').run()")
 */
import { chromium } from 'playwright-core';
import { DEMO_PROGRAMME_ID } from '@ambassadors/shared';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startTestServer } from '../support/start-test-server';
import { buildBarePage, buildTabForBench } from './tab-size';

const WARMUP = 3;
/** `TAB_RENDER_RUNS=5` for a quick look while working; the figures to report use 15. */
const RUNS = Number(process.env.TAB_RENDER_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Installed before the page's scripts: notes when each watched selector first matches. */
function watchScript(selectors: string[]): string {
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const seen = (window.__seenAt = {});
    const check = () => {
      for (const s of selectors) if (!(s in seen) && document.querySelector(s)) seen[s] = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

export async function run(): Promise<void> {
  const [tab, bare] = await Promise.all([buildTabForBench(), buildBarePage('/bare/')]);
  const server = await startTestServer({
    env: { TAB_DIST_DIR: tab.outDir, REMINDERS: 'off' },
    extraStatic: { '/bare': bare.outDir },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const measure = async (url: string, selectors: string[]): Promise<Record<string, number>> => {
      const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchScript(selectors));
        await page.goto(url);
        for (const s of selectors) await page.waitForSelector(s, { timeout: 30_000 });
        return (
          (await page.evaluate(() => (window as unknown as { __seenAt: Record<string, number> }).__seenAt)) ??
          {}
        );
      } finally {
        await context.close();
      }
    };
    const boardSel = '[data-testid="board"]';
    const panelSel = '#step-panel';
    const results = {
      bare: [] as number[],
      board: [] as number[],
      channel: [] as number[],
      panel: [] as number[],
    };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const b = await measure(`${server.baseUrl}/bare/`, ['button']);
      const t = await measure(`${server.baseUrl}/tab/`, [boardSel, panelSel]);
      const c = await measure(`${server.baseUrl}/tab/?programmeId=${DEMO_PROGRAMME_ID}`, [boardSel]);
      if (i < WARMUP) continue;
      results.bare.push(b.button!);
      results.board.push(t[boardSel]!);
      results.panel.push(t[panelSel]!);
      results.channel.push(c[boardSel]!);
    }
    const bareMedian = median(results.bare);
    const row = (label: string, values: number[]) =>
      console.log(
        `${label.padEnd(58)} median ${median(values).toFixed(1).padStart(7)} ms   min ${Math.min(...values)
          .toFixed(1)
          .padStart(7)} ms   ${(median(values) / bareMedian).toFixed(2)}× bare`,
      );
    console.log(
      `first render in headless chromium, ${RUNS} cold loads each (after ${WARMUP} warm-up), ms since navigation start`,
    );
    row('bare Fluent page: the Button', results.bare);
    row('tab: the board with its data (personal tab: list, then board)', results.board);
    row('tab: the board, programme known (channel tab: calls in parallel)', results.channel);
    row('tab: the board with the step panel (lazy chunk)', results.panel);
    console.log('aim: board first render ≤ 1.5× the bare page');
  } finally {
    await browser.close();
    await server.close();
  }
}
