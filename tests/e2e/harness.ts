/**
 * Real-browser test harness: Debian's Chromium driven by playwright-core, with
 * the production build from .output/chrome-mv3 loaded. Fixture pages are served
 * at the real site addresses by request routing, so the build's match patterns
 * are what is tested; every other request is refused and recorded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Route } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The build under test; VARSAM_EXTENSION_DIR points at a copy (so that a build by someone else meanwhile does not change it). */
export const EXTENSION_DIR = process.env.VARSAM_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** Flags that keep Chromium quiet on a machine without network (see README). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}

export async function launch(options: { extension?: boolean; args?: string[]; locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Launched> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build in ${EXTENSION_DIR}: run "npm run build" first`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'varsam-e2e-'));
  const args = [...QUIET_FLAGS, ...(options.args ?? [])];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: options.locale ?? 'nn-NO',
    colorScheme: options.colorScheme,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface FixtureResponse {
  body: string | Buffer;
  contentType?: string;
}

/**
 * Serves fixtures by exact URL or by URL prefix (keys ending in "*").
 * Returns the list of refused requests, which tests expect to be empty.
 */
export async function serveSites(context: BrowserContext, fixtures: Record<string, FixtureResponse | string>): Promise<{ refused: string[] }> {
  const refused: string[] = [];
  const entries = Object.entries(fixtures);
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    for (const [key, value] of entries) {
      const hit = key.endsWith('*') ? url.startsWith(key.slice(0, -1)) : url === key;
      if (hit) {
        const res = typeof value === 'string' ? { body: value, contentType: 'text/html; charset=utf-8' } : value;
        return route.fulfill({ status: 200, body: res.body, contentType: res.contentType ?? 'text/html; charset=utf-8' });
      }
    }
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return { refused };
}

/** The extension's id, read from its service worker (the build has a fixed key). */
export async function extensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 10_000 });
  return new URL(worker.url()).host;
}
