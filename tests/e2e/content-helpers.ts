/** Shared pieces of the content-script e2e tests and the browser benchmark. */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { buildFixtures, fixtureRoutes, type FixtureBundle } from '../../scripts/build-fixtures';

export interface FixtureCase {
  name: string;
  /** The editor package (for test names). */
  editor: string;
  url: string;
  /** Selector of the editable element (Playwright CSS pierces open shadow roots). */
  box: string;
  /** The box lives in this same-origin iframe. */
  frame?: string;
  /** Call window.__fixture.navigate() first (client-side navigation). */
  navigate?: boolean;
}

export const FIXTURES: FixtureCase[] = [
  { name: 'lexical', editor: 'Lexical (Facebook)', url: 'https://www.facebook.com/', box: '#editor' },
  { name: 'draft', editor: 'Draft.js (X)', url: 'https://x.com/home', box: '[data-testid="tweetTextarea_0"]' },
  { name: 'quill', editor: 'Quill (LinkedIn)', url: 'https://www.linkedin.com/feed/', box: '.ql-editor' },
  { name: 'tiptap', editor: 'TipTap (Bluesky)', url: 'https://bsky.app/', box: '.ProseMirror' },
  { name: 'textarea', editor: 'textarea (Mastodon)', url: 'https://mastodon.social/home', box: 'textarea' },
  { name: 'shadow', editor: 'open shadow root (Reddit)', url: 'https://www.reddit.com/r/ulvik/submit', box: 'shreddit-composer div[contenteditable="true"]' },
  { name: 'iframe', editor: 'same-origin iframe (Instagram)', url: 'https://www.instagram.com/p/fixture/', box: 'textarea', frame: '#frame' },
  { name: 'spa', editor: 'Lexical after history.pushState (Threads)', url: 'https://www.threads.net/', box: '#editor', navigate: true },
];

/** Routes for every fixture at its real address. */
export async function allRoutes(extra: { name: string; url: string }[] = []): Promise<{ bundle: FixtureBundle; routes: Record<string, { body: string; contentType: string }> }> {
  const bundle = await buildFixtures();
  const routes: Record<string, { body: string; contentType: string }> = {};
  for (const f of [...FIXTURES, ...extra]) Object.assign(routes, fixtureRoutes(bundle, f.name, f.url));
  return { bundle, routes };
}

/** A valid Norwegian identity number for a birth date DDMMYY and individual number (see reference.md). */
export function validFnr(ddmmyy: string, individual: number): string {
  for (let ind = individual; ind < 1000; ind++) {
    const d = (ddmmyy + String(ind).padStart(3, '0')).split('').map(Number);
    const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    let k1 = 11 - (w1.reduce((s, w, i) => s + w * d[i], 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    const d10 = [...d, k1];
    let k2 = 11 - (w2.reduce((s, w, i) => s + w * d10[i], 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return ddmmyy + String(ind).padStart(3, '0') + String(k1) + String(k2);
  }
  throw new Error('no valid number');
}

/** Opens a fixture and returns the frame that holds its box. */
export async function openFixture(page: Page, f: FixtureCase): Promise<Frame> {
  await page.goto(f.url, { waitUntil: 'load' });
  let frame: Frame = page.mainFrame();
  if (f.frame) {
    const handle = await page.waitForSelector(f.frame);
    const inner = await handle.contentFrame();
    if (!inner) throw new Error('no iframe content');
    await inner.waitForLoadState('load');
    frame = inner;
  }
  if (f.navigate) await frame.evaluate(() => (window as unknown as { __fixture: { navigate(): void } }).__fixture.navigate());
  await frame.waitForSelector(f.box);
  return frame;
}

export function editorText(frame: Frame): Promise<string> {
  return frame.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText());
}

export interface IndicatorState {
  count: number;
  guidelines: string | null;
  severity: string | null;
  rendered: boolean;
}

export function indicatorState(frame: Frame): Promise<IndicatorState> {
  return frame.evaluate(() => {
    const all = document.querySelectorAll('varsam-indicator');
    const el = all[0];
    return {
      count: all.length,
      guidelines: el ? el.getAttribute('data-guidelines') : null,
      severity: el ? el.getAttribute('data-severity') : null,
      rendered: Boolean(el?.shadowRoot?.querySelector('.badge')),
    };
  });
}

/** Everything in the extension's storage areas, read in its service worker, as one string. */
export async function extensionStorageDump(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 10_000 });
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome;
    const out: Record<string, unknown> = {};
    for (const area of ['local', 'sync', 'session']) {
      try {
        out[area] = await c.storage[area].get(null);
      } catch (e) {
        out[area] = String(e);
      }
    }
    return JSON.stringify(out);
  });
}
