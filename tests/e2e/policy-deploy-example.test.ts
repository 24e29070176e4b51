/**
 * The settings in deploy/linux/chromium/varsam.json, as Chromium itself reads
 * them: every value passes Chromium's check against managed_schema.json and
 * reaches storage.managed unchanged, and the extension reports no message.
 * (The force-install part is left out here: the build is loaded unpacked with
 * the same id; tests/e2e/forceinstall.test.ts covers installing by policy.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../scripts/gen-deploy';
import { launchWithPolicy, type PolicyRun } from './policy-helpers';

const FILE = 'varsam-test-deploy-example.json';
const root = path.resolve(import.meta.dirname, '../..');

let run: PolicyRun | undefined;

beforeAll(async () => {
  const example = JSON.parse(readFileSync(path.join(root, 'deploy/linux/chromium/varsam.json'), 'utf8'));
  run = await launchWithPolicy(FILE, () => ({ '3rdparty': example['3rdparty'] }));
});

afterAll(() => run?.close());

describe('deploy/linux/chromium/varsam.json in Chromium', () => {
  it('reaches storage.managed with every value intact', async () => {
    let [worker] = run!.browser.context.serviceWorkers();
    if (!worker) worker = await run!.browser.context.waitForEvent('serviceworker');
    const managed = await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null));
    expect(managed).toEqual(readSource().settings);
  });

  it('is shown as the organisation’s settings, with no message', async () => {
    const page: Page = await run!.browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${run!.id}/popup.html`);
      await page.waitForSelector('.popup[data-ready="true"]');
      expect(await page.locator('[data-testid="org-info"] h2').innerText()).toBe(readSource().settings.organization);
      expect(await page.locator('.notice-errors li').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
