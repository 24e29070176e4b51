/**
 * The popup page of the built extension in Chromium: the checklist, the text
 * check, the language switch, the live state from a watched tab, keyboard
 * use, size, and axe-core in light and dark colour schemes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launch, type Launched } from './harness';
import { axeViolations, recordOutgoing, SYNTHETIC_FNR } from './ui-helpers';

let browser: Launched;
let id: string;
let outgoing: string[];

const MASTODON_PAGE =
  '<!doctype html><html lang="nn"><head><title>Mastodon</title></head><body><form class="compose-form"><textarea class="autosuggest-textarea__textarea" aria-label="Innlegg"></textarea></form></body></html>';

beforeAll(async () => {
  browser = await launch({ locale: 'nn-NO' });
  outgoing = recordOutgoing(browser.context);
  id = await extensionId(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.waitForSelector('.popup[data-ready="true"]');
  await page.waitForSelector('[data-testid="tab-status"]:not([data-state="loading"])');
  return page;
}

describe('popup in Chromium', () => {
  it('shows the twelve guidelines, expandable to the full Nynorsk text', async () => {
    const page = await openPopup();
    const items = page.locator('li.guideline');
    expect(await items.count()).toBe(12);
    expect(await items.nth(1).locator('.guideline-title').innerText()).toContain('Teieplikt og personvern');
    await items.nth(1).locator('summary').click();
    expect(await items.nth(1).locator('blockquote[lang="nn"]').innerText()).toContain('Det skal ikkje publiserast helse- og personopplysningar.');
    // The popup page itself is the active tab here: not a watched site.
    expect(await page.getAttribute('[data-testid="tab-status"]', 'data-state')).toBe('unsupported');
    await page.close();
  });

  it('checks a typed text locally and reports the G2 breach', async () => {
    const page = await openPopup();
    await page.fill('#check-text', `Pasienten vår har fødselsnummer ${SYNTHETIC_FNR}, og dette er eigentleg underlagt teieplikt.`);
    await page.waitForSelector('[data-testid="check-result"] li.finding[data-guideline="2"]');
    const severities = await page.locator('li.finding[data-guideline="2"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(severities).toContain('high');
    const text = await page.locator('[data-testid="findings"]').innerText();
    expect(text).toContain('G2 Teieplikt og personvern');
    // The identity number is masked in the excerpt.
    expect(text).not.toContain(SYNTHETIC_FNR);
    await page.fill('#check-text', 'Fin tur på fjorden i dag!');
    await page.waitForFunction(() => document.querySelector('[data-testid="check-result"]')?.textContent?.includes('Fann ingenting å åtvara om.'));
    await page.close();
  });

  it('switches language and keeps the choice', async () => {
    const page = await openPopup();
    await page.selectOption('#popup-language', 'en');
    await page.waitForSelector('h2:text("The guidelines")');
    expect(await page.locator('li.guideline').nth(1).locator('.guideline-title').innerText()).toContain('Confidentiality and privacy');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.waitForSelector('.popup[data-ready="true"][data-lang="en"]');
    await page.selectOption('#popup-language', 'nb');
    await page.waitForSelector('.popup[data-lang="nb"]');
    await page.locator('li.guideline').nth(1).locator('summary').click();
    expect(await page.locator('li.guideline').nth(1).locator('blockquote').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(['nn', 'nb']);
    await page.selectOption('#popup-language', 'auto');
    await page.waitForSelector('.popup[data-lang="nn"]');
    await page.close();
  });

  it('marks the guidelines from the active tab the content script watches', async () => {
    // Served at the real address for this one page only, so extension pages stay unrouted.
    await browser.context.route('https://mastodon.social/home', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: MASTODON_PAGE }),
    );
    const popup = await openPopup();
    const site = await browser.context.newPage();
    await site.goto('https://mastodon.social/home');
    await site.bringToFront();
    await site.click('textarea');
    await site.keyboard.type(`Fnr ${SYNTHETIC_FNR} til brukaren`);
    await site.waitForFunction(() => document.querySelector('varsam-indicator')?.getAttribute('data-guidelines') === '2', undefined, { timeout: 15_000 });
    await popup.reload();
    await popup.waitForSelector('[data-testid="tab-status"][data-state="breach"]', { timeout: 10_000 });
    expect(await popup.getAttribute('li.guideline[data-guideline="2"]', 'data-status')).toBe('high');
    expect(await popup.getAttribute('li.guideline[data-guideline="4"]', 'data-status')).toBe('clear');
    await site.close();
    await popup.close();
  });

  it('works by keyboard: expand a guideline, reach the text box and the switch', async () => {
    const page = await openPopup();
    await page.keyboard.press('Tab'); // language picker
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('popup-language');
    await page.keyboard.press('Tab'); // settings button
    await page.keyboard.press('Tab'); // first guideline
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.locator('li.guideline').first().locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    for (let i = 0; i < 11; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-text');
    await page.keyboard.type('teieplikt');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-official');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#check-official')).toBe(true);
    await page.close();
  });

  it('fits 400 × 600 px without sideways scrolling', async () => {
    const page = await openPopup();
    await page.fill('#check-text', `Fnr ${SYNTHETIC_FNR} og teieplikt og https://bit.ly/abc`);
    await page.waitForSelector('li.finding');
    const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, body: document.body.getBoundingClientRect().width }));
    expect(size.body).toBeLessThanOrEqual(400);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${scheme})`, async () => {
      const page = await openPopup(scheme);
      await page.locator('li.guideline').nth(1).locator('summary').click();
      await page.fill('#check-text', `Fnr ${SYNTHETIC_FNR}, teieplikt`);
      await page.waitForSelector('li.finding');
      expect(await axeViolations(page)).toEqual([]);
      await page.selectOption('#popup-language', 'en');
      await page.waitForSelector('.popup[data-lang="en"]');
      expect(await axeViolations(page)).toEqual([]);
      await page.selectOption('#popup-language', 'auto');
      await page.close();
    });
  }

  it('sends nothing over the network', () => {
    expect(outgoing.filter((u) => !u.startsWith('https://mastodon.social/'))).toEqual([]);
  });
});
