/**
 * The board (and a step dialog) at 1280, 1024, 768 and 360 px in Danish and English: the page
 * never scrolls sideways, no element's content overflows its box, no control is cut off, and
 * the five steps never wrap four and one. Screenshots of each go to test-output/screenshots/.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, keepOffline, launchChromium, type LaunchedChromium } from '../support/chromium';
import { startTestServer, type TestServer } from '../support/start-test-server';
import { buildTab } from './helpers/build-tab';
import { SCREENSHOT_DIR } from './helpers/tab-harness';

const WIDTHS = [1280, 1024, 768, 360];
const LANGUAGES = [
  { locale: 'da-DK', edit: 'Rediger trin' },
  { locale: 'en-GB', edit: 'Edit step' },
];

/** Runs in the page: everything that sticks out, is cut off, or makes the page scroll sideways. */
function layoutProblems(scopeSelector: string): string[] {
  const problems: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.textContent ?? '').trim().slice(0, 40)}]`;
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1)
    problems.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
  const scope = document.querySelector(scopeSelector);
  if (!scope) return [`${scopeSelector} not found`];
  for (const el of [scope, ...scope.querySelectorAll('*')]) {
    if (!(el instanceof HTMLElement) || el.closest('[data-tabster-dummy]')) continue;
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') continue;
    const style = getComputedStyle(el);
    if (['inline', 'none', 'contents'].includes(style.display)) continue;
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue; // meant to scroll
    // (2 px of slack: sub-pixel rounding and focus outlines are not overflow a person sees)
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 2)
      problems.push(`${name(el)}: content ${el.scrollWidth} px in a ${el.clientWidth} px box`);
  }
  const controls = scope.querySelectorAll<HTMLElement>(
    'button, [role="tab"], input:not([type="radio"]):not([type="checkbox"]), select, textarea, a[href]',
  );
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.left < -1 || box.right > window.innerWidth + 1)
      problems.push(
        `${name(control)} is cut off by the window (${Math.round(box.left)}–${Math.round(box.right)})`,
      );
    for (let parent = control.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 1 || box.right > clip.right + 1)
        problems.push(`${name(control)} is cut off by ${name(parent)}`);
      break;
    }
  }
  return problems;
}

describeWithBrowser('the board’s layout at four widths in both languages', () => {
  let server: TestServer;
  let chromium: LaunchedChromium;
  let tabDist: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    tabDist = await buildTab();
    server = await startTestServer({ env: { TAB_DIST_DIR: tabDist, REMINDERS: 'off' } });
    chromium = await launchChromium();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.close();
    if (tabDist) await rm(tabDist, { recursive: true, force: true });
  });

  async function open(locale: string, width: number): Promise<Page> {
    const context = await chromium.browser.newContext({ locale, viewport: { width, height: 900 } });
    contexts.push(context);
    await keepOffline(context);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/tab/`);
    await page.waitForSelector('#step-panel');
    return page;
  }

  for (const { locale, edit } of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`holds at ${width} px in ${locale}`, async () => {
        const page = await open(locale, width);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `layout-${locale}-${width}.png`),
          fullPage: true,
        });
        expect(await page.evaluate(layoutProblems, 'main')).toEqual([]);
        // no browser margin: in a dark or high-contrast theme it shows as a white frame
        await expect(page.evaluate(() => getComputedStyle(document.body).margin)).resolves.toBe('0px');

        // the five steps: never a row of four and a fifth alone
        const tops = await page.$$eval('article[data-step]', (cards) =>
          cards.map((c) => Math.round(c.getBoundingClientRect().top)),
        );
        const rows = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
        expect(rows.length === 1 || rows.every((n) => n === 1) || rows.at(-1)! >= 2).toBe(true);
        // on a phone, one step under the other: a card a third of 360 px wide cannot be read
        if (width <= 420) expect(rows).toEqual([1, 1, 1, 1, 1]);

        // a step dialog (the posting: the widest form) holds too, its fields in line
        await page.getByRole('tab', { name: /^2\./ }).click();
        await page.getByRole('button', { name: edit }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await page.waitForTimeout(300); // the dialog's opening animation
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `layout-${locale}-${width}-posting.png`) });
        expect(await page.evaluate(layoutProblems, '[role="dialog"]')).toEqual([]);
        const widths = await dialog
          .locator('[data-field-path^="posting."] input:not([type="checkbox"])')
          .evaluateAll((inputs) =>
            inputs.map((i) => ({
              path: i.closest('[data-field-path]')!.getAttribute('data-field-path'),
              width: Math.round(i.parentElement!.getBoundingClientRect().width),
              height: Math.round(i.parentElement!.getBoundingClientRect().height),
              top: Math.round(i.getBoundingClientRect().top),
            })),
          );
        // fields side by side in one row are equally wide and equally tall, their inputs in line
        for (const field of widths) {
          const sameRow = widths.filter((w) => Math.abs(w.top - field.top) < 16);
          if (sameRow.length > 1)
            expect({
              ...field,
              width: Math.max(...sameRow.map((w) => w.width)),
              height: Math.max(...sameRow.map((w) => w.height)),
              top: Math.min(...sameRow.map((w) => w.top)),
            }).toEqual(field);
        }
      });
    }
  }
});
