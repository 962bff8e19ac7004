import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page (the tab's iframe included) and returns the serious and critical
 * violations. Fluent's focus-trap helpers (`data-tabster-dummy`) are a known false positive;
 * they are excluded on the page and inside the tab's frame (`frames` names the iframes).
 */
export async function seriousViolations(page: Page, frames: string[] = ['#tab']): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  for (const frame of frames) builder = builder.exclude([frame, '[data-tabster-dummy]']);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}
