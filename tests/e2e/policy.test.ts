/**
 * Settings by policy in a real Chromium: a policy file in
 * /etc/chromium/policies/managed/ (removed afterwards, also on failure) sets
 * the organisation, disables G2, adds a colleague's name and carries two
 * malformed values. The popup shows the organisation and the messages, the
 * defaults keep working, a watched box does not report G2 but does find the
 * colleague, and a policy change reaches the extension without a restart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes, FIXTURES, indicatorState, openFixture } from './content-helpers';
import { EXTENSION_DIR, serveSites } from './harness';
import { launchWithPolicy, type PolicyRun } from './policy-helpers';

const FILE = 'varsam-test-policy.json';
const ORG = 'Fjordvik testkommune';
const COLLEAGUE = 'Synnøve Fjellheim';

function policy(id: string, organization = ORG): unknown {
  return {
    '3rdparty': {
      extensions: {
        [id]: {
          organization,
          contact: 'IT-avdelinga',
          disabledGuidelines: [2],
          colleagueNames: [COLLEAGUE],
          // Malformed, but of the type the schema allows, so Chrome passes them on:
          officialDomains: ['not a domain'],
          guidelinePack: '{"format": "varsam-pack/1", "id": "broken"',
        },
      },
    },
  };
}

let run: PolicyRun | undefined;
let refused: string[] = [];

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.key, 'the build has the fixed key').toBeTruthy();
  run = await launchWithPolicy(FILE, (id) => policy(id));
  const { routes } = await allRoutes();
  ({ refused } = await serveSites(run.browser.context, routes));
  // The extension's own pages (popup) are not site fixtures: let them load (later routes run first).
  await run.browser.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
});

afterAll(() => run?.close());

async function worker(): Promise<Worker> {
  const [w] = run!.browser.context.serviceWorkers();
  return w ?? run!.browser.context.waitForEvent('serviceworker');
}

async function managed(): Promise<Record<string, unknown>> {
  return (await worker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get(null));
}

async function openPopup(): Promise<Page> {
  const page = await run!.browser.context.newPage();
  await page.goto(`chrome-extension://${run!.id}/popup.html`);
  await page.waitForSelector('.popup[data-ready="true"]');
  return page;
}

async function typeAndSettle(frame: Frame, page: Page, text: string): Promise<void> {
  await frame.click(FIXTURES[0].box);
  await page.keyboard.type(text);
  await frame.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-guidelines') !== null, undefined, { timeout: 5000 });
  await page.waitForTimeout(600);
}

describe('policy from /etc/chromium/policies/managed', () => {
  it('reaches storage.managed for the fixed id', async () => {
    const values = await managed();
    expect(values.organization).toBe(ORG);
    expect(values.disabledGuidelines).toEqual([2]);
    expect(values.colleagueNames).toEqual([COLLEAGUE]);
  });

  it('shows the organisation in the popup, the messages for malformed values, and the default checklist', async () => {
    const page = await openPopup();
    try {
      expect(await page.locator('[data-testid="org-info"] h2').innerText()).toBe(ORG);
      const errors = await page.locator('.notice-errors li').allInnerTexts();
      expect(errors.some((e) => e.startsWith('policy value officialDomains must be a list of host names'))).toBe(true);
      expect(errors.some((e) => e.startsWith('policy value guidelinePack must be a valid guideline pack (JSON) (the pack is not valid JSON'))).toBe(true);
      // The default pack stays: Ulvik's twelve guidelines.
      expect(await page.locator('li.guideline').count()).toBe(12);
    } finally {
      await page.close();
    }
  });

  it('does not report the disabled guideline in a watched box, and finds the colleague named by policy', async () => {
    const page = await run!.browser.context.newPage();
    try {
      const frame = await openFixture(page, FIXTURES[0]);
      await typeAndSettle(frame, page, `Dette er konfidensielt og underlagt teieplikt. ${COLLEAGUE} er så lat, ho gjer ingenting.`);
      const state = await indicatorState(frame);
      expect(state.count).toBe(1);
      const guidelines = (state.guidelines ?? '').split(',').filter(Boolean);
      expect(guidelines).not.toContain('2');
      expect(guidelines).toContain('4');
      expect(refused).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('applies a changed policy without a restart', async () => {
    run!.update(policy(run!.id, 'Fjordvik kommune, ny versjon'));
    const page = await openPopup();
    try {
      // Chromium re-reads the policy directory on change (after a short settle delay).
      await expect
        .poll(async () => {
          await page.reload();
          await page.waitForSelector('.popup[data-ready="true"]');
          return page.locator('[data-testid="org-info"] h2').innerText();
        }, { timeout: 45_000, interval: 2000 })
        .toBe('Fjordvik kommune, ny versjon');
    } finally {
      await page.close();
    }
  }, 60_000);
});
