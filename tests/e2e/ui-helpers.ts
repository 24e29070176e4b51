/** Shared pieces of the popup and options real-browser tests: axe-core in the page, request recording. */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) in the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol: extension pages forbid inline scripts (CSP), which is right.
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await runner.run(document);
    if (result.passes.length < 10) throw new Error(`axe-core checked too little (${result.passes.length} rules passed)`);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Records every request that leaves the browser (anything but the extension's own pages). */
export function recordOutgoing(context: BrowserContext): string[] {
  const outgoing: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:')) outgoing.push(url);
  });
  return outgoing;
}

/** The first value of a synthetic identity number that passes both control digits (see reference.md). */
export const SYNTHETIC_FNR = '02013299997';
