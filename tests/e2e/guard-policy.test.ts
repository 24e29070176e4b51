/**
 * sendGuard by policy (issue 6): a policy file in /etc/chromium/policies/managed
 * (varsam-test-guard.json, removed afterwards, also on failure) sets
 * block-high. A high finding gets a prompt with "Endre" only and a note, and
 * nothing is sent; a text with a warning only still gets "Publiser likevel".
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { validFnr } from './content-helpers';
import { serveSites } from './harness';
import { pageRoutes } from './fixtures/guard-routes';
import { launchWithPolicy, type PolicyRun } from './policy-helpers';

const FILE = 'varsam-test-guard.json';
const URL = 'https://www.facebook.com/guard/';
const HIGH = `Pasienten Kari Nordmann, fnr ${validFnr('010190', 123)}, er innlagd med demens`;
const WARNING = 'Sjå denne: https://bit.ly/3abcXY';

let run: PolicyRun | undefined;
let refused: string[] = [];

beforeAll(async () => {
  run = await launchWithPolicy(FILE, (id) => ({ '3rdparty': { extensions: { [id]: { sendGuard: 'block-high' } } } }));
  ({ refused } = await serveSites(run.browser.context, await pageRoutes([{ file: 'guard-lexical.html', url: URL }])));
});

afterAll(() => run?.close());

async function promptFor(text: string): Promise<{ page: Page; buttons: string[]; note: boolean }> {
  const page = await run!.browser.context.newPage();
  await page.goto(URL, { waitUntil: 'load' });
  await page.click('#editor');
  await page.keyboard.type(text);
  await page.click('[aria-label="Post"]');
  await page.waitForSelector('varsam-dialog[data-kind="send-guard"]', { timeout: 10_000 });
  const state = await page.evaluate(() => {
    const root = document.querySelector('varsam-dialog')!.shadowRoot!;
    return { buttons: [...root.querySelectorAll('button')].map((b) => b.textContent ?? ''), note: Boolean(root.querySelector('.note')) };
  });
  return { page, ...state };
}

test('block-high: a high finding offers only Endre, explains why, and nothing is sent', async () => {
  const { page, buttons, note } = await promptFor(HIGH);
  try {
    expect(buttons).toEqual(['Endre']);
    expect(note).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('varsam-dialog'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText())).toBe(HIGH);
  } finally {
    await page.close();
  }
});

test('block-high: a warning only still gets Publiser likevel, which sends once', async () => {
  const { page, buttons, note } = await promptFor(WARNING);
  try {
    expect(buttons).toEqual(['Endre', 'Publiser likevel']);
    expect(note).toBe(false);
    await page.evaluate(() => (document.querySelector('varsam-dialog')!.shadowRoot!.querySelector('button.post') as HTMLButtonElement).click());
    // The replayed send may wait for the page's main thread: wait for it, then 300 ms more to catch a second one.
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __sent: { how: string }[] }).__sent.length)).toBe(1);
  } finally {
    await page.close();
  }
});

test('no request left the machine', () => {
  expect(refused).toEqual([]);
});
