/**
 * The in-page panel, the per-site context switch, and the per-tab summary
 * with the toolbar badge, in the production build (issue 3).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page, Worker } from 'playwright-core';
import { extensionId, launch, serveSites, type Launched } from './harness';
import { FIXTURES, allRoutes, extensionStorageDump, openFixture, validFnr } from './content-helpers';

const FNR = validFnr('010190', 123);
const SENSITIVE = `Pasienten Kari Nordmann, fnr ${FNR}, er innlagd med demens`;
const lexical = FIXTURES.find((f) => f.name === 'lexical')!;

let browser: Launched;
let refused: string[];
let worker: Worker;
let extId: string;

beforeAll(async () => {
  browser = await launch();
  const { routes } = await allRoutes([{ name: 'prefilled', url: 'https://mastodon.online/home' }]);
  ({ refused } = await serveSites(browser.context, routes));
  extId = await extensionId(browser.context);
  worker = browser.context.serviceWorkers()[0];
});

afterAll(async () => {
  await browser?.close();
});

async function typeSensitive(page: Page): Promise<Frame> {
  const frame = await openFixture(page, lexical);
  await frame.click(lexical.box);
  await page.keyboard.type(SENSITIVE);
  await frame.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-severity') === 'high', undefined, { timeout: 3000, polling: 10 });
  return frame;
}

/** The summaries the background keeps in storage.session, by tab id. */
async function sessionSummaries(): Promise<Record<string, { boxes: number; guidelines: Record<string, { count: number; highest: string }> } | null>> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await c.storage.session.get(null);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(all)) if (k.startsWith('summary:')) out[k.slice(8)] = v;
    return out as Record<string, { boxes: number; guidelines: Record<string, { count: number; highest: string }> } | null>;
  });
}

function badgeText(tabId: number): Promise<string> {
  return worker.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
    return c.action.getBadgeText({ tabId: id });
  }, tabId);
}

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 3000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await fn();
  }
  return v;
}

describe('panel', () => {
  test('lists the finding with guideline number and title, a masked excerpt, message and actions; keyboard reachable', async () => {
    const page = await browser.context.newPage();
    try {
      const frame = await typeSensitive(page);
      // Tab from the editor reaches the badge; Enter opens the panel.
      await page.keyboard.press('Tab');
      const focused = await frame.evaluate(() => {
        const host = document.activeElement;
        return host?.tagName.toLowerCase() === 'varsam-indicator' ? host.shadowRoot?.activeElement?.className ?? '' : host?.tagName ?? '';
      });
      expect(focused).toContain('badge');
      await page.keyboard.press('Enter');
      const panel = await frame.evaluate(() => {
        const root = document.querySelector('varsam-indicator')!.shadowRoot!;
        const p = root.querySelector('.panel');
        return {
          text: p?.textContent ?? '',
          role: p?.getAttribute('role'),
          live: root.querySelector('[aria-live]')?.textContent ?? '',
          label: root.querySelector('.badge')?.getAttribute('aria-label') ?? '',
          checkbox: Boolean(root.querySelector('.panel input[type="checkbox"]')),
        };
      });
      expect(panel.role).toBe('dialog');
      expect(panel.text).toContain('Retningslinje 2');
      expect(panel.text).toContain('Teieplikt og personvern');
      expect(panel.text).toContain('010190•••••');
      expect(panel.text).not.toContain(FNR);
      expect(panel.text).toContain('Ignorer i dette innlegget');
      expect(panel.text).toContain('Eg skriv på vegner av heradet');
      expect(panel.checkbox).toBe(true);
      expect(panel.live).toContain('2');
      expect(panel.label).toContain('Varsam');
      // axe-core finds no WCAG A/AA violation in the badge and the open panel.
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await frame.evaluate(axeSource);
      const violations = await frame.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
        type Result = { id: string; nodes: { target: unknown[] }[] };
        const ours = (list: Result[]) => list.filter((v) => v.nodes.some((n) => JSON.stringify(n.target).includes('varsam-indicator')));
        return {
          passes: ours(r.passes as Result[]).length,
          list: ours(r.violations).map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        };
      });
      expect(violations.list).toEqual([]);
      expect(violations.passes).toBeGreaterThan(3);
      // Escape closes it again.
      await page.keyboard.press('Escape');
      expect(await frame.evaluate(() => Boolean(document.querySelector('varsam-indicator')!.shadowRoot!.querySelector('.panel')))).toBe(false);
      // The indicator sits outside the editor; the editor holds only what was typed.
      expect(await frame.evaluate(() => document.querySelector('#editor')!.querySelector('varsam-indicator'))).toBeNull();
    } finally {
      await page.close();
    }
  });

  test('"Eg skriv på vegner av heradet" is remembered for the site, as a context only', async () => {
    const page = await browser.context.newPage();
    try {
      const frame = await typeSensitive(page);
      await frame.click('varsam-indicator >> .badge');
      await frame.click('varsam-indicator >> .panel input[type="checkbox"]');
      const local = await waitFor(
        () => worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('siteContext')).siteContext),
        (v) => Boolean(v),
      );
      expect(local).toEqual({ facebook: 'official' });
      await page.reload();
      await frame.waitForSelector(lexical.box);
      await frame.click(lexical.box);
      await page.keyboard.type('Hei');
      await frame.waitForFunction(() => Boolean(document.querySelector('varsam-indicator')?.shadowRoot?.querySelector('.badge')), undefined, { timeout: 3000 });
      await frame.click('varsam-indicator >> .badge');
      expect(await frame.isChecked('varsam-indicator >> .panel input[type="checkbox"]')).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('per-tab summary and toolbar badge', () => {
  test('counts per guideline in storage.session, a red badge, answered by get-summary; cleared with the box and on navigation', async () => {
    const page = await browser.context.newPage();
    try {
      await typeSensitive(page);
      const summaries = await waitFor(sessionSummaries, (s) => Object.values(s).some((v) => v?.guidelines?.['2']?.highest === 'high'));
      const [tabId] = Object.entries(summaries).find(([, v]) => v?.guidelines?.['2']?.highest === 'high')!;
      const id = Number(tabId);
      expect(summaries[tabId]!.boxes).toBe(1);
      expect(JSON.stringify(summaries)).not.toContain('Nordmann');
      expect(await waitFor(() => badgeText(id), (t) => t !== '')).not.toBe('');

      // The popup's question, from an extension page.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${extId}/popup.html`);
      const answer = await popup.evaluate((t) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'get-summary', tabId: t }), id);
      await popup.close();
      expect((answer as { guidelines: Record<string, { highest: string }> }).guidelines['2'].highest).toBe('high');

      // Clearing the box clears the badge.
      await page.bringToFront();
      await page.click(lexical.box);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      expect(await waitFor(() => badgeText(id), (t) => t === '')).toBe('');

      // Typing again, then navigating away, clears the tab's summary.
      await page.keyboard.type(SENSITIVE);
      expect(await waitFor(() => badgeText(id), (t) => t !== '')).not.toBe('');
      await page.goto('https://x.com/home');
      const after = await waitFor(sessionSummaries, (s) => !s[tabId]);
      expect(after[tabId]).toBeUndefined();
      expect(await waitFor(() => badgeText(id), (t) => t === '')).toBe('');
    } finally {
      await page.close();
    }
  });
});

describe('settings', () => {
  test('changes apply live: a disabled guideline goes quiet, a skipped site loses its indicator', async () => {
    const page = await browser.context.newPage();
    const setUser = (value: unknown) =>
      worker.evaluate(async (v) => {
        const c = (globalThis as unknown as { chrome: { storage: { sync: { set(i: unknown): Promise<void>; remove(k: string): Promise<void> } } } }).chrome;
        if (v === null) await c.storage.sync.remove('settings');
        else await c.storage.sync.set({ settings: v });
      }, value);
    try {
      const frame = await typeSensitive(page);
      await setUser({ disabledGuidelines: [2] });
      await frame.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-guidelines') === '', undefined, { timeout: 3000 });
      await setUser({ disabledGuidelines: [], sites: { add: [], skip: ['facebook'] } });
      await frame.waitForFunction(() => document.querySelectorAll('varsam-indicator').length === 0, undefined, { timeout: 3000 });
      await setUser(null);
      await frame.click(lexical.box);
      await page.keyboard.type(' ');
      await frame.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-severity') === 'high', undefined, { timeout: 3000 });
    } finally {
      await setUser(null);
      await page.close();
    }
  });
});

describe('text already in a box', () => {
  test('a draft present when the page loads is checked without typing', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto('https://mastodon.online/home');
      await page.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-severity') === 'high', undefined, { timeout: 5000 });
      expect(await page.evaluate(() => document.querySelector('varsam-indicator')!.getAttribute('data-guidelines')!.split(','))).toContain('2');
    } finally {
      await page.close();
    }
  });
});

describe('client-side navigation', () => {
  test('the toolbar badge survives a history.pushState navigation (the summary is sent again)', async () => {
    const spa = FIXTURES.find((f) => f.name === 'spa')!;
    const page = await browser.context.newPage();
    try {
      const frame = await openFixture(page, spa);
      await frame.click(spa.box);
      await page.keyboard.type(SENSITIVE);
      await frame.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-severity') === 'high', undefined, { timeout: 3000 });
      const summaries = await waitFor(sessionSummaries, (s) => Object.values(s).some((v) => v?.guidelines?.['2']?.highest === 'high'));
      const [tabId] = Object.entries(summaries).find(([, v]) => v?.guidelines?.['2']?.highest === 'high')!;
      await page.waitForTimeout(1500);
      expect(await badgeText(Number(tabId))).not.toBe('');
    } finally {
      await page.close();
    }
  });
});

describe('privacy', () => {
  test('no request left the machine, and no typed text is in extension storage', async () => {
    // The extension's own pages (the popup opened above) load from chrome-extension://, which
    // the routing also sees; those never leave the machine.
    const external = refused.filter((u) => !u.startsWith(`chrome-extension://${extId}/`));
    expect(external, external.join(' ')).toEqual([]);
    const dump = await extensionStorageDump(browser.context);
    for (const piece of [FNR, 'Nordmann', 'demens', 'Pasienten']) expect(dump).not.toContain(piece);
  });
});
