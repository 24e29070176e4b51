/**
 * A guideline pack from policy in a real Chromium: the example pack for
 * Fjordvik kommune, as the JSON text an administrator puts in the
 * guidelinePack policy. The popup shows that organisation and its own
 * guidelines, and its text check reports by the pack's numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPolicy, type PolicyRun } from './policy-helpers';

const FILE = 'varsam-test-pack.json';
const root = path.resolve(import.meta.dirname, '../..');

let run: PolicyRun | undefined;

beforeAll(async () => {
  const pack = JSON.stringify(JSON.parse(readFileSync(path.join(root, 'examples/fjordvik-kommune.pack.json'), 'utf8')));
  run = await launchWithPolicy(FILE, (id) => ({ '3rdparty': { extensions: { [id]: { guidelinePack: pack, language: 'nb' } } } }));
});

afterAll(() => run?.close());

async function openPopup(): Promise<Page> {
  const page = await run!.browser.context.newPage();
  await page.goto(`chrome-extension://${run!.id}/popup.html`);
  await page.waitForSelector('.popup[data-ready="true"]');
  return page;
}

describe('guidelinePack from policy', () => {
  it("shows the pack's organisation and guidelines, with no message", async () => {
    const page = await openPopup();
    try {
      expect(await page.locator('[data-testid="org-info"] h2').innerText()).toBe('Fjordvik kommune');
      expect(await page.locator('li.guideline').count()).toBe(8);
      expect(await page.locator('li.guideline').nth(4).innerText()).toContain('Ingen saksbehandling i sosiale medier');
      expect(await page.locator('.notice-errors li').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("checks a text with the pack's rules", async () => {
    const page = await openPopup();
    try {
      await page.fill('#check-text', 'Saken din, 2024/1234, er behandlet.');
      await page.waitForSelector('[data-testid="check-result"] li.finding[data-guideline="5"]');
      expect(await page.locator('[data-testid="findings"]').innerText()).toContain('saksnummer');
    } finally {
      await page.close();
    }
  });
});
